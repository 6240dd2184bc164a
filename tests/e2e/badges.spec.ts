import { test, expect } from './fixtures';
import { BadgesDialog } from './pages/badges-dialog';
import { ParticipantsPage } from './pages/participants-page';
import { FIRST_MORNING, seedDesk } from './desk-seed';
import { seed } from './people-seed';
import { readBadgeCodes } from '../backend/badge-readers';

test.use({ now: FIRST_MORNING });

test('badges for everyone coming are printed from the participants view, each QR code carrying its badge', async ({
  app: page,
  host,
}) => {
  const seeded = await seedDesk(host);
  const view = new ParticipantsPage(page);
  await view.open(host, seeded.meetingId);
  await page.getByRole('button', { name: 'Badges', exact: true }).click();
  const badges = new BadgesDialog(page);
  await expect(badges.dialog).toContainText('Everyone coming: registered or confirmed (5)');
  await expect(badges.dialog).toContainText('Labels in English and French');
  await badges.choose({ layout: /A4 sheet of 8/, fields: [/Dietary needs/] });
  await expect(badges.dialog).toContainText('flipping on the long edge');
  const file = await badges.make();
  expect(file.name).toBe('badges-specialists-group-lyon-a4x8.pdf');
  await expect(page.getByText(`${file.name}: 5 badges on 2 pages.`)).toBeVisible();
  const codes = readBadgeCodes(file.bytes, 'a4x8', { count: 5, withBacks: true });
  // By family name; John Smith declined and gets none.
  const order = ['berg', 'diop', 'dupont', 'nunez', 'okafor'] as const;
  expect(codes.front).toEqual(order.map((key) => seeded.badge(key)));
  expect(codes.back).toEqual(codes.front);
});

test('the selection and the filtered list print in the list’s order, leaving out who declined', async ({
  app: page,
  host,
}) => {
  const seeded = await seedDesk(host);
  const view = new ParticipantsPage(page);
  await view.open(host, seeded.meetingId);
  await view.filter(/^Country filter/, 'Spain', 'United States', 'Sweden');
  await page.getByRole('button', { name: 'Badges', exact: true }).click();
  const badges = new BadgesDialog(page);
  await badges.choose({ scope: /The 3 participants shown in the list/, layout: /A6 card/ });
  await expect(badges.dialog).toContainText('1 declined or cancelled participant is left out.');
  const shown = await badges.make();
  expect(readBadgeCodes(shown.bytes, 'a6', { count: 2, withBacks: false }).front).toEqual([
    seeded.badge('berg'),
    seeded.badge('nunez'),
  ]);

  await view.checkbox('Núñez, Ana').click();
  await page
    .getByRole('region', { name: 'Selected participants' })
    .getByRole('button', { name: 'Print badges' })
    .click();
  await expect(
    badges.dialog.getByRole('radio', { name: 'The selected participant' }),
  ).toBeChecked();
  const selected = await badges.make();
  expect(selected.name).toBe('badges-specialists-group-lyon-ana-nunez-a6.pdf');
  expect(readBadgeCodes(selected.bytes, 'a6', { count: 1, withBacks: false }).front).toEqual([
    seeded.badge('nunez'),
  ]);
});

test('a re-issued badge is printed at once from the person’s panel with a new code', async ({
  app: page,
  host,
}) => {
  const seeded = await seedDesk(host);
  const view = new ParticipantsPage(page);
  await view.open(host, seeded.meetingId);
  await view.row('Dupont, Jean').click();
  const panel = page.getByRole('dialog', { name: 'Dupont, Jean' });
  await panel.getByRole('button', { name: 'Re-issue badge' }).click();
  await page
    .getByRole('dialog', { name: 'Re-issue this badge?' })
    .getByRole('button', { name: 'Re-issue badge' })
    .click();
  const badges = new BadgesDialog(page);
  await expect(badges.dialog).toContainText('Badges for Dupont, Jean');
  await badges.choose({ layout: /A6 card/ });
  const file = await badges.make();
  const [code] = readBadgeCodes(file.bytes, 'a6', { count: 1, withBacks: false }).front;
  expect(code).toMatch(/^[cdefghjklnprstvx]{32}$/);
  expect(code).not.toBe(seeded.badge('dupont'));
  const [current] = await seed(host, 'attendance.badgeTokens', {
    meetingId: seeded.meetingId,
    registrationIds: [seeded.reg.dupont.id],
  });
  expect(code).toBe(current!.token.toLowerCase());
  await expect(panel.getByText(/^Badge printed/)).toBeVisible();
});

test.describe('a long run', () => {
  test('shows its progress and stops when asked, leaving no file', async ({ app: page, host }) => {
    await seed(host, 'demo.load', {});
    const lyon = (await seed(host, 'meetings.list', {})).find((m) => m.city === 'Lyon')!;
    let downloads = 0;
    page.on('download', () => downloads++);
    const view = new ParticipantsPage(page);
    await view.open(host, lyon.id);
    await page.getByRole('button', { name: 'Badges', exact: true }).click();
    const badges = new BadgesDialog(page);
    await badges.choose({ layout: /A6 card/, fields: [/Dietary needs/, /Accessibility needs/] });
    await badges.dialog.getByRole('button', { name: 'Make the PDF' }).click();
    await expect(badges.dialog.getByText(/Making badges: \d+ of 183/)).toBeVisible();
    await badges.dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByText('Badges stopped: no file was made.')).toBeVisible();
    await expect(badges.dialog.getByRole('button', { name: 'Make the PDF' })).toBeEnabled();
    expect(downloads).toBe(0);
  });
});

test.describe('in French', () => {
  test('the dialog and the file speak French', async ({ app: page, host }) => {
    await seed(host, 'settings.setLanguage', { language: 'fr' });
    const seeded = await seedDesk(host);
    const view = new ParticipantsPage(page);
    await view.open(host, seeded.meetingId);
    await page.getByRole('button', { name: 'Badges', exact: true }).click();
    const badges = new BadgesDialog(page);
    await expect(badges.dialog).toContainText('Tous ceux qui viennent : inscrits ou confirmés (5)');
    await expect(badges.dialog).toContainText('Libellés en anglais et français');
    await badges.choose({ layout: /Planche A4 de 4 badges/, fields: [/Fonction/] });
    const file = await badges.make();
    await expect(page.getByText(`${file.name} : 5 badges sur 2 pages.`)).toBeVisible();
  });
});
