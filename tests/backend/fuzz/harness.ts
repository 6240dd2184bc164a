/**
 * The contract fuzzer's machinery: a seeded database (meetings, people, an agenda, an import) that
 * every channel starts from, a hash of all its tables, and one channel's run through the real
 * dispatcher with the checks of issue 10 (every reply an envelope, never `internal`, a refused call
 * writes nothing, nothing unclean stored).
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { z } from 'zod';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { DATABASE_FILE, type Db } from '../../../electron/backend/db/connection';
import {
  contract,
  ERROR_CODES,
  type Channel,
  type Envelope,
  type Input,
  type Output,
} from '../../../shared/api';
import { textProblem } from '../../../shared/domain/clean-text';
import { inputsFor, type NamedPools } from './generate';
import {
  CONTROL_TEXT,
  BROKEN_TEXT,
  INJECTION_TEXT,
  PLAIN_TEXT,
  PROTOTYPE_NAMES,
  seeded,
} from './hostile';

/** What every reply must look like, whatever was sent. */
export const EnvelopeShape = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string().min(1),
      issues: z
        .array(
          z.strictObject({
            path: z.array(z.union([z.string(), z.number()])),
            message: z.string().min(1),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          }),
        )
        .optional(),
    }),
  }),
]);

type Caller = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

function caller(backend: Backend): Caller {
  return async (channel, input) => {
    const reply = await backend.dispatch(channel, input);
    if (!reply.ok) throw new Error(`seed: ${channel} failed: ${JSON.stringify(reply.error)}`);
    return reply.value as never;
  };
}

const HEADERS = ['First name', 'Last name', 'Email', 'Organisation', 'Country', 'Status', 'Notes'];

/** A registrant list with troublesome cells, as CSV: what an import's file may really hold. */
function hostileCsv(): string {
  const cells = [...CONTROL_TEXT, ...INJECTION_TEXT, ...PROTOTYPE_NAMES, ...PLAIN_TEXT];
  const rows = cells.map((cell, i) => [
    `Given${i} ${cell}`,
    `Family ${cell}`,
    i % 3 ? `p${i}@example.org` : cell,
    `Org ${cell}`,
    i % 2 ? cell : 'Côte d’Ivoire',
    cell,
    `Line 1\r\nLine 2 ${cell}`,
  ]);
  return Papa.unparse([HEADERS, ...rows], { newline: '\r\n' });
}

/** A list that imports, though its cells hold tabs, line breaks and control characters. */
function importableCsv(): string {
  return Papa.unparse(
    [
      HEADERS,
      [
        'Awa\tMarie',
        'Diop\u0007',
        'awa.diop@example.org',
        'Police\r\nNationale',
        'France',
        'confirmed',
        'Needs\na visa',
      ],
      ['Kofi', 'Mensah\u0000', '', 'Ghana Police', 'Ghana\u0085', 'registered', 'Arrives\r\nlate'],
      ['Li', 'Wei', 'li.wei@example.org', '', 'CN', '', ''],
    ],
    { newline: '\r\n' },
  );
}

