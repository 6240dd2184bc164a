import { test, expect } from './fixtures';
import { DeskPage } from './pages/desk-page';
import { FIRST_MORNING, seedDesk } from './desk-seed';
import { seed } from './people-seed';

test.use({ now: FIRST_MORNING });

/** The rising tone of "checked in", the level one of "nothing to do", the low buzz of "stop". */
const SUCCESS = [880, 1320];
const NOTICE = [660, 660];
const REFUSAL = [196];

test('a registrar checks people in by scanner and by typed name, with colour, word and sound', async ({
  page,
  host,
}) => {
  const seeded = await seedDesk(host);
  await DeskPage.listenForTones(page);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Specialists Group — Lyon' }).click();
  await page.getByRole('link', { name: 'Attendance' }).click();
  await page.getByRole('link', { name: 'Open the check-in desk' }).click();
  const desk = new DeskPage(page);

  // The desk takes the whole window, says which day it checks in for, and its field has the focus.
  await expect(page.getByRole('heading', { name: 'Check-in desk' })).toBeVisible();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('desk-day')).toHaveText(
    'Checking in for Saturday 14 November (today)',
  );
  await expect(desk.field).toBeFocused();
  await expect(desk.counter).toHaveText('0 / 5');

  // The scanner types the badge's code and Enter: checked in at once.
  await desk.scan(seeded.badge('diop'));
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer).toContainText('at 08:30');
  const card = desk.answer.getByRole('region', { name: 'Awa Diop’s card' });
  await expect(card).toContainText('Policía Nacional · Senegal · Delegate');
  await expect(card).toContainText('Dietary: Halal');
  await expect(card).toContainText('Visa-support letter requested');
  await expect(desk.counter).toHaveText('1 / 5');
  await expect(page.getByRole('table', { name: 'By region' })).toContainText('Africa1 / 2');
  await expect.poll(() => desk.tones()).toEqual(SUCCESS);
  await expect(desk.field).toBeFocused();
  await expect(desk.field).toHaveValue('');

  // Three letters of a name, accents ignored; the arrows and Enter check in, the badge is handed over.
  await page.keyboard.type('nun');
  await expect(desk.matches.getByRole('option')).toHaveText([/Núñez, Ana/]);
  await page.keyboard.press('Enter');
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer.getByRole('region', { name: 'Ana Núñez’s card' })).toContainText(
    'Badge to hand over',
  );

  // A country finds its people; the arrows choose among them.
  await page.keyboard.type('senegal');
  await expect(desk.matches.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(desk.field).toHaveValue('');
  await page.keyboard.type('policia');
  await expect(desk.matches.getByRole('option')).toHaveCount(5);
  await expect(desk.matches.getByRole('option', { name: /Diop, Awa/ })).toContainText(
    'in since 08:30',
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(desk.matches.getByRole('option', { selected: true })).toContainText('Dupont');
  await page.keyboard.press('Enter');
  await expect(desk.answer.getByRole('region', { name: 'Jean Dupont’s card' })).toBeVisible();
  await expect(desk.counter).toHaveText('3 / 5');

  // The same badge read twice in a row: one check-in, the same green answer.
  await desk.scan(seeded.badge('berg'));
  await desk.scanAtScannerSpeed(seeded.badge('berg'));
  await expect(desk.answer).toContainText('read twice: recorded once');
  await desk.expectAnswer('Checked in', 'success');
  const rows = host.backend.db
    .prepare('SELECT count(*) AS n FROM attendance_day WHERE registration_id = ?')
    .get(seeded.reg.berg.id);
  expect(rows).toEqual({ n: 1 });
  await expect(desk.counter).toHaveText('4 / 5');

  // Later that morning the badge is scanned again: already in, since when.
  host.advanceClock(20 * 60_000);
  await desk.scan(seeded.badge('diop'));
  await desk.expectAnswer('Already checked in today', 'notice');
  await expect(desk.answer).toContainText('since 08:30');
  await expect.poll(async () => (await desk.tones()).slice(-2)).toEqual(NOTICE);
  await expect(desk.counter).toHaveText('4 / 5');
});

test('a wrong check-in is undone, by the button or Ctrl+Z', async ({ page, host }) => {
  const seeded = await seedDesk(host);
  const desk = new DeskPage(page);
  await page.goto(host.url);
  await desk.open(host.origin, seeded.meetingId);
  await desk.scan(seeded.badge('okafor'));
  await expect(desk.counter).toHaveText('1 / 5');
  await page.getByRole('button', { name: 'Undo check-in of Ngozi Okafor' }).click();
  await expect(desk.answer).toBeHidden();
  await expect(desk.counter).toHaveText('0 / 5');
  await expect(desk.field).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo last check-in' })).toBeDisabled();

  await desk.scan(seeded.badge('dupont'));
  await expect(desk.counter).toHaveText('1 / 5');
  await page.keyboard.press('Control+z');
  await expect(desk.counter).toHaveText('0 / 5');
  const log = await seed(host, 'attendance.person', { registrationId: seeded.reg.dupont.id });
  expect(log.history.map((h) => h.action)).toEqual(['undo', 'check_in', 'badge_issued']);

  // A click elsewhere (here, the language) never swallows the next scan: it lands in the field.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await desk.scan(seeded.badge('dupont'));
  await desk.expectAnswer('Enregistré', 'success');
  await expect(desk.field).toHaveValue('');
});

