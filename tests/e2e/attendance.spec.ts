import fs from 'node:fs';
import { test, expect } from './fixtures';
import { DeskPage } from './pages/desk-page';
import { FIRST_DAY, FIRST_MORNING, seedDesk } from './desk-seed';
import { seed } from './people-seed';

test.use({ now: FIRST_MORNING });

/** Checks these people in on the first morning, as the desk would. */
async function checkIn(host: Parameters<typeof seedDesk>[0], meetingId: number, ids: number[]) {
  for (const registrationId of ids)
    await seed(host, 'attendance.checkIn', {
      meetingId,
      day: FIRST_DAY,
      registrationId,
      operator: 'Marie',
    });
}

test("today's view shows who came and who has not, with contacts, and exports the missing", async ({
  page,
  host,
}) => {
  const seeded = await seedDesk(host);
  await checkIn(host, seeded.meetingId, [seeded.reg.nunez.id, seeded.reg.diop.id]);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/attendance`);
  await expect(page.getByText('Saturday 14 November: 2 of 5 expected have come')).toBeVisible();

  await expect(page.getByRole('tab', { name: 'Not yet come (3)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Grouped by country: Sweden, France, Nigeria each miss one person; their contacts are there.
  const nigeria = page.getByRole('table', { name: 'Nigeria' });
  await expect(nigeria.getByRole('row', { name: /Okafor, Ngozi/ })).toContainText(
    'okafor@example.org',
  );
  await expect(nigeria.getByRole('row', { name: /Okafor, Ngozi/ })).toContainText(
    '+33 4 72 44 70 00',
  );
  await page.getByRole('radiogroup', { name: 'Group by' }).getByText('Organisation').click();
  await expect(page.getByRole('table', { name: 'Child Safety NGO' })).toBeVisible();
  await page.getByRole('tab', { name: 'Came (2)' }).click();
  await expect(page.getByRole('table', { name: 'Policía Nacional' })).toContainText('08:30');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the people not yet come as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('not-arrived-2026-11-14-specialists-group-lyon.csv');
  const text = fs.readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('Okafor, Ngozi');
  expect(text).toContain('Dupont, Jean');
  expect(text).not.toContain('Núñez');
});

test('a workshop roster is ticked, and its door scans people in', async ({ page, host }) => {
  const seeded = await seedDesk(host);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/attendance`);
  await page.getByRole('link', { name: 'Roster of Regional workshop — Africa' }).click();
  await expect(page.getByRole('heading', { name: 'Regional workshop — Africa' })).toBeVisible();
  const roster = page.getByRole('table', { name: 'Roster of Regional workshop — Africa' });
  // The Africa region's participants are expected.
  await expect(roster.getByRole('checkbox')).toHaveCount(2);
  await roster.getByRole('checkbox', { name: 'Okafor, Ngozi' }).check();
  await expect(page.getByText('Okafor, Ngozi ticked present.')).toBeVisible();
  await expect(page.getByText('1 ticked · 2 expected')).toBeVisible();
  // Someone of another region is added from the search.
  await page.getByRole('textbox', { name: 'Add someone not on the roster' }).fill('dupont');
  await page.getByRole('option', { name: /Dupont, Jean/ }).click();
  await expect(roster.getByRole('checkbox', { name: 'Dupont, Jean' })).toBeChecked();
  await expect(roster.getByRole('row', { name: /Dupont, Jean/ })).toContainText('Other region');
  // A mistake is unticked; the change is kept with who made it.
  await roster.getByRole('checkbox', { name: 'Dupont, Jean' }).uncheck();
  await expect(page.getByText('Dupont, Jean no longer ticked.')).toBeVisible();
  const dupont = await seed(host, 'attendance.person', { registrationId: seeded.reg.dupont.id });
  expect(dupont.history.slice(0, 2).map((h) => [h.action, h.sessionTitle])).toEqual([
    ['correct', 'Regional workshop — Africa'],
    ['correct', 'Regional workshop — Africa'],
  ]);

  // The restricted case study's door turns away someone outside law enforcement.
  const desk = new DeskPage(page);
  await desk.open(host.origin, seeded.meetingId, seeded.caseStudyId);
  await expect(
    page.getByRole('heading', { name: 'At the door: Case study: travelling offenders' }),
  ).toBeVisible();
  await page.keyboard.type('okafor');
  await expect(desk.matches.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await desk.expectAnswer('Restricted session', 'refusal');
  await desk.scan(seeded.badge('nunez'));
  await desk.expectAnswer('Checked in', 'success');
  await expect(desk.counter).toHaveText('1 / 4');
});