async function hostileXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participants');
  sheet.addRow(HEADERS);
  for (const cell of [...BROKEN_TEXT, ...CONTROL_TEXT, ...PROTOTYPE_NAMES])
    sheet.addRow([`Ann ${cell}`, `Lee ${cell}`, '', cell, cell, cell, `a\n${cell}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Strings for fields whose name tells what they carry: files to import, file names, job ids. */
export async function namedPools(): Promise<NamedPools> {
  const csv = hostileCsv();
  const base64 = (data: string | Buffer) => Buffer.from(data).toString('base64');
  return {
    base64: [
      base64(importableCsv()),
      base64(importableCsv()),
      base64(csv),
      base64(`\ufeff${csv}`),
      base64(Buffer.from(csv, 'utf16le')),
      base64(await hostileXlsx()),
      base64('Name\n'),
      base64(Buffer.from([0, 1, 2, 0xff, 0xfe, 0xd8, 0x00])),
      'not base64 at all!',
      '',
    ],
    'file.name': ['participants.csv', 'list.xlsx', 'x', '../../etc/passwd', 'a\u0000.csv', 'é.CSV'],
    jobId: ['job-1', 'job-2', ''],
    mapping: [
      { givenNames: 0, familyNames: 1, email: 2, organisation: 3, country: 4, status: 5, notes: 6 },
      { fullName: 0, role: 5, languages: 6 },
      { givenNames: 0, familyNames: 40 },
    ],
    sheet: ['Participants', 'Sheet1', '__proto__'],
    query: [...PLAIN_TEXT, ...INJECTION_TEXT, ...CONTROL_TEXT, ...BROKEN_TEXT],
  };
}

/**
 * The seed every channel starts from: a meeting with rooms, a track, a session with two people, an
 * award and an import; a second meeting linked to it; and a person registered nowhere.
 */
export async function seedDatabase(dir: string): Promise<string> {
  const backend = createBackend({ dataDir: dir, log: () => {} });
  const call = caller(backend);
  const meeting = await call('meetings.create', {
    title: 'Regional Working Group',
    kind: 'working_group',
    city: 'Cotonou',
    countryCode: 'BJ',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
    languages: ['fr', 'en'],
    description: 'Line one\nLine two',
  });
  await call('meetings.create', {
    title: 'Programme launch',
    kind: 'conference',
    startDate: '2026-03-02',
    endDate: '2026-03-03',
    timeZone: 'Africa/Dakar',
    parentId: meeting.id,
  });
  const org = await call('organisations.create', {
    name: 'Police Nationale',
    type: 'law_enforcement',
  });
  const ngo = await call('organisations.create', { name: 'Terre des Hommes', type: 'ngo' });
  const people = [];
  for (const [givenNames, familyNames, organisationId] of [
    ['Awa', 'Diop', org.id],
    ['Oleksandr', 'Шевченко', ngo.id],
    ['Núñez', 'María', null],
  ] as const)
    people.push(
      await call('registrations.create', {
        meetingId: meeting.id,
        person: { givenNames, familyNames, organisationId, countryCode: 'BJ' },
        registration: { status: 'confirmed', plannedDays: ['2026-09-22'] },
      }),
    );
  await call('people.create', { givenNames: 'Nobody', familyNames: 'Yet' });
  const room = await call('agenda.createRoom', { meetingId: meeting.id, room: { name: 'Hall' } });
  await call('agenda.createRoom', { meetingId: meeting.id, room: { name: 'Salle 2' } });
  await call('agenda.createTrack', { meetingId: meeting.id, name: 'Prevention' });
  const session = await call('agenda.createSession', {
    meetingId: meeting.id,
    session: {
      title: 'Opening',
      type: 'plenary',
      day: '2026-09-22',
      startMinute: 540,
      endMinute: 600,
      roomId: room.id,
      people: people.slice(0, 2).map((p) => ({ registrationId: p.id, role: 'speaker' as const })),
    },
  });
  await call('agenda.createAward', {
    meetingId: meeting.id,
    award: { name: 'Award', recipientOrganisationId: ngo.id, sessionId: session.id },
  });
  const file = {
    name: 'list.csv',
    base64: Buffer.from('First name,Last name\nAmina,Sow\nKofi,Mensah\n').toString('base64'),
  };
  await call('imports.run', {
    meetingId: meeting.id,
    file,
    mapping: { givenNames: 0, familyNames: 1 },
  });
  backend.close();
  return path.join(dir, DATABASE_FILE);
}

const statements = new WeakMap<Db, { tables: string[]; hash(): string }>();

/** A hash of every row of every table (FTS indexes included), to prove a call wrote nothing. */
export function tablesHash(db: Db): string {
  let cached = statements.get(db);
  if (!cached) {
    const tables = db
      .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    const reads = tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).raw());
    cached = {
      tables,
      hash() {
        const hash = createHash('sha1');
        reads.forEach((read, i) => {
          hash.update(`\u0001${tables[i]}`);
          const rows = read.all() as unknown[][];
          hash.update(
            JSON.stringify(rows, (_k, v: unknown) =>
              Buffer.isBuffer(v) ? v.toString('base64') : v,
            ),
          );
        });
        return hash.digest('hex');
      },
    };
    statements.set(db, cached);
  }
  return cached.hash();
}

/** Text anywhere in the database that is not clean: broken UTF-8 or a control character. */
export function uncleanStoredText(db: Db): string[] {
  const found: string[] = [];
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all();
  for (const table of tables) {
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all();
    for (const { name } of columns) {
      const values = db
        .prepare<[], Buffer>(
          `SELECT CAST("${name}" AS BLOB) FROM "${table}" WHERE typeof("${name}") = 'text'`,
        )
        .pluck()
        .all();
      for (const bytes of values) {
        const text = bytes.toString('utf8');
        if (!isUtf8(bytes) || textProblem(text, 'multi'))
          found.push(`${table}.${name}: ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
  }
  return found;
}

