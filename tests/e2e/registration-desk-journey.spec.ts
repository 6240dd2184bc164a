import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { HostHandle } from './fixtures';
import { BadgesDialog } from './pages/badges-dialog';
import { DeskPage } from './pages/desk-page';
import { ParticipantsPage } from './pages/participants-page';
import { seed } from './people-seed';
import { readBadgeCodes } from '../backend/badge-readers';

/** 07:45 in Lyon on meeting A's first day: staff have come, the doors open at eight. */
test.use({ now: '2026-11-14T06:45:00.000Z' });
const FIRST_DAY = '2026-11-14';
const WORKSHOPS_DAY = '2026-11-16';

/** Meeting A as the samples give it, loaded that morning: the early staff already checked in. */
async function meetingA(host: HostHandle) {
  await seed(host, 'demo.load', {});
  const meeting = (await seed(host, 'meetings.list', {})).find((m) => m.city === 'Lyon')!;
  const day = await seed(host, 'attendance.day', { meetingId: meeting.id, day: FIRST_DAY });
  const expected = day.rows.filter((r) => r.expected);
  const tokens = await seed(host, 'attendance.badgeTokens', { meetingId: meeting.id });
  const codeOf = new Map(tokens.map((t) => [t.registrationId, t.token.toLowerCase()]));
  return { meeting, expected, codeOf, tokens };
}

/** Prints everyone's badges from the participants view; returns what their QR codes hold. */
async function printBadges(page: Page, host: HostHandle, meetingId: number, count: number) {
  const view = new ParticipantsPage(page);
  await view.open(host, meetingId);
  await page.getByRole('button', { name: 'Badges', exact: true }).click();
  const badges = new BadgesDialog(page);
  await badges.choose({ layout: /A4 sheet of 8|Planche A4 de 8/, fields: [/Dietary|Régime/] });
  const file = await badges.make();
  const { front } = readBadgeCodes(file.bytes, 'a4x8', { count, withBacks: true });
  return front;
}

/** Does `act` at the desk and waits for its own answer, not the one still on screen. */
async function nextAnswer(desk: DeskPage, act: () => Promise<void>): Promise<string | null> {
  const shown = (await desk.answer.count()) > 0;
  const before = shown ? Number(await desk.answer.getAttribute('data-seq')) : null;
  await act();
  if (before === null) await expect(desk.answer).toBeVisible();
  else await expect(desk.answer).toHaveAttribute('data-seq', String(before + 1));
  return desk.answer.getAttribute('data-outcome');
}

/** Scans a code as a USB scanner does and waits for this scan's own answer. */
const scanAndAnswer = (desk: DeskPage, code: string) =>
  nextAnswer(desk, () => desk.scanAtScannerSpeed(code));

/** "Okafor, Ngozi" → "Ngozi Okafor": the name as a registrar types it. */
const spoken = (sortName: string) => sortName.split(', ').reverse().join(' ');
const familyOf = (sortName: string) => sortName.split(', ')[0]!;

/** True when typing `query` at the desk finds exactly one person of the meeting. */
async function findsOne(host: HostHandle, meetingId: number, query: string) {
  const found = await seed(host, 'attendance.find', {
    meetingId,
    day: FIRST_DAY,
    sessionId: null,
    query,
  });
  return found.total === 1;
}

