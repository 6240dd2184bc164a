import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/**
 * Passport details (reports slice, migration 0220) are entered for a visa letter only: when the
 * person is anonymised or deleted, or the meeting is past retention, nothing of them may remain,
 * neither in a table nor in the database file's free pages or its WAL.
 */
const passport = (n: string, place: string) => ({
  passportNumber: n,
  nationalityCode: 'UA',
  dateOfBirth: '1984-02-29',
  placeOfBirth: place,
  passportIssuedOn: '2022-06-01',
  passportExpiresOn: '2032-05-31',
  passportAuthority: `Passport office of ${place}`,
});

/**
 * Olena is only in a meeting past retention (anonymised); Taras is in it and in a meeting kept
 * until 2199 (kept, but the old meeting's passport details go). Both asked for visa letters.
 */
async function visaRequests(backend: TestBackend) {
  const old = await addMeeting(backend, {
    title: 'Old specialists group',
    startDate: '2020-03-10',
    endDate: '2020-03-12',
    retentionDate: '2021-03-12',
  });
  const kept = await addMeeting(backend, {
    title: 'Specialists group 2026',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    retentionDate: '2199-12-31',
  });
  const person = (givenNames: string, familyNames: string) => ({
    givenNames,
    familyNames,
    email: `${givenNames.toLowerCase()}@npu.gov.ua`,
    countryCode: 'UA',
  });
  const olena = await register(backend, old, person('Olena', 'Kovalenko'), { visaLetter: true });
  const taras = await register(backend, old, person('Taras', 'Shevchuk'), { visaLetter: true });
  const tarasKept = await backend.call('registrations.create', {
    meetingId: kept,
    personId: taras.personId,
    registration: { visaLetter: true },
  });
  // The audit log and undo snapshots would be where a copy hides: edit the details once.
  await backend.call('reports.saveVisaDetails', {
    registrationId: olena.id,
    details: passport('FX1000001', 'Kharkiv'),
  });
  await backend.call('reports.saveVisaDetails', {
    registrationId: olena.id,
    details: passport('FX2000002', 'Poltava'),
  });
  await backend.call('reports.saveVisaDetails', {
    registrationId: taras.id,
    details: passport('FX3000003', 'Chernihiv'),
  });
  await backend.call('reports.saveVisaDetails', {
    registrationId: tarasKept.id,
    details: passport('FX4000004', 'Uzhhorod'),
  });
  return { old, kept, olena, taras, tarasKept };
}

/** Tables and columns whose text holds `needle`, reading every text column of every table. */
function tablesHolding(backend: TestBackend, needle: string): string[] {
  const tables = backend.db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all();
  const found: string[] = [];
  for (const table of tables) {
    const columns = backend.db
      .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
      .all(table);
    for (const { name } of columns) {
      const hits = backend.db
        .prepare<[string], number>(
          `SELECT count(*) FROM "${table}" WHERE instr(CAST("${name}" AS TEXT), ?) > 0`,
        )
        .pluck()
        .get(needle)!;
      if (hits) found.push(`${table}.${name}`);
    }
  }
  return found;
}

/** Whether the database file or its WAL holds the text's bytes anywhere (free pages included). */
function fileHolds(backend: TestBackend, needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8');
  return [backend.databaseFile, `${backend.databaseFile}-wal`].some(
    (file) => fs.existsSync(file) && fs.readFileSync(file).includes(bytes),
  );
}

const GONE = ['FX1000001', 'FX2000002', 'Kharkiv', 'Poltava', 'FX3000003', 'Chernihiv'];

describe('passport details of visa letters under retention and erasure', () => {
  it('holds them before (so the checks below can see them), and never in the audit log', async () => {
    const backend = testBackend();
    await visaRequests(backend);
    expect(tablesHolding(backend, 'FX2000002')).toEqual(['visa_details.passport_number']);
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHolds(backend, 'FX2000002')).toBe(true);
    // The change log (and every other table) records that a letter was asked for, never the
    // passport itself; the first number, replaced since, is nowhere.
    for (const n of ['FX3000003', 'FX4000004'])
      expect(tablesHolding(backend, n)).toEqual(['visa_details.passport_number']);
    expect(tablesHolding(backend, 'FX1000001')).toEqual([]);
  });

  it('deletes them when the person is anonymised or their meeting is past retention', async () => {
    const backend = testBackend();
    const { kept, olena, taras, tarasKept } = await visaRequests(backend);
    const preview = await backend.call('privacy.retentionPreview', {});
    expect(preview.anonymise.map((p) => p.personId)).toEqual([olena.personId]);
    expect(preview.kept.map((p) => p.personId)).toEqual([taras.personId]);
    // Neither old registration holds notes or needs: the passport details alone need clearing.
    expect(preview.registrationsCleared).toBe(2);
    expect(
      await backend.call('privacy.applyRetention', { anonymise: [olena.personId] }),
    ).toMatchObject({ anonymised: 1, registrationsCleared: 2 });

    const rows = backend.db
      .prepare<[], number>('SELECT registration_id FROM visa_details ORDER BY 1')
      .pluck()
      .all();
    // Only the meeting still kept keeps Taras's details for its letter.
    expect(rows).toEqual([tarasKept.id]);
    for (const text of GONE) {
      expect(tablesHolding(backend, text), text).toEqual([]);
      expect(fileHolds(backend, text), text).toBe(false);
    }
    expect(fileHolds(backend, 'FX4000004')).toBe(true);
    const requests = await backend.call('reports.visaRequests', { meetingId: kept });
    expect(requests.map((r) => r.details?.passportNumber)).toEqual(['FX4000004']);
  });

  it('lists them before deleting a person everywhere, then deletes them', async () => {
    const backend = testBackend();
    const { taras } = await visaRequests(backend);
    const preview = await backend.call('privacy.erasurePreview', { personId: taras.personId });
    expect(preview.visaDetails).toEqual([
      { meetingTitle: 'Old specialists group' },
      { meetingTitle: 'Specialists group 2026' },
    ]);
    expect(await backend.call('privacy.erasePerson', { personId: taras.personId })).toMatchObject({
      registrations: 2,
      visaDetails: 2,
    });
    for (const text of ['FX3000003', 'Chernihiv', 'FX4000004', 'Uzhhorod']) {
      expect(tablesHolding(backend, text), text).toEqual([]);
      expect(fileHolds(backend, text), text).toBe(false);
    }
    // The log says how many sets of passport details went, and nothing of them.
    const summary = backend.db
      .prepare<[number], string>(
        `SELECT changes FROM audit_entry WHERE entity = 'privacy' AND action = 'erase'
         AND person_id = ? AND meeting_id IS NULL`,
      )
      .pluck()
      .get(taras.personId)!;
    expect(JSON.parse(summary)).toContainEqual({ f: 'visaDetails', b: null, a: 2 });
  });

  it('leaves another person’s details alone when one person is deleted', async () => {
    const backend = testBackend();
    const { olena, taras } = await visaRequests(backend);
    await backend.call('privacy.erasePerson', { personId: olena.personId });
    const left = backend.db
      .prepare<[], string>('SELECT passport_number FROM visa_details ORDER BY 1')
      .pluck()
      .all();
    expect(left).toEqual(['FX3000003', 'FX4000004']);
    expect(
      (await backend.call('privacy.erasurePreview', { personId: taras.personId })).visaDetails,
    ).toHaveLength(2);
  });
});
