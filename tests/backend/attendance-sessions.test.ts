import { describe, expect, it } from 'vitest';
import { blankPerson } from '../../shared/api/people';
import { DAYS, at, clockedBackend, seedDesk } from './attendance-fixtures';

async function setup() {
  const backend = clockedBackend('2026-11-15T12:55:00.000Z');
  return { backend, ...(await seedDesk(backend)) };
}

const door = (meetingId: number, sessionId: number) => ({
  meetingId,
  day: null,
  sessionId,
  operator: 'Paul',
});

describe("a session's door", () => {
  it('checks people in at the session and for its day, and counts the session apart', async () => {
    const { backend, meetingId, workshopId, token, reg } = await setup();
    const desk = await backend.call('attendance.desk', { meetingId, sessionId: workshopId });
    expect(desk.session).toMatchObject({ title: 'Regional workshop — Africa', day: DAYS[1] });
    const reply = await backend.call('attendance.scan', {
      ...door(meetingId, workshopId),
      text: token('diop'),
    });
    expect(reply).toMatchObject({ outcome: 'checked_in', card: { audience: 'expected' } });
    // Someone of another region may come in; the card says the workshop is not theirs.
    expect(
      await backend.call('attendance.scan', {
        ...door(meetingId, workshopId),
        text: token('dupont'),
      }),
    ).toMatchObject({ outcome: 'checked_in', card: { audience: 'other' } });
    const days = backend.db
      .prepare('SELECT registration_id, day, method FROM attendance_day ORDER BY registration_id')
      .all();
    expect(days).toEqual([
      { registration_id: reg.dupont!.id, day: DAYS[1], method: 'session' },
      { registration_id: reg.diop!.id, day: DAYS[1], method: 'session' },
    ]);
    const counters = await backend.call('attendance.counters', {
      meetingId,
      day: DAYS[1]!,
      sessionId: workshopId,
    });
    // Expected: Diop, Ndiaye (Senegal) and Okafor (Nigeria), the Africa region's.
    expect(counters).toMatchObject({ expected: 3, checkedIn: 2, expectedCheckedIn: 1 });
    // Undoing the door's check-in takes back the day it created too.
    await backend.call('attendance.undo', { undo: reply.undo!, operator: 'Paul' });
    expect(
      backend.db
        .prepare('SELECT count(*) AS n FROM attendance_day WHERE registration_id = ?')
        .get(reg.diop!.id),
    ).toEqual({ n: 0 });
  });

  it('keeps a restricted session to law enforcement', async () => {
    const { backend, meetingId, caseStudyId, token } = await setup();
    expect(
      await backend.call('attendance.scan', {
        ...door(meetingId, caseStudyId),
        text: token('okafor'),
      }),
    ).toMatchObject({ outcome: 'restricted', card: { audience: 'refused' }, undo: null });
    expect(
      await backend.call('attendance.scan', {
        ...door(meetingId, caseStudyId),
        text: token('nunez'),
      }),
    ).toMatchObject({ outcome: 'checked_in' });
  });

  it('refuses a session of another meeting, and check-out at a session door', async () => {
    const { backend, otherMeetingId, workshopId, meetingId, token } = await setup();
    expect(
      await backend.dispatch('attendance.scan', { ...door(otherMeetingId, workshopId), text: 'x' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['sessionId'] }] } });
    expect(
      await backend.dispatch('attendance.scan', {
        ...door(meetingId, workshopId),
        text: token('diop'),
        mode: 'out',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ message: 'errors.checkOutAtSession' }] } });
  });
});