test('bad scans are refused with a clear answer and nothing recorded', async ({ page, host }) => {
  const seeded = await seedDesk(host);
  await DeskPage.listenForTones(page);
  const desk = new DeskPage(page);
  await page.goto(host.url);
  await desk.open(host.origin, seeded.meetingId);

  // Another meeting's badge: named, and its holder, registered here too, offered for Enter.
  await desk.scan(seeded.otherMeetingBadge);
  await desk.expectAnswer('Not registered for this meeting', 'refusal');
  await expect(desk.answer).toContainText('This badge is for “Working Group — Cotonou”');
  await expect(desk.matches.getByRole('option', { selected: true })).toContainText('Núñez, Ana');
  await expect.poll(() => desk.tones()).toEqual(REFUSAL);

  // A re-issued badge.
  const old = seeded.badge('dupont');
  await seed(host, 'attendance.reissueBadge', {
    registrationId: seeded.reg.dupont.id,
    operator: 'Marie',
  });
  await desk.scan(old);
  await desk.expectAnswer('Re-issued badge', 'refusal');
  await expect(desk.answer).toContainText('This badge was replaced on 14 Nov 2026, 08:30');

  // A declined participant.
  await desk.scan(seeded.badge('smith'));
  await desk.expectAnswer('Cancelled or declined', 'refusal');

  // Scanner garbage: another system's code, and a code cut short.
  await desk.scan('https://tickets.example.org/e/88213?c=AB12');
  await desk.expectAnswer('Unreadable scan', 'refusal');
  await expect(desk.answer).toContainText('not one of this meeting’s badges');
  await desk.scan(seeded.badge('diop').slice(0, 20));
  await desk.expectAnswer('Unreadable scan', 'refusal');

  // A well-formed code no badge carries.
  await desk.scan('cdefghjklnprstvxcdefghjklnprstvx');
  await desk.expectAnswer('Unknown badge', 'refusal');

  await expect(desk.counter).toHaveText('0 / 5');
  expect(host.backend.db.prepare('SELECT count(*) AS n FROM attendance_day').get()).toEqual({
    n: 0,
  });

  // Typed, found, and checked in after all.
  await page.keyboard.type('nunez');
  await expect(desk.matches.getByRole('option', { selected: true })).toContainText('Núñez, Ana');
  await page.keyboard.press('Enter');
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.counter).toHaveText('1 / 5');
});

test('a scanner on a Russian keyboard layout or with Caps Lock still checks people in', async ({
  page,
  host,
}) => {
  const seeded = await seedDesk(host);
  const desk = new DeskPage(page);
  await page.goto(host.url);
  await desk.open(host.origin, seeded.meetingId);
  // The same keys on a Russian layout: с for C, в for D, у for E…
  const russian = Object.fromEntries(
    [...'cdefghjklnprstvx'].map((k, i) => [k, 'свуапролдтзкыемч'[i]!]),
  );
  await desk.scan([...seeded.badge('dupont')].map((c) => russian[c]).join(''));
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer).toContainText('Read through a Russian keyboard layout.');
  await desk.scan(seeded.badge('diop').toUpperCase());
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.answer.getByRole('region', { name: 'Awa Diop’s card' })).toBeVisible();
});

test.describe('on a day the meeting is not on', () => {
  test.use({ now: '2026-12-01T09:00:00.000Z' });

  test('the registrar chooses the day, which stays clearly shown', async ({ page, host }) => {
    const seeded = await seedDesk(host);
    const desk = new DeskPage(page);
    await page.goto(host.url);
    await desk.open(host.origin, seeded.meetingId);
    await expect(
      page.getByText('Today, 1 December 2026, is not a day of this meeting.'),
    ).toBeVisible();
    await desk.scan(seeded.badge('diop'));
    await desk.expectAnswer('Choose the day first', 'notice');
    await expect(desk.answer.getByRole('region', { name: 'Awa Diop’s card' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Day' }).click();
    await page.getByRole('option', { name: 'Saturday 14 November' }).click();
    await expect(page.getByTestId('desk-day')).toHaveText(
      'Checking in for Saturday 14 November, not today',
    );
    await expect(desk.field).toBeFocused();
    await desk.scan(seeded.badge('diop'));
    await desk.expectAnswer('Checked in', 'success');
    await expect(desk.counter).toHaveText('1 / 5');
  });
});
