import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';
import { addSession, agendaMeeting } from './agenda-fixtures';
import { createMeeting, csv, file, HEADERS, MAPPING } from './imports-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/** Every entry of the log, oldest first, as the contract gives them. */
async function log(backend: TestBackend, filter: { meetingId?: number; personId?: number } = {}) {
  const { entries } = await backend.call('audit.list', { ...filter, limit: 500 });
  return entries.reverse();
}

const rowCount = (backend: TestBackend, table: string) =>
  (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('the audit log', () => {
  it('signs changes with the computer account until an operator is named, then with the name', async () => {
    const backend = testBackend();
    expect(await backend.call('audit.operator', {})).toEqual({
      operator: null,
      osUser: os.userInfo().username,
    });
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, { givenNames: 'Awa', familyNames: 'Diop' });
    await backend.call('audit.setOperator', { operator: '  Amina Diallo ' });
    await backend.call('registrations.update', {
      id: row.id,
      registration: { status: 'confirmed', dietary: 'Halal' },
    });
    const entries = await log(backend, { meetingId });
    expect(entries.map((e) => [e.entity, e.action, e.operator, e.osUser])).toEqual([
      ['meeting', 'create', '', os.userInfo().username],
      ['person', 'create', '', os.userInfo().username],
      ['registration', 'create', '', os.userInfo().username],
      ['registration', 'update', 'Amina Diallo', os.userInfo().username],
    ]);
    expect(entries.at(-1)).toMatchObject({
      personId: row.personId,
      label: 'Awa Diop',
      changes: [
        { field: 'status', before: 'invited', after: 'confirmed' },
        { field: 'dietary', before: '', after: 'Halal' },
      ],
    });
    expect(await backend.call('audit.operator', {})).toMatchObject({ operator: 'Amina Diallo' });
  });

  it('refuses an empty operator name', async () => {
    const backend = testBackend();
    const error = await failure(backend, 'audit.setOperator', { operator: '   ' });
    expect(error.issues).toEqual([{ path: ['operator'], message: 'errors.required' }]);
  });

  it('has no entry for a change that failed half-way', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    await register(backend, meetingId, { givenNames: 'Awa', familyNames: 'Diop' });
    const before = await log(backend);
    // The new person is written first, then the registration fails (as a full disk would).
    backend.db.exec(`CREATE TRIGGER fail_registration BEFORE INSERT ON registration
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const reply = await backend.dispatch('registrations.create', {
      meetingId,
      person: { givenNames: 'Li', familyNames: 'Wei' },
      registration: {},
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(rowCount(backend, 'person')).toBe(1);
    expect(await log(backend)).toEqual(before);
  });

  it('has one creation entry for every person and registration that exists, after bulk work', async () => {
    const backend = testBackend();
    await backend.call('demo.load', {});
    const created = (entity: string) =>
      (
        backend.db
          .prepare(
            `SELECT count(DISTINCT entity_id) AS n FROM audit_entry
             WHERE entity = ? AND action = 'create'`,
          )
          .get(entity) as { n: number }
      ).n;
    expect(created('person')).toBe(rowCount(backend, 'person'));
    expect(created('registration')).toBe(rowCount(backend, 'registration'));
    expect(created('session')).toBe(rowCount(backend, 'session'));
  });

  it('logs bulk changes, a removal and its undo, one entry per registration', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const a = await register(backend, meetingId, { givenNames: 'Awa', familyNames: 'Diop' });
    const b = await register(backend, meetingId, { givenNames: 'Li', familyNames: 'Wei' });
    await backend.call('registrations.bulkUpdate', { ids: [a.id, b.id], status: 'confirmed' });
    const { removed } = await backend.call('registrations.delete', { ids: [a.id] });
    await backend.call('registrations.restore', { removed });
    const entries = (await log(backend, { meetingId })).filter((e) => e.entity === 'registration');
    expect(entries.map((e) => [e.action, e.label])).toEqual([
      ['create', 'Awa Diop'],
      ['create', 'Li Wei'],
      ['update', 'Awa Diop'],
      ['update', 'Li Wei'],
      ['delete', 'Awa Diop'],
      ['create', 'Awa Diop'],
    ]);
    expect(entries[4]!.changes).toContainEqual({
      field: 'status',
      before: 'confirmed',
      after: null,
    });
  });

  it('logs an import row by row, the import itself, and nothing for a cancelled or failed one', async () => {
    const backend = testBackend();
    const meetingId = await createMeeting(backend);
    const rows = [
      ['Awa', 'Diop', 'awa@example.org', 'Police Nationale', 'Senegal', ''],
      ['Li', 'Wei', 'li@example.org', 'Interpol', 'China', ''],
    ];
    backend.db.exec(`CREATE TRIGGER fail_second BEFORE INSERT ON person
      WHEN (SELECT count(*) FROM person) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const source = {
      meetingId,
      file: file('indico.csv', csv([HEADERS, ...rows])),
      mapping: MAPPING,
    };
    expect((await backend.dispatch('imports.run', source)).ok).toBe(false);
    expect((await log(backend, { meetingId })).map((e) => e.entity)).toEqual(['meeting']);

    backend.db.exec('DROP TRIGGER fail_second');
    await backend.call('imports.run', source);
    const entries = await log(backend, { meetingId });
    expect(entries.map((e) => [e.entity, e.action, e.via])).toEqual([
      ['meeting', 'create', ''],
      ['person', 'create', ''],
      ['registration', 'create', 'import'],
      ['person', 'create', ''],
      ['registration', 'create', 'import'],
      ['import', 'import', ''],
    ]);
    await backend.call('imports.undoLast', { meetingId });
    expect((await log(backend, { meetingId })).slice(-1)[0]).toMatchObject({
      entity: 'import',
      action: 'importUndone',
      label: 'indico.csv',
    });
  });

  it('logs agenda edits field by field, people added to sessions on their own page, and undo and redo', async () => {
    const backend = testBackend();
    const { meetingId, hall, small, officer } = await agendaMeeting(backend);
    const sessionId = await addSession(backend, meetingId, { roomId: hall });
    await backend.call('agenda.moveSession', {
      id: sessionId,
      day: '2026-09-22',
      startMinute: 11 * 60,
      endMinute: 12 * 60 + 30,
      roomId: small,
    });
    const session = (await backend.call('agenda.get', { meetingId })).sessions[0]!;
    await backend.call('agenda.updateSession', {
      id: sessionId,
      session: { ...session, people: [{ registrationId: officer.id, role: 'chair' }] },
    });
    await backend.call('agenda.undo', { meetingId });
    await backend.call('agenda.redo', { meetingId });

    const agenda = (await log(backend, { meetingId })).filter((e) =>
      ['session', 'session_person'].includes(e.entity),
    );
    expect(agenda.map((e) => [e.entity, e.action, e.via])).toEqual([
      ['session', 'create', ''],
      ['session', 'update', ''],
      ['session_person', 'create', ''],
      ['session_person', 'delete', 'undo'],
      ['session_person', 'create', 'redo'],
    ]);
    expect(agenda[1]!.changes).toEqual([
      { field: 'start', before: 540, after: 660 },
      { field: 'end', before: 630, after: 750 },
      { field: 'room', before: 'Salle des fêtes', after: 'Salle 2' },
    ]);
    expect(agenda[2]).toMatchObject({
      personId: officer.personId,
      label: 'Opening plenary',
      changes: [
        { field: 'participant', before: null, after: 'Awa Diop' },
        { field: 'sessionRole', before: null, after: 'chair' },
      ],
    });
    const onHerPage = await log(backend, { personId: officer.personId });
    expect(onHerPage.map((e) => e.entity)).toEqual([
      'person',
      'registration',
      'session_person',
      'session_person',
      'session_person',
    ]);
  });

  it('keeps a meeting’s entries after the meeting is deleted', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    await register(backend, meetingId, { givenNames: 'Awa', familyNames: 'Diop' });
    await backend.call('meetings.delete', { id: meetingId });
    const entries = await log(backend);
    expect(entries.slice(-2).map((e) => [e.entity, e.action, e.meetingId])).toEqual([
      ['registration', 'delete', meetingId],
      ['meeting', 'delete', meetingId],
    ]);
  });
});