export interface ChannelReport {
  calls: number;
  accepted: number;
  /** How many calls were refused with each error code. */
  refused: Record<string, number>;
  ms: number;
  failures: string[];
  unclean: string[];
}

const show = (input: unknown) => {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(input) : text.slice(0, 300);
  } catch {
    return String(input).slice(0, 300);
  }
};

/** Runs `count` generated inputs through `channel` on a fresh copy of the seed. */
export async function fuzzChannel(
  channel: Channel,
  seedFile: string,
  count: number,
  pools: NamedPools,
  seed: number,
): Promise<ChannelReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-fuzz-'));
  fs.copyFileSync(seedFile, path.join(dir, DATABASE_FILE));
  const logged: string[] = [];
  const backend = createBackend({
    dataDir: dir,
    checkOutput: true,
    log: (message, error) => logged.push(`${message}: ${String(error)}`),
  });
  const report: ChannelReport = {
    calls: 0,
    accepted: 0,
    refused: {},
    ms: 0,
    failures: [],
    unclean: [],
  };
  const started = performance.now();
  try {
    const r = seeded(seed);
    // A connection's change counters move with any write it makes (rolled back or not, by a
    // trigger or by DDL): while they stand still the tables cannot differ, so the hash is only
    // taken again when they move, which keeps 300 calls per channel quick.
    const countersOf = (db: typeof backend.db) =>
      db
        .prepare<[], string>(
          "SELECT total_changes() || ':' || (SELECT schema_version FROM pragma_schema_version) || ':' || (SELECT user_version FROM pragma_user_version)",
        )
        .pluck();
    // Setting or removing a passphrase re-keys a copy and swaps the connection: follow it.
    let db = backend.db;
    let counters = countersOf(db);
    let before = tablesHash(db);
    let lastCounters: string | undefined = counters.get();
    for (const input of inputsFor(contract[channel].input, count, r, pools)) {
      report.calls++;
      logged.length = 0;
      let reply: Envelope<unknown>;
      try {
        reply = await backend.dispatch(channel, input);
      } catch (error) {
        report.failures.push(`threw ${String(error)} for ${show(input)}`);
        continue;
      }
      if (backend.db !== db) {
        db = backend.db;
        counters = countersOf(db);
        lastCounters = undefined;
      }
      const nowCounters = counters.get();
      const after = nowCounters === lastCounters ? before : tablesHash(db);
      lastCounters = nowCounters;
      const shape = EnvelopeShape.safeParse(reply);
      if (!shape.success) report.failures.push(`not an envelope for ${show(input)}`);
      else if (!reply.ok && reply.error.code === 'internal')
        report.failures.push(`internal (${logged.join('; ')}) for ${show(input)}`);
      else if (!reply.ok && after !== before)
        report.failures.push(`refused (${reply.error.code}) but wrote for ${show(input)}`);
      if (reply.ok) report.accepted++;
      else if (shape.success)
        report.refused[reply.error.code] = (report.refused[reply.error.code] ?? 0) + 1;
      before = after;
    }
    report.unclean = uncleanStoredText(backend.db);
    report.ms = performance.now() - started;
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return report;
}
