import { test, expect, type HostHandle } from './fixtures';
import { seed } from './people-seed';
import { MeetingsPage } from './pages/meetings-page';

const PROGRAMME = 'West Africa and Sahel Anti-Trafficking Programme — Launch Conference';
const COTONOU = 'Regional Working Group on Human Trafficking';
const LYON = 'Specialists Group on Crimes against Children';
const ABIDJAN = 'Équipe commune d’enquête — réunion de coordination';

/** Four meetings in four countries, one part of another, with lists of different sizes. */
async function seedMeetings(host: HostHandle) {
  const meeting = (fields: Partial<Parameters<typeof seed<'meetings.create'>>[2]>) =>
    seed(host, 'meetings.create', {
      title: '',
      kind: 'working_group',
      startDate: '',
      endDate: '',
      timeZone: 'Africa/Dakar',
      ...fields,
    });
  const programme = await meeting({
    title: PROGRAMME,
    kind: 'conference',
    venue: 'King Fahd Palace',
    city: 'Dakar',
    countryCode: 'SN',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
  });
  const cotonou = await meeting({
    title: COTONOU,
    city: 'Cotonou',
    countryCode: 'BJ',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    parentId: programme.id,
  });
  const lyon = await meeting({
    title: LYON,
    kind: 'specialists_group',
    venue: 'General Secretariat',
    city: 'Lyon',
    countryCode: 'FR',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
  });
  await meeting({
    title: ABIDJAN,
    city: 'Abidjan',
    countryCode: 'CI',
    startDate: '2027-02-02',
    endDate: '2027-02-03',
  });
  const register = (meetingId: number, familyNames: string, status: 'confirmed' | 'invited') =>
    seed(host, 'registrations.create', {
      meetingId,
      person: { givenNames: 'Awa', familyNames, countryCode: 'SN' },
      registration: { status },
    });
  for (const name of ['Diop', 'Sow', 'Fall', 'Ba']) await register(lyon.id, name, 'confirmed');
  for (const name of ['Ndiaye', 'Gueye']) await register(lyon.id, name, 'invited');
  for (const name of ['Kane', 'Sarr']) await register(cotonou.id, name, 'invited');
}

test('each meeting shows its dates, place, participants and parent', async ({ app, host }) => {
  await seedMeetings(host);
  const meetings = new MeetingsPage(app);
  await app.reload();
  await expect(app.getByText('4 meetings')).toBeVisible();

  const lyon = meetings.row(LYON);
  await expect(lyon).toContainText('14–17 November 2026');
  await expect(lyon).toContainText('Lyon, France');
  await expect(lyon).toContainText('General Secretariat');
  await expect(lyon).toContainText('4 expected');
  await expect(lyon).toContainText('of 6 on the list');
  // Nobody expected yet reads as such, not "0 expected".
  const cotonou = meetings.row(COTONOU);
  await expect(cotonou).toContainText('2 invited, none registered or confirmed yet');
  await expect(cotonou.getByRole('rowheader')).toContainText(`Part of ${PROGRAMME}`);
  await expect(meetings.row(PROGRAMME)).toContainText('No participants yet');
  await expect(meetings.row(PROGRAMME)).toContainText('Dakar, Senegal');

  // The parent's name is a link to it.
  await cotonou.getByRole('link', { name: PROGRAMME }).click();
  await expect(app.getByRole('heading', { name: PROGRAMME, level: 2 })).toBeVisible();
});

