import fs from 'node:fs';
import path from 'node:path';
import { createBackend, type Backend } from '../electron/backend/backend';
import { DATABASE_FILE } from '../electron/backend/db/connection';
import { deriveKey, readSalt } from '../electron/backend/db/database-key';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { createPeopleRepo } from '../electron/backend/people/people.repo';
import { createRegistrationsRepo } from '../electron/backend/registrations/registrations.repo';
import type { RegistrationFields } from '../electron/backend/registrations/types';
import { RegistrationInput } from '../shared/api/registrations';
import { blankPerson } from '../shared/api/people';
import { nowIso } from '../shared/domain/time';
import { sampleInterleaved } from './lib/measure';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';

const PEOPLE = 50_000;
const N = 12;
const WARMUP = 2;
const PASSPHRASE = 'a passphrase for the bench';

// Every field at the contract's default, status aside.
const REGISTRATION: RegistrationFields = RegistrationInput.parse({ status: 'registered' });

/** 50,000 people registered to one meeting (repos, one transaction: dispatching would take minutes). */
async function seed(backend: Backend): Promise<number> {
  const meeting = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
    id: number;
  };
  const people = createPeopleRepo(backend.db);
  const registrations = createRegistrationsRepo(backend.db);
  const now = nowIso();
  const countries = ['FR', 'SN', 'CI', 'BR', 'JP', 'DE', 'NG', 'MX'];
  backend.db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const id = people.insert(
        {
          ...blankPerson(),
          givenNames: `Given${i % 997}`,
          familyNames: `Family ${i}`,
          email: `person${i}@example.org`,
          countryCode: countries[i % countries.length]!,
        },
        now,
      );
      registrations.insert(meeting.id, id, REGISTRATION, now);
    }
  })();
  return meeting.id;
}

/**
 * What a user waits for at start: the backend opened on the file (start-up checks included, so
 * quick_check reads, and decrypts, every page) and its first screen's query, the meeting's
 * headline figures over 50,000 registrations. The plain database is the baseline; the encrypted
 * one is opened as after typing the passphrase (SQLCipher's key stretching included) and as with
 * a remembered key (what the reader, restarts and the desktop app's keychain use).
 */
export async function benchEncryptedOpen(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-encrypted-', async (root) => {
    const plainDir = path.join(root, 'plain');
    const encryptedDir = path.join(root, 'encrypted');
    const seeding = createBackend({ dataDir: plainDir });
    const meetingId = await seed(seeding);
    seeding.close();
    fs.mkdirSync(encryptedDir, { mode: 0o700 });
    fs.copyFileSync(path.join(plainDir, DATABASE_FILE), path.join(encryptedDir, DATABASE_FILE));
    const encrypting = createBackend({ dataDir: encryptedDir });
    await call(encrypting, 'backup.setPassphrase', { passphrase: PASSPHRASE });
    encrypting.close();
    const key = await deriveKey(PASSPHRASE, readSalt(path.join(encryptedDir, DATABASE_FILE))!);
    const firstQuery = (backend: Backend) => call(backend, 'registrations.summary', { meetingId });

    const open: Backend[] = [];
    const samples = await sampleInterleaved(
      {
        plain: async () => {
          const backend = createBackend({ dataDir: plainDir });
          open.push(backend);
          await firstQuery(backend);
        },
        typed: async () => {
          const backend = createBackend({ dataDir: encryptedDir });
          open.push(backend);
          await call(backend, 'backup.unlock', { passphrase: PASSPHRASE });
          await firstQuery(backend);
        },
        remembered: async () => {
          const backend = createBackend({ dataDir: encryptedDir, key });
          open.push(backend);
          await firstQuery(backend);
        },
      },
      { warmup: WARMUP, n: N, between: () => open.splice(0).forEach((b) => b.close()) },
    );
    const mb = (dir: string) =>
      (fs.statSync(path.join(dir, DATABASE_FILE)).size / 1024 / 1024).toFixed(1);
    const baseline = 'open 50k people + first query, plain';
    return [
      {
        name: baseline,
        unit: 'ms',
        n: N,
        stats: summarize(samples.plain),
        note: `start-up checks (quick_check) and registrations.summary over ${PEOPLE.toLocaleString('en')} registrations; ${mb(plainDir)} MB plain, ${mb(encryptedDir)} MB encrypted`,
      },
      {
        name: 'open 50k people + first query, encrypted, passphrase typed',
        unit: 'ms',
        n: N,
        stats: summarize(samples.typed),
        baseline,
        note: 'includes SQLCipher 4’s key stretching (PBKDF2-HMAC-SHA512, 256,000 rounds), done once per unlock',
      },
      {
        name: 'open 50k people + first query, encrypted, key remembered',
        unit: 'ms',
        n: N,
        stats: summarize(samples.remembered),
        baseline,
      },
    ];
  });
}
