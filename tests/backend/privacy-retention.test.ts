import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';
import { csv, file, HEADERS, MAPPING } from './imports-fixtures';
import { createPrivacyOperations } from '../../electron/backend/privacy/privacy-operations';

type TestBackend = ReturnType<typeof testBackend>;

/**
 * Three meetings: one long past its retention date (2021), one kept with no date, one kept until
 * 2199. Ana is only in the old one; Bruno is also in the one kept until 2199; Chloé also in the
 * one with no date; Dieter only in a kept one. Dates far from today keep the test true any day.
 */
async function meetings(backend: TestBackend) {
  const org = await backend.call('organisations.create', {
    name: 'Policía Nacional',
    type: 'law_enforcement',
    countryCode: 'ES',
  });
  const old = await addMeeting(backend, {
    title: 'Old specialists group',
    startDate: '2020-03-10',
    endDate: '2020-03-12',
    retentionDate: '2021-03-12',
  });
  const undated = await addMeeting(backend, {
    title: 'Programme launch',
    startDate: '2020-06-01',
    endDate: '2020-06-02',
  });
  const kept = await addMeeting(backend, {
    title: 'Specialists group 2026',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    retentionDate: '2199-12-31',
  });
  const person = (givenNames: string, familyNames: string, more = {}) => ({
    givenNames,
    familyNames,
    email: `${givenNames.toLowerCase()}@policia.es`,
    phone: '+34 600 000 000',
    gender: 'female' as const,
    countryCode: 'ES',
    organisationId: org.id,
    position: 'Inspector',
    notes: 'Prefers Spanish',
    ...more,
  });
  const needs = {
    status: 'confirmed' as const,
    role: 'speaker' as const,
    dietary: 'Vegetarian',
    accessibility: 'Wheelchair',
    badgeName: 'Ana',
    internalNotes: 'Met the director',
    plannedDays: ['2020-03-10', '2020-03-11'],
    visaLetter: true,
  };
  const ana = await register(
    backend,
    old,
    person('Ana', 'García', { phone: '+34 611 111 111' }),
    needs,
  );
  const bruno = await register(backend, old, person('Bruno', 'Silva', { gender: 'male' }), needs);
  await backend.call('registrations.create', {
    meetingId: kept,
    personId: bruno.personId,
    registration: { status: 'invited', dietary: 'Vegan' },
  });
  const chloe = await register(backend, old, person('Chloé', 'Martin'), { status: 'declined' });
  await backend.call('registrations.create', {
    meetingId: undated,
    personId: chloe.personId,
    registration: {},
  });
  const dieter = await register(backend, kept, person('Dieter', 'Müller'), { dietary: 'Kosher' });
  return { old, undated, kept, ana, bruno, chloe, dieter };
}

/** What the reports count: per meeting, the headline and every breakdown. */
async function statistics(backend: TestBackend, meetingIds: number[]) {
  const out: Record<number, unknown> = {};
  for (const meetingId of meetingIds) {
    const rows = await backend.call('registrations.list', { meetingId });
    const tally = (key: (r: (typeof rows)[number]) => unknown) => {
      const counts: Record<string, number> = {};
      for (const r of rows) counts[String(key(r))] = (counts[String(key(r))] ?? 0) + 1;
      return counts;
    };
    out[meetingId] = {
      summary: await backend.call('registrations.summary', { meetingId }),
      countries: tally((r) => r.countryCode),
      regions: tally((r) => r.policeRegion),
      organisationTypes: tally((r) => r.organisationType),
      organisations: tally((r) => r.organisationId),
      roles: tally((r) => r.role),
      statuses: tally((r) => r.status),
      genders: tally((r) => r.gender),
      plannedDays: tally((r) => r.plannedDays.join(',')),
      visaLetters: tally((r) => r.visaLetter),
    };
  }
  return out;
}

const auditText = (backend: TestBackend) =>
  (
    backend.db
      .prepare(`SELECT group_concat(label || ' ' || changes, ' ') AS t FROM audit_entry`)
      .get() as { t: string }
  ).t;

