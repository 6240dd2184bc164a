import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';
import { comparable, pdfText, POPPLER, POPPLER_MISSING } from './document-readers';

type TestBackend = ReturnType<typeof testBackend>;

/** A past meeting (kept until 2021) where Awa came on the first day and has a desk note. */
async function attended(backend: TestBackend) {
  const meetingId = await addMeeting(backend, {
    title: 'Old working group',
    startDate: '2020-03-10',
    endDate: '2020-03-12',
    timeZone: 'Africa/Porto-Novo',
    retentionDate: '2021-03-12',
  });
  const awa = await register(
    backend,
    meetingId,
    { givenNames: 'Awa', familyNames: 'Diop', countryCode: 'SN', gender: 'female' },
    { status: 'confirmed', plannedDays: ['2020-03-10'] },
  );
  const li = await register(
    backend,
    meetingId,
    { givenNames: 'Li', familyNames: 'Wei', countryCode: 'CN' },
    { status: 'confirmed', plannedDays: ['2020-03-10'] },
  );
  await backend.call('attendance.setDay', {
    registrationId: awa.id,
    day: '2020-03-10',
    present: true,
    checkInTime: '08:45',
    checkOutTime: '17:30',
    operator: 'Marie at the desk',
  });
  await backend.call('attendance.setDeskNote', {
    registrationId: awa.id,
    note: 'Collects her badge from the embassy driver',
    operator: '',
  });
  return { meetingId, awa, li };
}

describe('attendance in the audit log', () => {
  it('logs corrections and desk notes signed by the desk, in the meeting and on the person', async () => {
    const backend = testBackend();
    await backend.call('audit.setOperator', { operator: 'Amina Diallo' });
    const { meetingId, awa } = await attended(backend);
    const { entries } = await backend.call('audit.list', { meetingId, areas: ['attendance'] });
    expect(entries.map((e) => [e.action, e.operator, e.label])).toEqual([
      ['desk_note', 'Amina Diallo', 'Awa Diop'],
      ['correct', 'Marie at the desk', 'Awa Diop'],
    ]);
    expect(entries[1]!.changes).toEqual([
      { field: 'day', before: null, after: '2020-03-10' },
      { field: 'method', before: null, after: 'correction' },
      { field: 'checkedInAt', before: null, after: '2020-03-10T07:45:00.000Z' },
      { field: 'checkedOutAt', before: null, after: '2020-03-10T16:30:00.000Z' },
    ]);
    expect(entries[0]!.changes).toEqual([
      { field: 'deskNote', before: null, after: 'Collects her badge from the embassy driver' },
    ]);
    const onHerPage = await backend.call('audit.list', {
      personId: awa.personId,
      areas: ['attendance'],
    });
    expect(onHerPage.total).toBe(2);
  });

  it('keeps the attendance figures through anonymisation, and drops the desk note', async () => {
    const backend = testBackend();
    const { meetingId, awa } = await attended(backend);
    const figures = () => backend.call('attendance.counters', { meetingId, day: '2020-03-10' });
    const before = await figures();
    expect(before.checkedIn).toBe(1);
    const preview = await backend.call('privacy.retentionPreview', {});
    expect(preview.registrationsCleared).toBe(1);
    await backend.call('privacy.applyRetention', {
      anonymise: preview.anonymise.map((p) => p.personId),
    });
    expect(await figures()).toEqual(before);
    const person = await backend.call('attendance.person', { registrationId: awa.id });
    expect(person.deskNote).toBe('');
    expect(person.days.filter((d) => d.checkedInAt !== null)).toHaveLength(1);
    const text = JSON.stringify(backend.db.prepare('SELECT * FROM attendance_change').all());
    expect(text).not.toContain('embassy driver');
    const log = JSON.stringify(backend.db.prepare('SELECT label, changes FROM audit_entry').all());
    expect(log).not.toContain('embassy driver');
  });

  it('counts check-ins among what "delete everywhere" removes', async () => {
    const backend = testBackend();
    const { awa } = await attended(backend);
    const preview = await backend.call('privacy.erasurePreview', { personId: awa.personId });
    expect(preview.attendanceRecords).toBe(1);
    expect(await backend.call('privacy.erasePerson', { personId: awa.personId })).toMatchObject({
      attendanceRecords: 1,
    });
    expect(backend.db.prepare('SELECT count(*) AS n FROM attendance_day').get()).toEqual({ n: 0 });
  });

  it('puts the check-ins and the desk note in the subject-access file', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const backend = testBackend();
    const { awa } = await attended(backend);
    const reply = await backend.call('privacy.subjectAccess', {
      personId: awa.personId,
      language: 'en',
    });
    const text = comparable(pdfText(Buffer.from(reply.base64, 'base64')));
    for (const expected of [
      'Attendance by day',
      '10 March 2020',
      'Marie at the desk',
      'Collects her badge from the embassy driver',
      'Corrected',
    ])
      expect(text).toContain(comparable(expected));
  });
});
