import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { failure } from './people-fixtures';
import { addSession, agendaMeeting } from './agenda-fixtures';

describe('agenda undo and redo', () => {
  it('undoes and redoes drags, edits, deletions and creations exactly', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, {
      roomId: m.hall,
      people: [{ registrationId: m.officer.id, role: 'chair' }],
    });
    const created = (await backend.call('agenda.get', { meetingId: m.meetingId })).sessions[0]!;
    await backend.call('agenda.moveSession', {
      id,
      day: '2026-09-23',
      startMinute: 600,
      endMinute: 690,
      roomId: m.small,
    });
    let agenda = await backend.call('agenda.moveSession', {
      id,
      day: '2026-09-23',
      startMinute: 600,
      endMinute: 720,
      roomId: m.small,
    });
    expect(agenda.history.undo).toEqual({ action: 'resizeSession', subject: 'Opening plenary' });
    await backend.call('agenda.deleteSession', { id });

    agenda = await backend.call('agenda.undo', { meetingId: m.meetingId }); // deletion
    expect(agenda.sessions[0]).toMatchObject({ id, endMinute: 720, people: created.people });
    agenda = await backend.call('agenda.undo', { meetingId: m.meetingId }); // resize
    expect(agenda.sessions[0]).toMatchObject({ startMinute: 600, endMinute: 690 });
    agenda = await backend.call('agenda.undo', { meetingId: m.meetingId }); // move
    expect(agenda.sessions[0]).toEqual(created);
    expect(agenda.history).toEqual({
      undo: { action: 'createSession', subject: 'Opening plenary' },
      redo: { action: 'moveSession', subject: 'Opening plenary' },
    });
    agenda = await backend.call('agenda.undo', { meetingId: m.meetingId }); // creation
    expect(agenda.sessions).toEqual([]);

    for (let i = 0; i < 3; i++)
      agenda = await backend.call('agenda.redo', { meetingId: m.meetingId });
    expect(agenda.sessions[0]).toMatchObject({ id, day: '2026-09-23', endMinute: 720 });
    agenda = await backend.call('agenda.redo', { meetingId: m.meetingId });
    expect(agenda.sessions).toEqual([]);
    expect(agenda.history.redo).toBeNull();
  });

  it('keeps at least the last 50 edits, and a new edit ends the redo branch', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, { roomId: m.hall });
    for (let i = 1; i <= 60; i++)
      await backend.call('agenda.moveSession', {
        id,
        day: '2026-09-22',
        startMinute: 300 + i * 5,
        endMinute: 360 + i * 5,
        roomId: m.hall,
      });
    let agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    for (let i = 0; i < 50; i++)
      agenda = await backend.call('agenda.undo', { meetingId: m.meetingId });
    expect(agenda.sessions[0]!.startMinute).toBe(300 + 10 * 5);
    await backend.call('agenda.moveSession', {
      id,
      day: '2026-09-24',
      startMinute: 60,
      endMinute: 120,
      roomId: m.small,
    });
    agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.history.redo).toBeNull();
  });

  it('refuses to undo an edit whose session was changed since, and says which', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, {
      roomId: m.hall,
      people: [{ registrationId: m.worker.id, role: 'speaker' }],
    });
    await backend.call('agenda.moveSession', {
      id,
      day: '2026-09-22',
      startMinute: 660,
      endMinute: 720,
      roomId: m.hall,
    });
    // Someone else (another window) changes the same session outside this history.
    backend.db.prepare("UPDATE session SET title = 'Renamed elsewhere' WHERE id = ?").run(id);
    const error = await failure(backend, 'agenda.undo', { meetingId: m.meetingId });
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'errors.undoStale?subject=Opening+plenary',
    });
    const agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.sessions[0]).toMatchObject({ title: 'Renamed elsewhere', startMinute: 660 });
    // The stale edit is forgotten: the next undo goes one further back.
    expect(agenda.history.undo).toEqual({ action: 'createSession', subject: 'Opening plenary' });
  });

  it('a session restored by undo whose participant was removed meanwhile is refused, not half done', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, {
      people: [{ registrationId: m.worker.id, role: 'speaker' }],
    });
    await backend.call('agenda.deleteSession', { id });
    await backend.call('registrations.delete', { ids: [m.worker.id] });
    const error = await failure(backend, 'agenda.undo', { meetingId: m.meetingId });
    expect(error.code).toBe('conflict');
    expect((await backend.call('agenda.get', { meetingId: m.meetingId })).sessions).toEqual([]);
  });

  it('a participant on sessions is removed only when asked, and the undo puts them back on', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, {
      people: [
        { registrationId: m.officer.id, role: 'chair' },
        { registrationId: m.worker.id, role: 'speaker' },
      ],
    });
    const refused = await failure(backend, 'registrations.delete', { ids: [m.worker.id] });
    expect(refused).toMatchObject({
      code: 'conflict',
      message: 'errors.participantsOnSessions?count=1',
    });
    const { removed } = await backend.call('registrations.delete', {
      ids: [m.worker.id],
      sessions: 'remove',
    });
    let agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.sessions[0]!.people).toEqual([{ registrationId: m.officer.id, role: 'chair' }]);
    await backend.call('registrations.restore', { removed });
    agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.sessions.find((s) => s.id === id)!.people).toEqual([
      { registrationId: m.officer.id, role: 'chair' },
      { registrationId: m.worker.id, role: 'speaker' },
    ]);
  });
});