test('a registrar prints meeting A’s badges, checks in the first morning, fixes a mistake, sees the day’s figures and ticks a workshop roster', async ({
  app: page,
  host,
}) => {
  // About 170 people come through the desk one by one: the one genuinely long test of the suite.
  test.setTimeout(8 * 60_000);
  const { meeting, expected, codeOf, tokens } = await meetingA(host);
  const alreadyIn = expected.filter((r) => r.checkedInAt);
  const toCome = expected.filter((r) => !r.checkedInAt);
  expect(alreadyIn.length).toBeGreaterThan(0);
  expect(toCome.length).toBeGreaterThan(150);

  // The badges, printed from the participants view: every code reads back as a badge of the meeting.
  const printed = await printBadges(page, host, meeting.id, tokens.length);
  expect(printed.toSorted()).toEqual([...codeOf.values()].sort());

  // The desk, from the meeting's attendance view.
  await page.getByRole('link', { name: 'Attendance' }).click();
  await page.getByRole('link', { name: 'Open the check-in desk' }).click();
  const desk = new DeskPage(page);
  await expect(desk.field).toBeFocused();
  await expect(desk.counter).toHaveText(`${alreadyIn.length} / ${expected.length}`);

  // Two people of one family arrive together; the registrar types the name and takes the wrong one.
  const byFamily = new Map<string, typeof toCome>();
  for (const r of toCome)
    byFamily.set(familyOf(r.name), [...(byFamily.get(familyOf(r.name)) ?? []), r]);
  const [family, pair] = [...byFamily].find(([, rows]) => rows.length >= 2)!;
  const [wrong, right] = pair.toSorted((a, b) => a.name.localeCompare(b.name));
  await page.keyboard.type(family);
  await expect(desk.matches.getByRole('option').first()).toContainText(wrong!.name);
  await page.keyboard.press('Enter');
  await desk.expectAnswer('Checked in', 'success');
  // The mistake is undone at once, and the right person chosen with the arrows.
  await page.keyboard.press('Control+z');
  await expect(desk.answer).toBeHidden();
  await page.keyboard.type(family);
  const rightOption = desk.matches.getByRole('option', { name: new RegExp(right!.name) });
  await expect(rightOption).toBeVisible();
  while ((await rightOption.getAttribute('aria-selected')) !== 'true')
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer).toContainText(spoken(right!.name));
  const wrongLog = await seed(host, 'attendance.person', { registrationId: wrong!.registrationId });
  expect(wrongLog.history.slice(0, 2).map((h) => h.action)).toEqual(['undo', 'check_in']);

  // A few forgot their badge: three letters and more of their name, then Enter on the one found.
  const forgot: typeof toCome = [];
  for (const person of toCome.filter((r) => !pair.includes(r))) {
    if (forgot.length === 3) break;
    if (await findsOne(host, meeting.id, spoken(person.name))) forgot.push(person);
  }
  for (const person of forgot) {
    await page.keyboard.type(spoken(person.name));
    await expect(desk.matches.getByRole('option')).toHaveCount(1);
    // The previous person's "Checked in" is still on screen: wait for this one's own answer.
    await nextAnswer(desk, () => page.keyboard.press('Enter'));
    await desk.expectAnswer('Checked in', 'success');
  }

  // Everyone else shows the badge just printed: one scan each.
  const typed = new Set([right!, ...forgot].map((r) => r.registrationId));
  const outcomes = new Map<string, number>();
  for (const person of toCome.filter((r) => !typed.has(r.registrationId))) {
    const outcome = (await scanAndAnswer(desk, codeOf.get(person.registrationId)!)) ?? 'none';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  expect([...outcomes.keys()]).toEqual(['checked_in']);
  await expect(desk.counter).toHaveText(`${expected.length} / ${expected.length}`);
  // An early arrival's badge scanned again: already in, nothing recorded twice.
  expect(await scanAndAnswer(desk, codeOf.get(alreadyIn[0]!.registrationId)!)).toBe('already');

  // The day's figures: everyone expected has come.
  await page.goto(`${host.origin}/#/meetings/${meeting.id}/attendance`);
  await expect(
    page.getByText(
      `Saturday 14 November: ${expected.length} of ${expected.length} expected have come`,
    ),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Not yet come (0)' })).toBeVisible();

  // Two days later, the regional workshops: the Africa workshop's roster is ticked.
  host.advanceClock(2 * 24 * 3_600_000 + 6 * 3_600_000);
  await page.reload();
  await expect(page.getByText(/^Monday 16 November:/)).toBeVisible();
  const title = 'Regional workshop: Africa';
  await page.getByRole('link', { name: `Roster of ${title}` }).click();
  const roster = page.getByRole('table', { name: `Roster of ${title}` });
  const { sessions } = await seed(host, 'attendance.day', {
    meetingId: meeting.id,
    day: WORKSHOPS_DAY,
  });
  const africa = sessions.find((s) => s.title === title)!;
  const workshop = await seed(host, 'attendance.roster', { sessionId: africa.id });
  const meantFor = workshop.rows.filter((r) => r.audience === 'expected');
  const attendees = meantFor.slice(0, 3);
  for (const person of attendees) {
    await roster.getByRole('checkbox', { name: person.name, exact: true }).check();
    await expect(page.getByText(`${person.name} ticked present.`)).toBeVisible();
  }
  await expect(page.getByText(`3 ticked · ${meantFor.length} expected`)).toBeVisible();
});

test.describe('in French', () => {
  test('the same morning at a French desk: badges, scans, a typed name, the figures', async ({
    app: page,
    host,
  }) => {
    // Printing and reading back 183 badges takes a while on its own.
    test.setTimeout(4 * 60_000);
    await seed(host, 'settings.setLanguage', { language: 'fr' });
    const { meeting, expected, codeOf, tokens } = await meetingA(host);
    const printed = await printBadges(page, host, meeting.id, tokens.length);
    expect(printed).toHaveLength(tokens.length);
    await page.getByRole('link', { name: 'Présence' }).click();
    await page.getByRole('link', { name: 'Ouvrir l’accueil' }).click();
    const desk = new DeskPage(page);
    await expect(desk.field).toBeFocused();
    const toCome = expected.filter((r) => !r.checkedInAt);
    for (const person of toCome.slice(0, 3)) {
      expect(await scanAndAnswer(desk, codeOf.get(person.registrationId)!)).toBe('checked_in');
      await desk.expectAnswer('Enregistré', 'success');
    }
    let typed = toCome[3]!;
    for (const person of toCome.slice(3))
      if (await findsOne(host, meeting.id, spoken(person.name))) {
        typed = person;
        break;
      }
    await page.keyboard.type(spoken(typed.name));
    await expect(desk.matches.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await desk.expectAnswer('Enregistré', 'success');
    const came = expected.length - toCome.length + 4;
    await expect(desk.counter).toHaveText(`${came} / ${expected.length}`);
    await page.goto(`${host.origin}/#/meetings/${meeting.id}/attendance`);
    await expect(
      page.getByText(`samedi 14 novembre : ${came} des ${expected.length} attendus sont venus`),
    ).toBeVisible();
    await expect(
      page.getByRole('tab', { name: `Pas encore venus (${expected.length - came})` }),
    ).toBeVisible();
  });
});
