import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Database } from '../electron/backend/db/sqlite';
import Papa from 'papaparse';
import { createBackend, type Backend } from '../electron/backend/backend';
import { personKeys } from '../electron/backend/people/people.repo';
import { nowIso } from '../shared/domain/time';
import { memoryDelta, memorySnapshot, sampleInterleaved } from './lib/measure';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';

const ROWS = 10_000;
const N = 10;
const WARMUP = 2;

const HEADERS = ['First name', 'Last name', 'Email', 'Organisation', 'Position', 'Country', 'Role'];
const COUNTRIES = ['France', 'Sénégal', "Côte d'Ivoire", 'Ivory Coast', 'CIV', 'Brazil', 'Japan'];
const ROLES = ['Delegate', 'Speaker', 'Observer', ''];

/** 10,000 distinct people, 200 organisations, country names spelled several ways. */
function rows(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    `Given${i}`,
    `Family${i % 997} ${i}`,
    `person${i}@example.org`,
    `Organisation ${i % 200}`,
    'Analyst',
    COUNTRIES[i % COUNTRIES.length]!,
    ROLES[i % ROLES.length]!,
  ]);
}

const CODES: Record<string, string> = {
  France: 'FR',
  Sénégal: 'SN',
  "Côte d'Ivoire": 'CI',
  'Ivory Coast': 'CI',
  CIV: 'CI',
  Brazil: 'BR',
  Japan: 'JP',
};

/**
 * The baseline: the same people and their registrations inserted by bare better-sqlite3 with
 * prepared statements in one transaction, nothing parsed, checked, deduplicated or indexed.
 */
function openBare(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

function bareInsert(db: Database.Database, meetingId: number, data: string[][]): void {
  const person = db.prepare(`
    INSERT INTO person (given_names, family_names, email, position, country_code, name_key,
      email_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const registration = db.prepare(`
    INSERT INTO registration (meeting_id, person_id, created_at, updated_at) VALUES (?, ?, ?, ?)`);
  const now = nowIso();
  db.transaction(() => {
    for (const [given = '', family = '', email = '', , position = '', country = ''] of data) {
      const keys = personKeys({ givenNames: given, familyNames: family, email });
      const id = person.run(
        given,
        family,
        email,
        position,
        CODES[country] ?? null,
        keys.name_key,
        keys.email_key,
        now,
        now,
      ).lastInsertRowid;
      registration.run(meetingId, id, now, now);
    }
  })();
}

/**
 * A 10,000-row CSV imported end to end through the backend (decode, parse, validate, resolve
 * countries, dedupe, insert people, organisations and registrations, index for search) against
 * the bare insert of the same rows. Each sample starts from a fresh database with one meeting.
 */
export async function benchImport(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-import-', async (root) => {
    const data = rows();
    const base64 = Buffer.from(Papa.unparse([HEADERS, ...data]), 'utf8').toString('base64');
    const mapping = {
      givenNames: 0,
      familyNames: 1,
      email: 2,
      organisation: 3,
      position: 4,
      country: 5,
      role: 6,
    };
    let fresh = 0;
    let current: { backend: Backend; meetingId: number } | null = null;
    let bare: { db: Database.Database; meetingId: number } | null = null;
    // Opening and closing (a WAL checkpoint) stay out of both timings: only the work is compared.
    const prepare = async () => {
      current?.backend.close();
      bare?.db.close();
      const dir = (name: string) => path.join(root, `${name}-${fresh++}`);
      const backend = createBackend({ dataDir: dir('import') });
      const meeting = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
        id: number;
      };
      current = { backend, meetingId: meeting.id };
      const schema = createBackend({ dataDir: dir('bare') });
      const created = (await call(schema, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
        id: number;
      };
      schema.close();
      bare = { db: openBare(schema.databaseFile), meetingId: created.id };
      // The disk's write-back of the previous sample and of these files happens now, not during
      // the next sample's synced commit: both cases start with nothing left to flush.
      if (process.platform !== 'win32') execFileSync('sync');
    };
    await prepare();
    let before = process.memoryUsage();
    const samples = await sampleInterleaved(
      {
        bare: () => bareInsert(bare!.db, bare!.meetingId, data),
        import: async () => {
          const { backend, meetingId } = current!;
          await call(backend, 'imports.run', {
            meetingId,
            file: { name: 'bench.csv', base64 },
            mapping,
          });
        },
      },
      {
        warmup: WARMUP,
        n: N,
        between: prepare,
        afterWarmup: () => (before = memorySnapshot()),
      },
    );
    const memory = memoryDelta(before, memorySnapshot());
    (current as { backend: Backend } | null)?.backend.close();
    (bare as { db: Database.Database } | null)?.db.close();

    const baseline = 'import: bare insert, 10k rows';
    return [
      { name: baseline, unit: 'ms', n: N, stats: summarize(samples.bare) },
      {
        name: 'import: 10k-row CSV end to end',
        unit: 'ms',
        n: N,
        stats: summarize(samples.import),
        baseline,
        targets: [
          { stat: 'p95', max: 1000 },
          { stat: 'ratio', max: 3 },
        ],
        memory,
        note: 'imports.run through dispatch on a fresh database each sample (parse, validate, dedupe, insert, search index)',
      },
    ];
  });
}
