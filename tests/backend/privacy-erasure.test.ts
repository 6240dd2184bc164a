import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure } from './people-fixtures';
import { addSession, agendaMeeting } from './agenda-fixtures';
import { csv, file, HEADERS, MAPPING } from './imports-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

/**
 * Awa Diop chairs a session in Cotonou beside Oleksandr, received an award there, is also
 * registered to Lyon (through an import), and her details were edited: every kind of record.
 */
async function awaEverywhere(backend: TestBackend) {
  const { meetingId, hall, officer, worker } = await agendaMeeting(backend);
  const sessionId = await addSession(backend, meetingId, { roomId: hall });
  const session = (await backend.call('agenda.get', { meetingId })).sessions[0]!;
  await backend.call('agenda.updateSession', {
    id: sessionId,
    session: {
      ...session,
      people: [
        { registrationId: officer.id, role: 'chair' },
        { registrationId: worker.id, role: 'speaker' },
      ],
    },
  });
  await backend.call('agenda.createAward', {
    meetingId,
    award: { name: 'Child protection award', recipientPersonId: officer.personId, sessionId },
  });
  await backend.call('people.update', {
    id: officer.personId,
    person: {
      givenNames: 'Awa',
      familyNames: 'Diop',
      email: 'awa.diop@police.bj',
      phone: '+229 97 00 00 01',
    },
  });
  const lyon = await addMeeting(backend, { title: 'Specialists group' });
  await backend.call('imports.run', {
    meetingId: lyon,
    file: file(
      'indico.csv',
      csv([HEADERS, ['Awa', 'Diop', 'awa.diop@police.bj', '', 'Benin', '']]),
    ),
    mapping: MAPPING,
  });
  await backend.call('registrations.update', {
    id: officer.id,
    registration: { status: 'confirmed', role: 'chair', dietary: 'No pork' },
  });
  return { meetingId, sessionId, lyon, officer, worker };
}

const count = (backend: TestBackend, sql: string, ...params: unknown[]) =>
  (backend.db.prepare(sql).get(...params) as { n: number }).n;

