import { describe, expect, it } from 'vitest';
import { qrPayload } from '../../shared/domain/badge-token';
import { DAYS, FIRST_MORNING, at, clockedBackend, seedDesk } from './attendance-fixtures';

/** How a Russian keyboard layout types each of the token alphabet's keys. */
const RUSSIAN: Record<string, string> = Object.fromEntries(
  [...'cdefghjklnprstvx'].map((k, i) => [k, 'свуапролдтзкыемч'[i]!]),
);

async function setup() {
  const backend = clockedBackend(FIRST_MORNING);
  return { backend, ...(await seedDesk(backend)) };
}

const dayRows = (backend: ReturnType<typeof clockedBackend>) =>
  backend.db.prepare('SELECT registration_id, day, method, operator FROM attendance_day').all();

describe('the desk', () => {
  it("takes today from the meeting's time zone, not the computer's", async () => {
    const { backend, meetingId } = await setup();
    // 23:30 UTC on the 13th is already half past midnight on the 14th in Lyon.
    backend.clock.set('2026-11-13T23:30:00Z');
    const desk = await backend.call('attendance.desk', { meetingId });
    expect(desk.today).toBe('2026-11-14');
    expect(desk.meeting.days).toEqual(DAYS);
    expect(desk.session).toBeNull();
  });

  it('checks a scanned badge in at once, with the card the desk needs', async () => {
    const { backend, meetingId, reg, token } = await setup();
    const reply = await backend.call('attendance.scan', {
      ...at(meetingId),
      text: qrPayload(token('diop')),
    });
    expect(reply).toMatchObject({
      outcome: 'checked_in',
      checkedInAt: FIRST_MORNING,
      repeat: false,
      layout: null,
      card: {
        registrationId: reg.diop!.id,
        name: 'Awa Diop',
        organisationName: 'Police judiciaire du Sénégal',
        countryCode: 'SN',
        policeRegion: 'africa',
        visaLetter: true,
        expected: true,
        // Scanning the badge proves it was handed over.
        badge: 'collected',
      },
    });
    expect(dayRows(backend)).toEqual([
      { registration_id: reg.diop!.id, day: DAYS[0], method: 'scan', operator: 'Marie' },
    ]);
    const counters = await backend.call('attendance.counters', { ...at(meetingId), day: DAYS[0]! });
    expect(counters).toMatchObject({ expected: 5, checkedIn: 1, expectedCheckedIn: 1 });
    expect(counters.byRegion).toContainEqual({ region: 'africa', expected: 3, checkedIn: 1 });
  });

  it('records one check-in for a badge read twice within a second, and says "already" later', async () => {
    const { backend, meetingId, token } = await setup();
    const scan = () =>
      backend.call('attendance.scan', { ...at(meetingId), text: qrPayload(token('nunez')) });
    const first = await scan();
    backend.clock.advance(400);
    const second = await scan();
    expect(second).toMatchObject({
      outcome: 'checked_in',
      repeat: true,
      checkedInAt: FIRST_MORNING,
    });
    // The second read's undo still takes back the one check-in.
    expect(second.undo).toEqual(first.undo);
    expect(dayRows(backend)).toHaveLength(1);
    backend.clock.advance(3 * 60_000);
    expect(await scan()).toMatchObject({
      outcome: 'already',
      checkedInAt: FIRST_MORNING,
      undo: null,
    });
    const log = backend.db
      .prepare("SELECT count(*) AS n FROM attendance_change WHERE action = 'check_in'")
      .get();
    expect(log).toEqual({ n: 1 });
  });

  it('reads badges typed through a Russian layout or with Caps Lock on', async () => {
    const { backend, meetingId, token } = await setup();
    const russian = [...qrPayload(token('dupont'))].map((c) => RUSSIAN[c]).join('');
    expect(
      await backend.call('attendance.scan', { ...at(meetingId), text: russian }),
    ).toMatchObject({
      outcome: 'checked_in',
      layout: 'russian',
      card: { name: 'Jean Dupont' },
    });
    const caps = `${token('okafor')}\r`;
    expect(await backend.call('attendance.scan', { ...at(meetingId), text: caps })).toMatchObject({
      outcome: 'checked_in',
      layout: null,
    });
  });

  it('refuses a badge of another meeting, naming it and offering the person when registered here', async () => {
    const { backend, meetingId, otherMeetingId, reg } = await setup();
    const [cotonou] = await backend.call('attendance.badgeTokens', { meetingId: otherMeetingId });
    const reply = await backend.call('attendance.scan', {
      ...at(meetingId),
      text: qrPayload(cotonou!.token),
    });
    expect(reply).toMatchObject({
      outcome: 'not_registered',
      otherMeeting: 'Working Group Cotonou',
      card: null,
      matches: [{ registrationId: reg.nunez!.id, name: 'Núñez, Ana', checkedInAt: null }],
    });
    expect(dayRows(backend)).toEqual([]);
  });

  it('refuses a re-issued badge and takes the new one', async () => {
    const { backend, meetingId, reg, token } = await setup();
    const old = token('ndiaye');
    backend.clock.advance(60_000);
    const fresh = await backend.call('attendance.reissueBadge', {
      registrationId: reg.ndiaye!.id,
      operator: 'Marie',
    });
    expect(fresh.token).not.toBe(old);
    expect(await backend.call('attendance.scan', { ...at(meetingId), text: old })).toMatchObject({
      outcome: 'reissued',
      replacedAt: '2026-11-14T07:31:00.000Z',
      card: { name: 'Moussa Ndiaye', badge: 'to_collect', badgeReissued: true },
      undo: null,
    });
    expect(dayRows(backend)).toEqual([]);
    expect(
      await backend.call('attendance.scan', { ...at(meetingId), text: fresh.token }),
    ).toMatchObject({ outcome: 'checked_in' });
  });

  it('tells unknown badges, scanner garbage and typed names apart', async () => {
    const { backend, meetingId, token } = await setup();
    const unknown = 'CDEFGHJKLNPRSTVXCDEFGHJKLNPRSTVX';
    expect(token('nunez')).not.toBe(unknown);
    const scan = (text: string) => backend.call('attendance.scan', { ...at(meetingId), text });
    expect(await scan(unknown)).toMatchObject({ outcome: 'unknown', card: null });
    expect(await scan('https://tickets.example.org/c/88213')).toMatchObject({
      outcome: 'unreadable',
      unreadable: 'not_a_badge',
    });
    expect(await scan('}][ـ،/آ؛ٌٍ{ْ}][ـ،/آ؛ٌٍ{ْ}][ـ،/آ؛ٌٍ{ْ')).toMatchObject({
      outcome: 'unreadable',
      unreadable: 'layout',
    });
    expect(await scan('nunez')).toMatchObject({
      outcome: 'choose',
      matches: [{ name: 'Núñez, Ana' }],
    });
    expect(await scan('Xiomara')).toMatchObject({ outcome: 'no_match', matches: [] });
    expect(dayRows(backend)).toEqual([]);
  });

  it('turns away declined people and lets invited ones in with their status shown', async () => {
    const { backend, meetingId, token } = await setup();
    expect(
      await backend.call('attendance.scan', { ...at(meetingId), text: token('smith') }),
    ).toMatchObject({ outcome: 'cancelled', card: { status: 'declined' }, undo: null });
    expect(
      await backend.call('attendance.scan', { ...at(meetingId), text: token('invited') }),
    ).toMatchObject({ outcome: 'checked_in', card: { status: 'invited', expected: false } });
    expect(dayRows(backend)).toHaveLength(1);
  });

  it('waits for a day to be chosen when the meeting is not on, and refuses a day outside it', async () => {
    const { backend, meetingId, token } = await setup();
    backend.clock.set('2026-12-01T09:00:00Z');
    expect((await backend.call('attendance.desk', { meetingId })).today).toBe('2026-12-01');
    expect(
      await backend.call('attendance.scan', { ...at(meetingId, null), text: token('nunez') }),
    ).toMatchObject({ outcome: 'no_day', card: { name: 'Ana Núñez' }, undo: null });
    const outside = await backend.dispatch('attendance.scan', {
      ...at(meetingId, '2026-12-01'),
      text: token('nunez'),
    });
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['day'], message: 'errors.dayNotInMeeting' }] },
    });
    // The registrar chose the first day: the check-in is for it, at the real time.
    expect(
      await backend.call('attendance.scan', { ...at(meetingId, DAYS[0]), text: token('nunez') }),
    ).toMatchObject({ outcome: 'checked_in', checkedInAt: '2026-12-01T09:00:00.000Z' });
    expect(dayRows(backend)).toMatchObject([{ day: DAYS[0] }]);
  });

  it('finds people by three letters of a name, organisation or country, accents ignored', async () => {
    const { backend, meetingId, reg } = await setup();
    const find = (query: string) =>
      backend
        .call('attendance.find', { ...at(meetingId), query })
        .then((r) => r.matches.map((m) => m.name));
    expect(await find('nun')).toEqual(['Núñez, Ana']);
    expect(await find('senegal')).toEqual(['Diop, Awa', 'Ndiaye, Moussa']);
    expect(await find('gendarmerie')).toEqual(['Dupont, Jean']);
    expect(await find('nu')).toEqual([]);
    const pick = await backend.call('attendance.checkIn', {
      ...at(meetingId),
      registrationId: reg.ndiaye!.id,
    });
    // Checked in by name: the badge is handed over now.
    expect(pick).toMatchObject({ outcome: 'checked_in', card: { badge: 'to_collect' } });
    const again = await backend.call('attendance.find', { ...at(meetingId), query: 'senegal' });
    expect(again.matches.find((m) => m.registrationId === reg.ndiaye!.id)?.checkedInAt).toBe(
      FIRST_MORNING,
    );
  });

  it('undoes the last check-in exactly, and refuses once it was changed since', async () => {
    const { backend, meetingId, reg, token } = await setup();
    const done = await backend.call('attendance.checkIn', {
      ...at(meetingId),
      registrationId: reg.dupont!.id,
    });
    expect(await backend.call('attendance.undo', { undo: done.undo!, operator: 'Marie' })).toEqual({
      undone: true,
    });
    expect(dayRows(backend)).toEqual([]);
    // The badge is to collect again, and the log says who undid what.
    const person = await backend.call('attendance.person', { registrationId: reg.dupont!.id });
    expect(person.badge?.collectedAt).toBeNull();
    expect(person.history.map((h) => [h.action, h.operator])).toEqual([
      ['undo', 'Marie'],
      ['check_in', 'Marie'],
      ['badge_issued', ''],
    ]);
    const again = await backend.dispatch('attendance.undo', {
      undo: done.undo!,
      operator: 'Marie',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const scanned = await backend.call('attendance.scan', {
      ...at(meetingId),
      text: token('dupont'),
    });
    backend.clock.advance(60_000);
    await backend.call('attendance.scan', { ...at(meetingId), text: token('dupont'), mode: 'out' });
    const stale = await backend.dispatch('attendance.undo', { undo: scanned.undo!, operator: 'M' });
    expect(stale).toMatchObject({ ok: false, error: { message: 'errors.undoCheckInChanged' } });
    expect(dayRows(backend)).toHaveLength(1);
  });

  it('checks out, and says so when someone leaves without having come in', async () => {
    const { backend, meetingId, token } = await setup();
    const out = { ...at(meetingId), mode: 'out' as const };
    expect(await backend.call('attendance.scan', { ...out, text: token('nunez') })).toMatchObject({
      outcome: 'not_checked_in',
    });
    await backend.call('attendance.scan', { ...at(meetingId), text: token('nunez') });
    backend.clock.set('2026-11-14T16:45:00Z');
    const left = await backend.call('attendance.scan', { ...out, text: token('nunez') });
    expect(left).toMatchObject({
      outcome: 'checked_out',
      checkedInAt: FIRST_MORNING,
      checkedOutAt: '2026-11-14T16:45:00.000Z',
    });
    await backend.call('attendance.undo', { undo: left.undo!, operator: 'Marie' });
    const person = await backend.call('attendance.person', {
      registrationId: left.card!.registrationId,
    });
    expect(person.days[0]).toMatchObject({ checkedInAt: FIRST_MORNING, checkedOutAt: null });
  });
});
