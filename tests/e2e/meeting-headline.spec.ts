import type { Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures';
import { seed } from './people-seed';
import { ParticipantsPage, seedMeeting } from './pages/participants-page';

/** The meeting page's headline and the participants view's, for one meeting. */
async function headlines(app: Page, host: HostHandle, id: number) {
  await app.goto(`${host.origin}/#/meetings/${id}`);
  const overview = app.getByTestId('meeting-headline');
  const view = new ParticipantsPage(app);
  return { overview, view };
}

test('the headline says exactly what it counts, the same on the meeting page and the list', async ({
  app,
  host,
}) => {
  const id = await seedMeeting(host);
  const { overview, view } = await headlines(app, host, id);
  // Four of the eight seeded people are registered or confirmed, from Spain, France and Senegal.
  const text = '4 expected (registered or confirmed) from 3 countries';
  await expect(overview).toHaveText(text);
  // The status badges under it add up to it.
  await expect(app.getByText('Registered · 2')).toBeVisible();
  await expect(app.getByText('Confirmed · 2')).toBeVisible();
  await view.open(host, id);
  await expect(view.headline).toHaveText(text);

  // The same in French, with its plural forms.
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await expect(view.headline).toHaveText('4 attendus (inscrits ou confirmés) venant de 3 pays');
  await app.goto(`${host.origin}/#/meetings/${id}`);
  await expect(overview).toHaveText('4 attendus (inscrits ou confirmés) venant de 3 pays');
});

test('a meeting where everyone is still invited does not read "0 from 0"', async ({
  app,
  host,
}) => {
  const id = await seedMeeting(host, false);
  const people = ['Ndiaye', 'Traoré', 'Diallo', 'Koné', 'Camara', 'Touré'];
  const rows = [];
  for (const [i, familyNames] of people.entries())
    rows.push(
      await seed(host, 'registrations.create', {
        meetingId: id,
        person: { givenNames: 'Awa', familyNames, countryCode: i % 2 ? 'ML' : 'SN' },
        registration: { status: 'invited' },
      }),
    );
  const { overview, view } = await headlines(app, host, id);
  await expect(overview).toHaveText('6 invited, none registered or confirmed yet');
  await view.open(host, id);
  await expect(view.headline).toHaveText('6 invited, none registered or confirmed yet');

  // One declines: every status present is named.
  await seed(host, 'registrations.update', {
    id: rows[0]!.id,
    registration: { status: 'declined' },
  });
  await expect(view.headline).toHaveText(
    '5 invited and 1 declined, none registered or confirmed yet',
  );
  // One confirms: now the headline counts the expected, in the singular.
  await seed(host, 'registrations.update', {
    id: rows[1]!.id,
    registration: { status: 'confirmed' },
  });
  await expect(view.headline).toHaveText('1 expected (registered or confirmed) from 1 country');

  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await expect(view.headline).toHaveText('1 attendu (inscrit ou confirmé) venant de 1 pays');
  await seed(host, 'registrations.update', {
    id: rows[1]!.id,
    registration: { status: 'invited' },
  });
  await expect(view.headline).toHaveText(
    '5 invités et 1 a décliné, aucun inscrit ni confirmé pour l’instant',
  );
});