describe('rosters and corrections', () => {
  it("lists a workshop's region and whoever came, and ticks people on and off", async () => {
    const { backend, workshopId, reg } = await setup();
    const roster = await backend.call('attendance.roster', { sessionId: workshopId });
    expect(roster.rows.map((r) => [r.name, r.audience, r.checkedInAt])).toEqual([
      ['Diop, Awa', 'expected', null],
      ['Ndiaye, Moussa', 'expected', null],
      ['Okafor, Ngozi', 'expected', null],
    ]);
    const ticked = await backend.call('attendance.setSession', {
      sessionId: workshopId,
      registrationId: reg.nunez!.id,
      present: true,
      operator: 'Paul',
    });
    expect(ticked).toMatchObject({ name: 'Núñez, Ana', audience: 'other', method: 'roster' });
    const after = await backend.call('attendance.roster', { sessionId: workshopId });
    expect(after.rows.map((r) => r.name)).toContain('Núñez, Ana');
    await backend.call('attendance.setSession', {
      sessionId: workshopId,
      registrationId: reg.nunez!.id,
      present: false,
      operator: 'Paul',
    });
    const person = await backend.call('attendance.person', { registrationId: reg.nunez!.id });
    expect(person.history.slice(0, 2).map((h) => [h.action, h.sessionTitle, h.operator])).toEqual([
      ['correct', 'Regional workshop — Africa', 'Paul'],
      ['correct', 'Regional workshop — Africa', 'Paul'],
    ]);
    // Ticking someone on a roster makes them present that day; unticking leaves the day as it is.
    expect(person.days[1]).toMatchObject({ method: 'session', operator: 'Paul' });
  });

  it('corrects a day with wall-clock times in the meeting’s zone, keeping who changed what', async () => {
    const { backend, reg } = await setup();
    const corrected = await backend.call('attendance.setDay', {
      registrationId: reg.okafor!.id,
      day: DAYS[0]!,
      present: true,
      checkInTime: '09:10',
      checkOutTime: '17:45',
      operator: 'Marie',
    });
    expect(corrected.days[0]).toMatchObject({
      checkedInAt: '2026-11-14T08:10:00.000Z',
      checkedOutAt: '2026-11-14T16:45:00.000Z',
      method: 'correction',
    });
    expect(corrected.history[0]).toMatchObject({
      action: 'correct',
      day: DAYS[0],
      before: null,
      after: JSON.stringify({
        checkedInAt: '2026-11-14T08:10:00.000Z',
        checkedOutAt: '2026-11-14T16:45:00.000Z',
      }),
      operator: 'Marie',
      changedAt: '2026-11-15T12:55:00.000Z',
    });
    const wrong = await backend.dispatch('attendance.setDay', {
      registrationId: reg.okafor!.id,
      day: DAYS[0]!,
      present: true,
      checkInTime: '09:10',
      checkOutTime: '08:00',
      operator: 'Marie',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['checkOutTime'], message: 'errors.outBeforeIn' }] },
    });
    const bad = await backend.dispatch('attendance.setDay', {
      registrationId: reg.okafor!.id,
      day: DAYS[0]!,
      present: true,
      checkInTime: '9h',
      operator: 'Marie',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'errors.invalidTime' }] },
    });
    const removed = await backend.call('attendance.setDay', {
      registrationId: reg.okafor!.id,
      day: DAYS[0]!,
      present: false,
      operator: 'Paul',
    });
    expect(removed.days[0]!.checkedInAt).toBeNull();
    expect(removed.history[0]).toMatchObject({ action: 'correct', after: null, operator: 'Paul' });
  });

  it("shows a person's days, the sessions meant for them, their badge and desk note", async () => {
    const { backend, reg, meetingId, token } = await setup();
    await backend.call('attendance.scan', { ...at(meetingId, DAYS[1]), text: token('diop') });
    const person = await backend.call('attendance.setDeskNote', {
      registrationId: reg.diop!.id,
      note: 'Collect the signed visa letter',
      operator: 'Marie',
    });
    expect(person.days.map((d) => [d.day, d.checkedInAt !== null, d.expected])).toEqual([
      [DAYS[0], false, true],
      [DAYS[1], true, true],
      [DAYS[2], false, true],
      [DAYS[3], false, true],
    ]);
    expect(person.sessions.map((s) => [s.title, s.audience, s.checkedInAt])).toEqual([
      ['Regional workshop — Africa', 'expected', null],
    ]);
    expect(person.badge).toMatchObject({
      collectedAt: '2026-11-15T12:55:00.000Z',
      reissued: false,
    });
    expect(person.deskNote).toBe('Collect the signed visa letter');
    const card = await backend.call('attendance.scan', {
      ...at(meetingId, DAYS[1]),
      text: token('diop'),
    });
    expect(card.card?.deskNote).toBe('Collect the signed visa letter');
  });
});

