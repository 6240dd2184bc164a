import { test, expect, type HostHandle } from './fixtures';
import { MeetingsPage } from './pages/meetings-page';
import { PeopleDirectoryPage } from './pages/people-directory-page';
import { CountriesPage } from './pages/countries-page';
import { OrganisationsPage } from './pages/organisations-page';
import { ParticipantsPage } from './pages/participants-page';

const valid = { title: 'Regional Working Group', start: '2026-09-22', end: '2026-09-24' };

async function meetings(host: HostHandle) {
  const reply = await host.backend.dispatch('meetings.list', {});
  return reply.ok ? (reply.value as { title: string; description: string }[]) : [];
}

test.describe('clean text at the door', () => {
  test('a pasted invisible control character is refused next to the field, in English and French', async ({
    app,
    host,
  }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    // As copied from a PDF or a terminal: a bell character hides inside the title.
    await form.fillBasics({ ...valid, title: 'Working\u0007 group' });
    await form.submit();
    await expect(form.title).toHaveAccessibleDescription(
      'Remove the invisible control character U+0007 (character 8): it cannot be kept in this text.',
    );
    expect(await meetings(host)).toEqual([]);

    await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
    await expect(form.title).toHaveAccessibleDescription(
      'Supprimez le caractère de contrôle invisible U+0007 (caractère 8) : il ne peut pas être conservé dans ce texte.',
    );

    await form.title.fill('Working group');
    await form.submit();
    await expect(app.getByRole('heading', { name: 'Working group' })).toBeVisible();
    expect((await meetings(host)).map((m) => m.title)).toEqual(['Working group']);
  });

  test('a description keeps its line breaks and tabs', async ({ app, host }) => {
    const form = new MeetingsPage(app);
    await form.openNew();
    await form.fillBasics(valid);
    await app
      .getByRole('textbox', { name: /^Description/ })
      .fill('Day 1:\tplenary\nDay 2:\tworkshops');
    await form.submit();
    await expect(app.getByRole('heading', { name: valid.title })).toBeVisible();
    expect((await meetings(host))[0]?.description).toBe('Day 1:\tplenary\nDay 2:\tworkshops');
  });

  test('every search box takes any text as text: operators, quotes, SQL and controls find nothing and fail nothing', async ({
    app,
    host,
  }) => {
    const loaded = await host.backend.dispatch('demo.load', {});
    if (!loaded.ok) throw new Error('the sample meetings did not load');
    const { meetingIds } = loaded.value as { meetingIds: number[] };
    const hostile = ['"*(NEAR ^', "' OR 1=1 --", '%_\\', 'a\u0007b\u0000c', '<img src=x>'];
    const boxes = [
      async () => {
        await app.goto(`${host.origin}/#/meetings`);
        return new MeetingsPage(app).search;
      },
      async () => {
        const page = new PeopleDirectoryPage(app);
        await page.open();
        return page.search;
      },
      async () => {
        const page = new CountriesPage(app);
        await page.open();
        return page.search;
      },
      async () => {
        const page = new OrganisationsPage(app);
        await page.open();
        return page.search;
      },
      async () => {
        const page = new ParticipantsPage(app);
        await page.open(host, meetingIds[0]!);
        return page.search;
      },
    ];
    for (const open of boxes) {
      const search = await open();
      for (const text of hostile) {
        await search.fill(text);
        await expect(app.getByText(/Something went wrong|need attention/)).toHaveCount(0);
      }
      // The same box still finds what it should once the text is plain again.
      await search.fill('');
    }
  });
});
