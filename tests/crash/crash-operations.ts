import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Backend } from '../../electron/backend/backend';
import { verifyDatabaseFile } from '../../electron/backend/backup/backup-writer';
import type { DatabaseKey } from '../../electron/backend/db/database-key';
import type { Channel, Envelope, Input, Output } from '../../shared/api';

/**
 * The operations the crash harness kills the backend in the middle of. Each runs the real
 * backend's channels, numbered so that what survived a kill can be checked: an operation is
 * there whole or not at all, and one the backend finished is there. A slice adds its own by adding an
 * entry to CRASH_OPERATIONS.
 */
export interface CrashOperation {
  /** Sets up a fresh data folder once, before the first kill (in the harness's own process). */
  prepare(backend: Backend): Promise<void>;
  /** Operation number n, run by the child that gets killed. */
  run(backend: Backend, n: number): Promise<void>;
  /**
   * Checks the database after a kill: every operation begun is whole or absent, and every one
   * reported done is whole. Returns what is wrong, or nothing.
   */
  verify(
    backend: Backend,
    ops: { begun: number[]; done: number[] },
    key: DatabaseKey | null,
  ): string[];
}

export async function call<C extends Channel>(
  backend: Backend,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  const reply = (await backend.dispatch(channel, input)) as Envelope<Output<C>>;
  if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

const MEETING = {
  title: 'Crash-test meeting',
  kind: 'working_group',
  startDate: '2026-09-22',
  endDate: '2026-09-24',
  timeZone: 'Africa/Porto-Novo',
  languages: ['fr', 'en'],
} satisfies Input<'meetings.create'>;

const meetingId = (backend: Backend) =>
  backend.db.prepare('SELECT id FROM meeting ORDER BY id LIMIT 1').pluck().get() as number;

/** Checks "whole or absent" per operation from a count: `count(n)` must be 0 or `whole`. */
function wholeOrAbsent(
  ops: { begun: number[]; done: number[] },
  whole: number,
  count: (n: number) => number,
  what: string,
): string[] {
  const problems: string[] = [];
  const done = new Set(ops.done);
  for (const n of ops.begun) {
    const found = count(n);
    if (found !== 0 && found !== whole) problems.push(`${what} ${n}: ${found} of ${whole} rows`);
    if (done.has(n) && found !== whole) problems.push(`${what} ${n} was done but is missing`);
  }
  return problems;
}

const IMPORT_ROWS = 150;

/** An import of 150 new people (all-or-nothing: one transaction after its backup). */
const importOperation: CrashOperation = {
  async prepare(backend) {
    await call(backend, 'meetings.create', MEETING);
  },
  async run(backend, n) {
    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => [
      `Awa ${n}`,
      `Diallo ${i}`,
      `op${n}-${i}@crash.example`,
      ['Sénégal', 'France', 'Mali'][i % 3]!,
    ]);
    const text = Papa.unparse([['First name', 'Last name', 'Email', 'Country'], ...rows]);
    await call(backend, 'imports.run', {
      meetingId: meetingId(backend),
      file: { name: `op${n}.csv`, base64: Buffer.from(text).toString('base64') },
      jobId: `crash-${n}`,
      mapping: { givenNames: 0, familyNames: 1, email: 2, country: 3 },
    });
  },
  verify(backend, ops) {
    const people = backend.db.prepare('SELECT count(*) FROM person WHERE email LIKE ?').pluck();
    const registrations = backend.db
      .prepare(
        'SELECT count(*) FROM registration r JOIN person p ON p.id = r.person_id WHERE p.email LIKE ?',
      )
      .pluck();
    return [
      ...wholeOrAbsent(
        ops,
        IMPORT_ROWS,
        (n) => people.get(`op${n}-%`) as number,
        'import (people)',
      ),
      ...wholeOrAbsent(
        ops,
        IMPORT_ROWS,
        (n) => registrations.get(`op${n}-%`) as number,
        'import (registrations)',
      ),
    ];
  },
};

const SPEAKERS = 3;

