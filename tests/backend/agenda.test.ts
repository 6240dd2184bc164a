import { describe, expect, it } from 'vitest';
import { findClashes } from '../../shared/domain/agenda-clashes';
import { testBackend } from './helpers';
import { failure } from './people-fixtures';
import { addSession, agendaMeeting, sessionInput } from './agenda-fixtures';

describe('agenda', () => {
  it('keeps rooms in order and sessions with their people, and the agenda names them', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const id = await addSession(backend, m.meetingId, {
      roomId: m.hall,
      people: [
        { registrationId: m.officer.id, role: 'chair' },
        { registrationId: m.worker.id, role: 'speaker' },
      ],
      presenterCountryCode: 'BJ',
      expectedAudience: 80,
    });
    const agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.rooms.map((r) => r.name)).toEqual(['Salle des fêtes', 'Salle 2']);
    expect(agenda.sessions).toEqual([
      expect.objectContaining({
        id,
        roomId: m.hall,
        startMinute: 540,
        endMinute: 630,
        people: [
          { registrationId: m.officer.id, role: 'chair' },
          { registrationId: m.worker.id, role: 'speaker' },
        ],
        presenterCountryCode: 'BJ',
      }),
    ]);
    expect(agenda.people.map((p) => [p.name, p.organisationType]).sort()).toEqual([
      ['Awa Diop', 'law_enforcement'],
      ['Oleksandr Шевченко', 'ngo'],
    ]);
    expect(agenda.typeColours.plenary).toMatch(/^#[0-9a-f]{6}$/);
    expect(agenda.history.undo).toEqual({ action: 'createSession', subject: 'Opening plenary' });
  });

  it('refuses an end before the start, a zero-length session and a time outside the day', async () => {
    const backend = testBackend();
    const { meetingId } = await agendaMeeting(backend);
    const cases: [Partial<ReturnType<typeof sessionInput>>, string, string][] = [
      [{ startMinute: 600, endMinute: 540 }, 'endMinute', 'errors.endBeforeStartTime'],
      [{ startMinute: 600, endMinute: 600 }, 'endMinute', 'errors.zeroLengthSession'],
      [{ startMinute: 1380, endMinute: 1500 }, 'endMinute', 'errors.outsideDay'],
      [{ startMinute: -15, endMinute: 60 }, 'startMinute', 'errors.outsideDay'],
      [{ day: '2026-02-30' }, 'day', 'errors.invalidDate'],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await failure(backend, 'agenda.createSession', {
        meetingId,
        session: sessionInput(overrides),
      });
      expect(error.issues).toContainEqual(
        expect.objectContaining({ path: ['session', field], message }),
      );
    }
    expect((await backend.call('agenda.get', { meetingId })).sessions).toEqual([]);
  });

  it('refuses a clock time that the meeting zone skips or repeats when clocks change', async () => {
    const backend = testBackend();
    const { meetingId } = await agendaMeeting(backend);
    await backend.call('meetings.update', {
      id: meetingId,
      meeting: {
        title: 'Specialists group',
        kind: 'specialists_group',
        startDate: '2026-03-28',
        endDate: '2026-03-29',
        timeZone: 'Europe/Paris',
      },
    });
    const skipped = await failure(backend, 'agenda.createSession', {
      meetingId,
      session: sessionInput({ day: '2026-03-29', startMinute: 150, endMinute: 240 }),
    });
    expect(skipped.issues).toEqual([
      {
        path: ['session', 'startMinute'],
        message: 'errors.timeSkipped?time=02%3A30&zone=Europe%2FParis',
      },
    ]);
    const repeated = await failure(backend, 'agenda.createSession', {
      meetingId,
      session: sessionInput({ day: '2026-10-25', startMinute: 60, endMinute: 150 }),
    });
    expect(repeated.issues?.[0]).toMatchObject({
      path: ['session', 'endMinute'],
      message: expect.stringMatching(/^errors\.timeRepeated\?time=02%3A30/),
    });
    // The same times on an ordinary day are fine.
    await addSession(backend, meetingId, { day: '2026-03-28', startMinute: 150, endMinute: 240 });
  });

  it('refuses rooms, tracks and people of another meeting', async () => {
    const backend = testBackend();
    const a = await agendaMeeting(backend);
    const b = await agendaMeeting(backend);
    const error = await failure(backend, 'agenda.createSession', {
      meetingId: a.meetingId,
      session: sessionInput({
        roomId: b.hall,
        people: [{ registrationId: b.officer.id, role: 'chair' }],
      }),
    });
    expect(error.issues).toEqual([{ path: ['session', 'roomId'], message: 'errors.roomMissing' }]);
    const person = await failure(backend, 'agenda.createSession', {
      meetingId: a.meetingId,
      session: sessionInput({ people: [{ registrationId: b.officer.id, role: 'chair' }] }),
    });
    expect(person.issues).toEqual([
      { path: ['session', 'people', 0, 'registrationId'], message: 'errors.notAParticipant' },
    ]);
  });

  it('a room still used is not deleted until the organiser says what happens to its sessions', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const s1 = await addSession(backend, m.meetingId, {
      roomId: m.small,
      title: 'Workshop Africa',
    });
    const error = await failure(backend, 'agenda.deleteRoom', { id: m.small });
    expect(error).toMatchObject({ code: 'conflict', message: 'errors.roomInUse?count=1' });

    let agenda = await backend.call('agenda.deleteRoom', {
      id: m.small,
      sessions: 'move',
      moveToRoomId: m.hall,
    });
    expect(agenda.rooms.map((r) => r.id)).toEqual([m.hall]);
    expect(agenda.sessions.find((s) => s.id === s1)?.roomId).toBe(m.hall);

    // Undo brings the room back under its id, and the session back into it.
    agenda = await backend.call('agenda.undo', { meetingId: m.meetingId });
    expect(agenda.rooms.map((r) => r.id)).toEqual([m.hall, m.small]);
    expect(agenda.sessions.find((s) => s.id === s1)?.roomId).toBe(m.small);

    agenda = await backend.call('agenda.deleteRoom', { id: m.small, sessions: 'delete' });
    expect(agenda.sessions).toEqual([]);
  });

  it('a break across all rooms clashes with a workshop at the same time, once', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const workshop = await addSession(backend, m.meetingId, {
      roomId: m.small,
      type: 'regional_workshop',
      startMinute: 600,
      endMinute: 660,
    });
    const coffee = await addSession(backend, m.meetingId, {
      title: 'Coffee',
      type: 'break',
      allRooms: true,
      roomId: m.hall,
      startMinute: 630,
      endMinute: 650,
    });
    const agenda = await backend.call('agenda.get', { meetingId: m.meetingId });
    expect(agenda.sessions.find((s) => s.id === coffee)).toMatchObject({
      allRooms: true,
      roomId: null,
    });
    expect(findClashes(agenda)).toEqual([
      { kind: 'room_double_booked', sessionIds: [workshop, coffee], roomId: m.small },
    ]);
  });

  it('finds every kind of clash in a stored agenda', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    await backend.call('agenda.updateRoom', {
      id: m.small,
      room: { name: 'Salle 2', capacity: 30, closedDays: ['2026-09-23'] },
    });
    await backend.call('registrations.update', {
      id: m.worker.id,
      registration: { status: 'cancelled' },
    });
    const a = await addSession(backend, m.meetingId, {
      roomId: m.hall,
      restricted: true,
      people: [{ registrationId: m.worker.id, role: 'speaker' }],
    });
    const b = await addSession(backend, m.meetingId, {
      title: 'Case study',
      roomId: m.hall,
      startMinute: 600,
      endMinute: 700,
      people: [{ registrationId: m.worker.id, role: 'chair' }],
    });
    const c = await addSession(backend, m.meetingId, {
      title: 'Closed room',
      roomId: m.small,
      day: '2026-09-23',
      expectedAudience: 45,
    });
    const d = await addSession(backend, m.meetingId, { title: 'Too late', day: '2026-09-30' });
    const kinds = findClashes(await backend.call('agenda.get', { meetingId: m.meetingId })).map(
      (clash) => [clash.kind, clash.sessionIds],
    );
    expect(kinds).toEqual([
      ['room_double_booked', [a, b]],
      ['person_double_booked', [a, b]],
      ['inactive_person', [a]],
      ['restricted_outsider', [a]],
      ['inactive_person', [b]],
      ['room_closed', [c]],
      ['over_capacity', [c]],
      ['outside_meeting_days', [d]],
    ]);
  });

  it('lists the sessions a participant is on, and the awards of a recipient', async () => {
    const backend = testBackend();
    const m = await agendaMeeting(backend);
    const session = await addSession(backend, m.meetingId, {
      type: 'award_ceremony',
      title: 'Award ceremony',
      people: [{ registrationId: m.officer.id, role: 'chair' }],
    });
    await backend.call('agenda.createAward', {
      meetingId: m.meetingId,
      award: {
        name: 'Child Protection Award',
        recipientOrganisationId: m.ngo.id,
        sessionId: session,
        citation: 'For its work in 93 countries.',
      },
    });
    expect(await backend.call('agenda.sessionsOf', { registrationIds: [m.officer.id] })).toEqual([
      expect.objectContaining({
        id: session,
        title: 'Award ceremony',
        registrationId: m.officer.id,
      }),
    ]);
    expect(await backend.call('agenda.awardsFor', { organisationId: m.ngo.id })).toEqual([
      expect.objectContaining({
        name: 'Child Protection Award',
        sessionTitle: 'Award ceremony',
        meetingTitle: 'Regional Working Group on Human Trafficking',
      }),
    ]);
    const twoRecipients = await failure(backend, 'agenda.createAward', {
      meetingId: m.meetingId,
      award: {
        name: 'X',
        recipientOrganisationId: m.ngo.id,
        recipientPersonId: m.officer.personId,
      },
    });
    expect(twoRecipients.issues).toEqual([
      { path: ['award', 'recipientPersonId'], message: 'errors.oneRecipient' },
    ]);
  });
});