describe('deleting a person everywhere', () => {
  it('lists everything that goes before asking', async () => {
    const backend = testBackend();
    const { officer } = await awaEverywhere(backend);
    const preview = await backend.call('privacy.erasurePreview', { personId: officer.personId });
    expect(preview).toMatchObject({
      personId: officer.personId,
      name: 'Awa Diop',
      registrations: [
        {
          meetingTitle: 'Regional Working Group on Human Trafficking',
          role: 'chair',
          status: 'confirmed',
        },
        { meetingTitle: 'Specialists group', role: 'delegate', status: 'invited' },
      ],
      sessionRoles: [
        {
          sessionTitle: 'Opening plenary',
          meetingTitle: 'Regional Working Group on Human Trafficking',
          role: 'chair',
        },
      ],
      awards: [
        {
          name: 'Child protection award',
          meetingTitle: 'Regional Working Group on Human Trafficking',
        },
      ],
      attendanceRecords: 0,
      visaDetails: [],
      backupFirst: true,
    });
    expect(preview.auditEntries).toBeGreaterThan(5);
  });

  it('removes the person, registrations, session places and awards; the session and others stay', async () => {
    const backend = testBackend();
    const { meetingId, officer, worker } = await awaEverywhere(backend);
    const result = await backend.call('privacy.erasePerson', { personId: officer.personId });
    expect(result).toEqual({
      registrations: 2,
      sessionRoles: 1,
      awards: 1,
      attendanceRecords: 0,
      visaDetails: 0,
      backup: { file: expect.stringMatching(/-before-erasure\.sqlite$/) as string },
    });
    expect(await failure(backend, 'people.get', { id: officer.personId })).toMatchObject({
      code: 'not_found',
    });
    expect(
      count(
        backend,
        'SELECT count(*) AS n FROM registration WHERE person_id = ?',
        officer.personId,
      ),
    ).toBe(0);
    expect(
      count(
        backend,
        'SELECT count(*) AS n FROM registration_status_change WHERE registration_id = ?',
        officer.id,
      ),
    ).toBe(0);
    expect(count(backend, 'SELECT count(*) AS n FROM award')).toBe(0);
    const agenda = await backend.call('agenda.get', { meetingId });
    expect(agenda.sessions[0]!.people).toEqual([{ registrationId: worker.id, role: 'speaker' }]);
    expect(await backend.call('people.directory', { query: 'diop' })).toEqual([]);
    expect(
      count(backend, `SELECT count(*) AS n FROM import_change WHERE before_json LIKE '%Diop%'`),
    ).toBe(0);
    expect(
      count(backend, `SELECT count(*) AS n FROM agenda_edit WHERE changes LIKE '%Diop%'`),
    ).toBe(0);
  });

  it('keeps in the log that it happened, without anything about her', async () => {
    const backend = testBackend();
    const { meetingId, lyon, officer } = await awaEverywhere(backend);
    await backend.call('privacy.erasePerson', { personId: officer.personId });
    const text = (
      backend.db
        .prepare(`SELECT group_concat(label || ' ' || changes, ' ') AS t FROM audit_entry`)
        .get() as {
        t: string;
      }
    ).t;
    for (const secret of ['Awa', 'Diop', 'awa.diop@police.bj', '+229 97 00 00 01', 'No pork'])
      expect(text).not.toContain(secret);
    const hers = (await backend.call('audit.list', { personId: officer.personId })).entries;
    const before = hers.filter((e) => e.entity !== 'privacy');
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((e) => e.scrubbed && e.changes.every((c) => c.removed === true))).toBe(
      true,
    );
    expect(hers[0]).toMatchObject({
      entity: 'privacy',
      action: 'erase',
      meetingId: null,
      label: '',
      changes: [
        { field: 'registrations', before: null, after: 2 },
        { field: 'sessionRoles', before: null, after: 1 },
        { field: 'awards', before: null, after: 1 },
      ],
    });
    const inCotonou = (await backend.call('audit.list', { meetingId, areas: ['privacy'] })).entries;
    expect(inCotonou).toEqual([
      expect.objectContaining({
        action: 'erase',
        changes: [
          { field: 'registrations', before: null, after: 1 },
          { field: 'sessionRoles', before: null, after: 1 },
          { field: 'awards', before: null, after: 1 },
        ],
      }),
    ]);
    const inLyon = (await backend.call('audit.list', { meetingId: lyon, areas: ['privacy'] }))
      .entries;
    expect(inLyon.map((e) => e.changes)).toEqual([
      [{ field: 'registrations', before: null, after: 1 }],
    ]);
  });

  it('cannot be brought back by the agenda’s undo', async () => {
    const backend = testBackend();
    const { meetingId, officer, worker } = await awaEverywhere(backend);
    await backend.call('privacy.erasePerson', { personId: officer.personId });
    // The last agenda edit was the award to her; undoing it would give it back to no one.
    await backend.dispatch('agenda.undo', { meetingId });
    await backend.dispatch('agenda.undo', { meetingId });
    expect(count(backend, 'SELECT count(*) AS n FROM award')).toBe(0);
    const agenda = await backend.call('agenda.get', { meetingId });
    expect(agenda.sessions[0]?.people ?? []).not.toContainEqual(
      expect.objectContaining({ registrationId: officer.id }),
    );
    expect(agenda.people.map((p) => p.registrationId)).not.toContain(officer.id);
    void worker;
  });

  it('says so for someone unknown, without backing up or changing anything', async () => {
    const backend = testBackend();
    expect(await failure(backend, 'privacy.erasePerson', { personId: 999 })).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(backend, 'privacy.erasurePreview', { personId: 999 })).toMatchObject({
      code: 'not_found',
    });
  });
});