/** An agenda edit: a session with three speakers (session, people and undo history together). */
const agendaOperation: CrashOperation = {
  async prepare(backend) {
    const id = (await call(backend, 'meetings.create', MEETING)).id;
    await call(backend, 'agenda.createRoom', { meetingId: id, room: { name: 'Salle des fêtes' } });
    for (const name of ['Awa Diop', 'Kofi Mensah', 'Fatou Sow'])
      await call(backend, 'registrations.create', {
        meetingId: id,
        person: { givenNames: name.split(' ')[0]!, familyNames: name.split(' ')[1]! },
        registration: { status: 'confirmed' },
      } as Input<'registrations.create'>);
  },
  async run(backend, n) {
    const id = meetingId(backend);
    const registrations = backend.db
      .prepare('SELECT id FROM registration WHERE meeting_id = ? ORDER BY id')
      .pluck()
      .all(id) as number[];
    const room = backend.db
      .prepare('SELECT id FROM room WHERE meeting_id = ?')
      .pluck()
      .get(id) as number;
    await call(backend, 'agenda.createSession', {
      meetingId: id,
      session: {
        title: `Session ${n}`,
        type: 'regional_workshop',
        day: '2026-09-22',
        startMinute: (n % 20) * 30,
        endMinute: (n % 20) * 30 + 25,
        roomId: room,
        people: registrations
          .slice(0, SPEAKERS)
          .map((r) => ({ registrationId: r, role: 'speaker' })),
      },
    });
  },
  verify(backend, ops) {
    const sessions = backend.db.prepare('SELECT id FROM session WHERE title = ?').pluck();
    const people = backend.db
      .prepare('SELECT count(*) FROM session_person WHERE session_id = ?')
      .pluck();
    const edits = backend.db.prepare('SELECT count(*) FROM agenda_edit').pluck();
    const problems = wholeOrAbsent(
      ops,
      1,
      (n) => (sessions.all(`Session ${n}`) as number[]).length,
      'session',
    );
    for (const n of ops.begun)
      for (const id of sessions.all(`Session ${n}`) as number[])
        if (people.get(id) !== SPEAKERS)
          problems.push(`session ${n} has ${people.get(id)} speakers`);
    const made = (sessions.all('%') as number[]).length;
    if ((edits.get() as number) < made) problems.push('a session without its undo step');
    return problems;
  },
};

/**
 * A check-in at the desk: a walk-in, who becomes a person, a registration, the day's check-in, its
 * line in the attendance change log and the audit's entries, all in one transaction.
 */
const checkInOperation: CrashOperation = {
  async prepare(backend) {
    await call(backend, 'meetings.create', MEETING);
  },
  async run(backend, n) {
    await call(backend, 'attendance.walkIn', {
      meetingId: meetingId(backend),
      day: MEETING.startDate,
      person: {
        givenNames: `Awa ${n}`,
        familyNames: 'Ndiaye',
        email: `walk-in-${n}@crash.example`,
        countryCode: 'SN',
      },
      createAnyway: true,
      operator: 'Crash desk',
    } as Input<'attendance.walkIn'>);
  },
  verify(backend, ops) {
    // Person, registration, the day's check-in and its change-log line: 4 rows, or none.
    const rows = backend.db
      .prepare(
        `SELECT (SELECT count(*) FROM person p WHERE p.email = :email)
          + (SELECT count(*) FROM registration r JOIN person p ON p.id = r.person_id
             WHERE p.email = :email)
          + (SELECT count(*) FROM attendance_day a JOIN registration r ON r.id = a.registration_id
             JOIN person p ON p.id = r.person_id WHERE p.email = :email)
          + (SELECT count(*) FROM attendance_change c JOIN registration r ON r.id = c.registration_id
             JOIN person p ON p.id = r.person_id WHERE p.email = :email AND c.action = 'check_in')`,
      )
      .pluck();
    return wholeOrAbsent(
      ops,
      4,
      (n) => rows.get({ email: `walk-in-${n}@crash.example` }) as number,
      'check-in (walk-in)',
    );
  },
};

/** "Back up now": a backup is verified and complete under its name, or it does not exist. */
const backupOperation: CrashOperation = {
  async prepare(backend) {
    await call(backend, 'meetings.create', MEETING);
  },
  async run(backend) {
    await call(backend, 'backup.create', {});
  },
  verify(backend, ops, key) {
    const dir = backend.session.backupsDir;
    const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    const manual = names.filter((name) => name.endsWith('-manual.sqlite'));
    const problems: string[] = [];
    if (manual.length < ops.done.length || manual.length > ops.begun.length)
      problems.push(
        `${manual.length} backups for ${ops.done.length} done, ${ops.begun.length} begun`,
      );
    for (const name of manual)
      try {
        verifyDatabaseFile(path.join(dir, name), key);
      } catch (error) {
        problems.push(`backup ${name}: ${String(error)}`);
      }
    if (names.some((name) => name.includes('.partial')))
      problems.push('an unfinished backup was left after the start-up');
    return problems;
  },
};

/** Restore: the database is the backup or what it was, never a mix, and it opens. */
const restoreOperation: CrashOperation = {
  async prepare(backend) {
    await call(backend, 'meetings.create', MEETING);
    await call(backend, 'backup.create', {});
    await call(backend, 'meetings.create', { ...MEETING, title: 'Second meeting' });
    await call(backend, 'backup.create', {});
  },
  async run(backend, n) {
    const manual = (await call(backend, 'backup.list', {})).backups.filter(
      (b) => b.kind === 'manual',
    );
    await call(backend, 'backup.restore', { name: manual[n % manual.length]!.name });
  },
  verify(backend) {
    const titles = (
      backend.db.prepare('SELECT title FROM meeting ORDER BY id').pluck().all() as string[]
    ).join(' + ');
    return titles === MEETING.title || titles === `${MEETING.title} + Second meeting`
      ? []
      : [`the meetings are "${titles}"`];
  },
};

export const CRASH_OPERATIONS: Record<string, CrashOperation> = {
  import: importOperation,
  agenda: agendaOperation,
  checkIn: checkInOperation,
  backup: backupOperation,
  restore: restoreOperation,
};