describe('walk-ins', () => {
  const newcomer = {
    ...blankPerson(),
    givenNames: 'Kwame',
    familyNames: 'Asante',
    email: 'kwame.asante@example.org',
    countryCode: 'GH',
  };

  it('registers and checks in someone new in one step', async () => {
    const { backend, meetingId } = await setup();
    const reply = await backend.call('attendance.walkIn', {
      ...at(meetingId, DAYS[1]),
      day: DAYS[1]!,
      person: newcomer,
      role: 'observer',
    });
    expect(reply).toMatchObject({
      outcome: 'checked_in',
      card: { name: 'Kwame Asante', role: 'observer', status: 'confirmed', badge: 'none' },
    });
    const day = backend.db
      .prepare('SELECT method FROM attendance_day WHERE registration_id = ?')
      .get(reply.card!.registrationId);
    expect(day).toEqual({ method: 'walk_in' });
  });

  it('offers people already known by email or name, and never enters an email twice', async () => {
    const { backend, meetingId, otherMeetingId, reg } = await setup();
    const known = await backend.call('attendance.walkInMatches', {
      meetingId: otherMeetingId,
      givenNames: 'ana',
      familyNames: 'NUNEZ',
    });
    expect(known).toEqual([
      expect.objectContaining({ name: 'Núñez, Ana', reason: 'name', status: 'confirmed' }),
    ]);
    const byEmail = await backend.dispatch('attendance.walkIn', {
      ...at(meetingId, DAYS[0]),
      day: DAYS[0]!,
      person: { ...newcomer, email: 'DUPONT@example.org' },
    });
    expect(byEmail).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        issues: [
          {
            path: ['person', 'email'],
            message: 'errors.walkInKnownEmail',
            params: { name: 'Dupont, Jean' },
          },
        ],
      },
    });
    const byName = await backend.dispatch('attendance.walkIn', {
      ...at(meetingId, DAYS[0]),
      day: DAYS[0]!,
      person: { ...blankPerson(), givenNames: 'Núñez', familyNames: 'Ana' },
    });
    expect(byName).toMatchObject({
      ok: false,
      error: { issues: [{ message: 'errors.walkInKnownName' }] },
    });
    // Nothing was written by the refusals.
    expect(backend.db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 8 });
    // A namesake is entered when the registrar says so.
    const namesake = await backend.call('attendance.walkIn', {
      ...at(meetingId, DAYS[0]),
      day: DAYS[0]!,
      person: { ...blankPerson(), givenNames: 'Ana', familyNames: 'Nunez', countryCode: 'MX' },
      createAnyway: true,
    });
    expect(namesake.card?.registrationId).not.toBe(reg.nunez!.id);
    // A known person picked from the offer is registered here (Ana from Cotonou's side) or just checked in.
    const picked = await backend.call('attendance.walkIn', {
      ...at(meetingId, DAYS[0]),
      day: DAYS[0]!,
      personId: reg.dupont!.personId,
    });
    expect(picked).toMatchObject({
      outcome: 'checked_in',
      card: { registrationId: reg.dupont!.id },
    });
  });

  it('registers a known person from another meeting', async () => {
    const { backend, otherMeetingId, reg } = await setup();
    backend.clock.set('2026-09-23T08:00:00Z');
    const reply = await backend.call('attendance.walkIn', {
      meetingId: otherMeetingId,
      day: '2026-09-23',
      sessionId: null,
      personId: reg.dupont!.personId,
      operator: 'Awa',
    });
    expect(reply).toMatchObject({
      outcome: 'checked_in',
      card: { name: 'Jean Dupont', status: 'confirmed' },
    });
  });
});