describe('retention', () => {
  it('previews who goes and who is kept because a meeting still kept has them', async () => {
    const backend = testBackend();
    const { ana, bruno, chloe } = await meetings(backend);
    const preview = await backend.call('privacy.retentionPreview', {});
    expect(preview.meetings).toEqual([
      expect.objectContaining({
        title: 'Old specialists group',
        retentionDate: '2021-03-12',
        participants: 3,
      }),
    ]);
    expect(preview.anonymise).toEqual([
      {
        personId: ana.personId,
        name: 'García, Ana',
        organisationName: 'Policía Nacional',
        countryCode: 'ES',
        meetings: ['Old specialists group'],
      },
    ]);
    expect(preview.kept.map((k) => [k.personId, k.keptBy])).toEqual([
      [chloe.personId, ['Programme launch']],
      [bruno.personId, ['Specialists group 2026']],
    ]);
    // Ana's and Bruno's registrations to the old meeting hold needs and notes; Chloé's does not.
    expect(preview.registrationsCleared).toBe(2);
    expect(preview.backupFirst).toBe(true);
  });

  it('anonymises, empties the old registrations, and leaves every figure as it was', async () => {
    const backend = testBackend();
    const { old, undated, kept, ana, bruno, chloe, dieter } = await meetings(backend);
    const before = await statistics(backend, [old, undated, kept]);
    const preview = await backend.call('privacy.retentionPreview', {});
    const result = await backend.call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    expect(result).toEqual({
      anonymised: 1,
      registrationsCleared: 2,
      backup: { file: expect.stringMatching(/-before-retention\.sqlite$/) as string },
    });
    expect(await statistics(backend, [old, undated, kept])).toEqual(before);

    const gone = await backend.call('people.get', { id: ana.personId });
    expect(gone).toMatchObject({
      title: '',
      givenNames: '',
      familyNames: `#${ana.personId}`,
      email: '',
      phone: '',
      position: '',
      notes: '',
      languages: [],
      gender: 'female',
      countryCode: 'ES',
      organisationName: 'Policía Nacional',
    });
    expect(await backend.call('registrations.get', { id: ana.id })).toMatchObject({
      dietary: '',
      accessibility: '',
      badgeName: '',
      internalNotes: '',
      status: 'confirmed',
      role: 'speaker',
      visaLetter: true,
      plannedDays: ['2020-03-10', '2020-03-11'],
    });
    // Bruno stays himself; only his notes for the old meeting go, not those of the kept one.
    const brunoNow = await backend.call('people.get', { id: bruno.personId });
    expect(brunoNow).toMatchObject({ givenNames: 'Bruno', email: 'bruno@policia.es' });
    expect(await backend.call('registrations.get', { id: bruno.id })).toMatchObject({
      dietary: '',
    });
    const brunoKept = brunoNow.meetings.find((m) => m.meetingId === kept)!;
    expect(await backend.call('registrations.get', { id: brunoKept.registrationId })).toMatchObject(
      { dietary: 'Vegan' },
    );
    expect(await backend.call('people.get', { id: chloe.personId })).toMatchObject({
      givenNames: 'Chloé',
    });
    expect(await backend.call('people.get', { id: dieter.personId })).toMatchObject({
      givenNames: 'Dieter',
    });
    // Search no longer knows her.
    expect(await backend.call('people.directory', { query: 'garcia' })).toEqual([]);
    expect(await backend.call('people.directory', { query: 'ana@policia' })).toEqual([]);
    // Nothing is left to do: a second run finds no one.
    const again = await backend.call('privacy.retentionPreview', {});
    expect([again.meetings, again.anonymise, again.registrationsCleared]).toEqual([[], [], 0]);
  });

  it('takes her data out of the audit log, and says what was done without naming her', async () => {
    const backend = testBackend();
    const { old, ana } = await meetings(backend);
    const preview = await backend.call('privacy.retentionPreview', {});
    await backend.call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    const text = auditText(backend);
    for (const secret of [
      'García',
      'ana@policia.es',
      'Met the director',
      '+34 611 111 111',
      'Wheelchair',
    ])
      expect(text).not.toContain(secret);
    const hers = (await backend.call('audit.list', { personId: ana.personId })).entries;
    expect(hers[0]).toMatchObject({ entity: 'privacy', action: 'anonymise', label: '' });
    expect(
      hers.filter((e) => e.entity === 'person').every((e) => e.label === '' && e.scrubbed),
    ).toBe(true);
    expect(hers.find((e) => e.entity === 'registration')!.changes).toContainEqual({
      field: 'status',
      before: null,
      after: 'confirmed',
    });
    const ofMeeting = (await backend.call('audit.list', { meetingId: old, areas: ['privacy'] }))
      .entries;
    expect(ofMeeting).toEqual([
      expect.objectContaining({
        action: 'retention',
        label: 'Old specialists group',
        changes: [
          { field: 'retentionDate', before: null, after: '2021-03-12' },
          { field: 'anonymised', before: null, after: 1 },
          { field: 'kept', before: null, after: 2 },
          { field: 'registrationsCleared', before: null, after: 2 },
        ],
      }),
    ]);
    // Bruno is kept: his name stays in the log, his needs for the old meeting do not.
    expect(text).toContain('Bruno Silva');
  });

  it('does nothing when the list changed since the preview', async () => {
    const backend = testBackend();
    const { old, ana } = await meetings(backend);
    const preview = await backend.call('privacy.retentionPreview', {});
    // Someone new joins the old meeting after the preview was shown.
    await register(backend, old, { givenNames: 'Eve', familyNames: 'Late' });
    const error = await failure(backend, 'privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    expect(error).toMatchObject({ code: 'conflict', message: 'errors.retentionChanged' });
    expect(await backend.call('people.get', { id: ana.personId })).toMatchObject({
      givenNames: 'Ana',
    });
  });

  it('keeps an undone import from bringing the data back', async () => {
    const backend = testBackend();
    const { old, ana } = await meetings(backend);
    // An import that merged a newer phone number into Ana: its undo would restore her old details.
    await backend.call('imports.run', {
      meetingId: old,
      file: file(
        'update.csv',
        csv([HEADERS, ['Ana', 'García', 'ana@policia.es', 'Policía Nacional', 'Spain', '']]),
      ),
      mapping: MAPPING,
    });
    const preview = await backend.call('privacy.retentionPreview', {});
    await backend.call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    await backend.call('imports.undoLast', { meetingId: old });
    expect(await backend.call('people.get', { id: ana.personId })).toMatchObject({
      givenNames: '',
      email: '',
    });
    expect(auditText(backend)).not.toContain('García');
  });

  it('backs up first, and changes nothing when the backup fails', async () => {
    const backend = testBackend();
    const { ana } = await meetings(backend);
    const nameAtBackup: string[] = [];
    const working = createPrivacyOperations(backend.db, async (reason) => {
      const row = backend.db
        .prepare('SELECT given_names FROM person WHERE id = ?')
        .get(ana.personId) as {
        given_names: string;
      };
      nameAtBackup.push(`${reason}: ${row.given_names}`);
      return { file: '/backups/before-retention.sqlite' };
    });
    expect(working.retentionPreview().backupFirst).toBe(true);
    const failing = createPrivacyOperations(backend.db, () =>
      Promise.reject(new Error('disk full')),
    );
    await expect(failing.applyRetention([ana.personId])).rejects.toThrow('disk full');
    expect(await backend.call('people.get', { id: ana.personId })).toMatchObject({
      givenNames: 'Ana',
    });
    expect(await working.applyRetention([ana.personId])).toMatchObject({
      anonymised: 1,
      backup: { file: '/backups/before-retention.sqlite' },
    });
    expect(nameAtBackup).toEqual(['retention: Ana']);
  });

  it('is refused before the meeting has ended', async () => {
    const backend = testBackend();
    const error = await failure(backend, 'meetings.create', {
      title: 'Too early',
      kind: 'other',
      startDate: '2026-11-14',
      endDate: '2026-11-17',
      timeZone: 'Europe/Paris',
      retentionDate: '2026-11-16',
    });
    expect(error.issues).toEqual([
      { path: ['retentionDate'], message: 'errors.retentionBeforeEnd' },
    ]);
  });
});
