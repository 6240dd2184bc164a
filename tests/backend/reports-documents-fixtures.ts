/**
 * The reports' handlers with attendance facts given by the test, so the attendance report and
 * certificates are tested on the sample meetings with known presence. Calls go through the
 * contract's schemas (input parsed, output checked) like the dispatcher's.
 */
import { Resvg } from '@resvg/resvg-js';
import { reportsHandlers } from '../../electron/backend/reports/reports.handlers';
import type { AttendanceSource } from '../../electron/backend/reports/attendance-source';
import { noDialogs } from '../../electron/backend/dialogs';
import type { Backend } from '../../electron/backend/backend';
import { contract, type Input, type Output } from '../../shared/api';
import type { AttendanceFacts } from '../../shared/domain/reports';

type ReportsChannel = Extract<keyof typeof contract, `reports.${string}`>;

export function reportsWith(
  backend: Pick<Backend, 'db' | 'databaseFile'>,
  source: AttendanceSource,
) {
  const handlers = reportsHandlers(
    {
      db: backend.db,
      dataDir: '',
      databaseFile: backend.databaseFile,
      appVersion: 'test',
      dialogs: noDialogs,
      emit: () => {},
      clock: Date.now,
      safety: {
        backupBeforeImport: async () => {},
        backupBeforeIrreversible: () => Promise.reject(new Error('No backups in this test.')),
      },
    },
    source,
  );
  return {
    async call<C extends ReportsChannel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const parsed = contract[channel].input.parse(input);
      const handler = handlers[channel] as (input: unknown) => unknown;
      return contract[channel].output.parse(await handler(parsed)) as Output<C>;
    },
    /** The call's DomainError: its code, message key and issues. */
    async failure<C extends ReportsChannel>(channel: C, input: Input<C>) {
      try {
        await this.call(channel, input);
      } catch (error) {
        return error as { code: string; message: string; issues?: unknown[] };
      }
      throw new Error(`${channel} succeeded`);
    },
  };
}

/** A file handed back for download by reports.export. */
export function downloaded(saved: Output<'reports.export'>) {
  if (saved.outcome !== 'download') throw new Error(`expected a download, got ${saved.outcome}`);
  return {
    name: saved.fileName,
    mimeType: saved.mimeType,
    bytes: Buffer.from(saved.base64, 'base64'),
  };
}

/**
 * Presence on the sample meeting: every expected person except each `skip`-th (the no-shows),
 * on the first day and on some of the others, and at the sessions given for them on the days
 * they were present (as the desk records it: present at a session is present that day).
 */
export function sampleFacts(
  expected: readonly number[],
  days: readonly string[],
  sessionsOf: (registrationId: number) => readonly { id: number; day: string }[],
  skip = 7,
): AttendanceFacts {
  const present = expected.filter((_, i) => i % skip !== 0);
  const byDay = Object.fromEntries(
    days.map((day, d) => [day, present.filter((_, i) => d === 0 || i % (d + 2) !== 0)]),
  );
  const bySession: Record<string, number[]> = {};
  for (const id of present)
    for (const session of sessionsOf(id))
      if (byDay[session.day]?.includes(id)) (bySession[String(session.id)] ??= []).push(id);
  return { recorded: true, byDay, bySession };
}

/** A PNG drawn by another library (resvg), `width` × `height` pixels. */
export function png(width: number, height: number, colour = '#1c5d99'): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="white"/><rect x="4" y="4" width="${width - 8}"
    height="${height - 8}" fill="${colour}"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}