test("the participants view filters who is present today, and a person's panel corrects a day", async ({
  page,
  host,
}) => {
  const seeded = await seedDesk(host);
  await checkIn(host, seeded.meetingId, [seeded.reg.diop.id, seeded.reg.berg.id]);
  await page.goto(`${host.url}#/meetings/${seeded.meetingId}/participants`);
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('row')).toHaveCount(7);
  await page.getByRole('button', { name: 'Today filter' }).click();
  await page.getByRole('option', { name: /Present today/ }).click();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('row')).toHaveCount(3);
  await expect(grid).toContainText('Berg, Lena');
  await page.getByRole('button', { name: 'Today filter: 1 chosen' }).click();
  await page.getByRole('option', { name: /Present today/ }).click();
  await page.getByRole('option', { name: /Not yet arrived/ }).click();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('row')).toHaveCount(4);
  await expect(grid).toContainText('Okafor, Ngozi');
  await expect(grid).not.toContainText('Smith, John');

  // Dupont came at 09:10 without passing the desk: the registrar corrects his first day.
  await grid.getByRole('row', { name: /Dupont, Jean/ }).click();
  const panel = page.getByRole('dialog', { name: 'Dupont, Jean' });
  const days = panel.getByRole('region', { name: 'Attendance' });
  await expect(days.getByTestId('attendance-day').first()).toContainText('not come');
  await days.getByRole('button', { name: 'Correct Saturday 14 November' }).click();
  await page.getByRole('checkbox', { name: 'Present on Saturday 14 November' }).check();
  await page.getByRole('textbox', { name: 'Time in' }).fill('9h10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Write a time as hours and minutes, such as 09:30.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Time in' }).fill('09:10');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(days.getByTestId('attendance-day').first()).toContainText('in 09:10');
  // Its badge was issued before; the correction comes on top.
  await days.getByRole('button', { name: '2 changes' }).click();
  await expect(days.getByRole('list', { name: 'Changes' })).toContainText(
    'Corrected · Saturday 14 November · correction · — → 09:10',
  );
  // Now present, he leaves the "not yet arrived" list.
  await page.keyboard.press('Escape');
  await expect(grid).not.toContainText('Dupont, Jean');
});

test.describe('in French', () => {
  test('the desk answers in French', async ({ page, host }) => {
    const seeded = await seedDesk(host);
    await seed(host, 'settings.setLanguage', { language: 'fr' });
    const desk = new DeskPage(page);
    await page.goto(host.url);
    await desk.open(host.origin, seeded.meetingId);
    await expect(page.getByRole('heading', { name: 'Accueil' })).toBeVisible();
    await expect(page.getByTestId('desk-day')).toHaveText(
      'Enregistrement pour le samedi 14 novembre (aujourd’hui)',
    );
    await desk.scan(seeded.badge('diop'));
    await desk.expectAnswer('Enregistré', 'success');
    await expect(desk.answer).toContainText('à 08:30');
    await expect(desk.answer).toContainText('Régime : Halal');
    await desk.scan(seeded.otherMeetingBadge);
    await desk.expectAnswer('Pas inscrit à cette réunion', 'refusal');
    await desk.scan('xyz-123-not-a-badge-at-all');
    await desk.expectAnswer('Lecture illisible', 'refusal');
  });
});