test('the list is searched by title, city or country the way people type', async ({
  app,
  host,
}) => {
  await seedMeetings(host);
  const meetings = new MeetingsPage(app);
  await app.reload();
  await expect(meetings.titleCells).toHaveCount(4);

  // The country, typed with a straight apostrophe and no accent, in either language's name.
  await meetings.search.fill("cote d'ivoire");
  await expect(meetings.titleCells).toHaveText([new RegExp(`^${ABIDJAN}`)]);
  await expect(app.getByText('1 of 4 meetings matches')).toBeVisible();
  await meetings.search.fill('Ivory Coast');
  await expect(meetings.titleCells).toHaveText([new RegExp(`^${ABIDJAN}`)]);
  // A title word without its accent, a city in capitals, several words in any order.
  await meetings.search.fill('equipe');
  await expect(meetings.titleCells).toHaveText([new RegExp(`^${ABIDJAN}`)]);
  await meetings.search.fill('COTONOU');
  await expect(meetings.titleCells).toHaveText([new RegExp(`^${COTONOU}`)]);
  await meetings.search.fill('trafficking sénégal');
  await expect(meetings.titleCells).toHaveText([new RegExp(`^${PROGRAMME}`)]);
  // Results narrow as one types, never dropping to nothing on a prefix.
  for (const typed of ['l', 'ly', 'lyo', 'lyon'])
    await meetings.search
      .fill(typed)
      .then(() => expect(meetings.titleCells.filter({ hasText: LYON })).toHaveCount(1));

  await meetings.search.fill('Kinshasa');
  await expect(app.getByRole('heading', { name: 'No meeting matches “Kinshasa”' })).toBeVisible();
  await expect(meetings.list).toBeHidden();
  await app.getByRole('button', { name: 'Clear the search' }).last().click();
  await expect(meetings.titleCells).toHaveCount(4);
  await expect(app.getByText('4 meetings')).toBeVisible();

  // Escape empties the box too.
  await meetings.search.fill('dakar');
  await expect(meetings.titleCells).toHaveCount(1);
  await meetings.search.press('Escape');
  await expect(meetings.search).toHaveValue('');
  await expect(meetings.titleCells).toHaveCount(4);
});

test('the list is sorted by first day, title or participants, and keeps its order', async ({
  app,
  host,
}) => {
  await seedMeetings(host);
  const meetings = new MeetingsPage(app);
  await app.reload();
  const order = (...titles: string[]) =>
    expect(meetings.titleCells).toHaveText(titles.map((title) => new RegExp(`^${title}`)));

  // Latest first by default.
  await order(ABIDJAN, LYON, COTONOU, PROGRAMME);
  await expect(meetings.sortHeader('Dates')).toHaveAttribute('aria-sort', 'descending');

  // By title, A to Z with "Équipe" among the E's, then Z to A.
  await meetings.sortBy('Title');
  await expect(meetings.sortHeader('Title')).toHaveAttribute('aria-sort', 'ascending');
  await expect(meetings.sortHeader('Dates')).not.toHaveAttribute('aria-sort');
  await order(ABIDJAN, COTONOU, LYON, PROGRAMME);
  await meetings.sortBy('Title');
  await order(PROGRAMME, LYON, COTONOU, ABIDJAN);

  // By participants: the most expected first, then the longest list.
  await meetings.sortBy('Participants');
  await expect(meetings.sortHeader('Participants')).toHaveAttribute('aria-sort', 'descending');
  await order(LYON, COTONOU, ABIDJAN, PROGRAMME);

  // From the keyboard: the header is a button, Enter sorts.
  await meetings.sortHeader('Dates').getByRole('button').focus();
  await app.keyboard.press('Enter');
  await expect(meetings.sortHeader('Dates')).toHaveAttribute('aria-sort', 'descending');
  await app.keyboard.press('Enter');
  await order(PROGRAMME, COTONOU, LYON, ABIDJAN);

  // Sorting a search keeps the search; leaving and coming back keeps both.
  await meetings.search.fill('group');
  await order(COTONOU, LYON);
  await meetings.row(LYON).getByRole('link', { name: LYON }).click();
  await expect(app.getByRole('heading', { name: LYON, level: 2 })).toBeVisible();
  await app.goBack();
  await expect(meetings.search).toHaveValue('group');
  await order(COTONOU, LYON);
  await expect(meetings.sortHeader('Dates')).toHaveAttribute('aria-sort', 'ascending');
});
