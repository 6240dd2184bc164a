import { test, expect, type HostHandle } from './fixtures';
import { ProgrammeExport } from './pages/programme-export';

/** Loads the sample meetings as the empty state's button does; returns Lyon's and Cotonou's ids. */
async function sample(host: HostHandle) {
  const reply = await host.backend.dispatch('demo.load', {});
  if (!reply.ok) throw new Error(reply.error.message);
  const [lyon, cotonou] = (reply.value as { meetingIds: number[] }).meetingIds as [number, number];
  return { lyon, cotonou };
}

async function call(host: HostHandle, channel: string, input: unknown) {
  const reply = await host.backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

test('an organiser hands out the programme as PDF, calendars and spreadsheets', async ({
  app,
  host,
}) => {
  const { lyon } = await sample(host);
  const menu = new ProgrammeExport(app);
  await menu.open(host, lyon);

  await expect(menu.language('English')).toBeChecked();
  await expect(menu.language('Français')).not.toBeChecked();

  const pdf = await menu.downloadItem('PDF, A4 paper');
  expect(pdf.name).toMatch(/^programme-specialists-group-.*-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(app.getByText(`Downloaded ${pdf.name}.`)).toBeVisible();

  const letter = await menu.downloadItem('PDF, US Letter paper');
  expect(letter.name).toMatch(/-letter-\d{4}-\d{2}-\d{2}\.pdf$/);

  const calendar = await menu.downloadItem('Whole meeting');
  expect(calendar.name).toMatch(/\.ics$/);
  expect(calendar.text).toContain('BEGIN:VTIMEZONE');
  expect(calendar.text).toContain('SUMMARY:Award ceremony');

  await menu.choosePerson('Коваленко');
  const personal = await menu.download(() =>
    menu.personDialog.getByRole('button', { name: 'Download iCalendar' }).click(),
  );
  await expect(menu.personDialog).toBeHidden();
  expect(personal.name).toMatch(/-ірина-коваленко-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(personal.text).toContain('SUMMARY:Opening plenary');
  expect(personal.text).not.toContain('SUMMARY:Award ceremony');
  expect(personal.text).toContain('Your role: Chair');

  const csv = await menu.downloadItem('CSV');
  expect(csv.name).toMatch(/^sessions-specialists-group-.*\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(csv.text).toContain('Day,Start,End,Title');

  const xlsx = await menu.downloadItem('Excel (XLSX)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a French meeting exports in French unless English is chosen; the screen in French too', async ({
  app,
  host,
}) => {
  const { cotonou } = await sample(host);
  const menu = new ProgrammeExport(app);
  await menu.open(host, cotonou);
  await expect(menu.language('Français')).toBeChecked();
  const french = await menu.downloadItem('CSV');
  expect(french.name).toMatch(/^seances-regional-working-group-/);
  expect(french.text).toContain('Jour;Début;Fin;Titre');

  await menu.chooseLanguage('English');
  const english = await menu.downloadItem('CSV');
  expect(english.text).toContain('Day,Start,End,Title');

  await app
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('Français')
    .click();
  await expect(menu.languages).toBeVisible();
  await menu.openMenu();
  await expect(menu.menu.getByText('Agenda (iCalendar)')).toBeVisible();
  await expect(menu.menu.getByRole('menuitem', { name: 'PDF, format A4' })).toBeVisible();
  await expect(
    menu.menu.getByRole('menuitem', { name: 'Les séances d’une personne…' }),
  ).toBeVisible();
});

test('a programme without sessions cannot be exported, and the button says why', async ({
  app,
  host,
}) => {
  const { id } = (await call(host, 'meetings.create', {
    title: 'Training on victim identification',
    kind: 'training',
    venue: '',
    city: 'Lyon',
    countryCode: 'FR',
    startDate: '2026-10-05',
    endDate: '2026-10-06',
    timeZone: 'Europe/Paris',
    languages: ['en'],
    description: '',
    parentId: null,
  })) as { id: number };
  const menu = new ProgrammeExport(app);
  await menu.open(host, id);
  await expect(menu.button).toBeDisabled();
  await menu.button.hover({ force: true });
  await expect(app.getByText('Add sessions to the programme to export it.')).toBeVisible();
});

test('a person taken off every session meanwhile is refused in the dialog, which says so', async ({
  app,
  host,
}) => {
  const { lyon } = await sample(host);
  const menu = new ProgrammeExport(app);
  await menu.open(host, lyon);
  await menu.choosePerson('Коваленко');

  // Someone else edits the programme: the chosen chair leaves the only session she had.
  const agenda = (await call(host, 'agenda.get', { meetingId: lyon })) as {
    sessions: { id: number; title: string; people: { registrationId: number; role: string }[] }[];
    people: { registrationId: number; name: string }[];
  };
  const chair = agenda.people.find((p) => p.name.includes('Коваленко'))!;
  for (const s of agenda.sessions.filter((x) =>
    x.people.some((p) => p.registrationId === chair.registrationId),
  )) {
    const full = (await call(host, 'agenda.get', { meetingId: lyon })) as {
      sessions: Record<string, unknown>[];
    };
    const {
      id,
      meetingId: _m,
      updatedAt: _u,
      people,
      ...fields
    } = full.sessions.find((x) => x.id === s.id) as Record<string, unknown> & {
      people: { registrationId: number }[];
    };
    await call(host, 'agenda.updateSession', {
      id,
      session: {
        ...fields,
        people: people.filter((p) => p.registrationId !== chair.registrationId),
      },
    });
  }

  await menu.personDialog.getByRole('button', { name: 'Download iCalendar' }).click();
  await expect(menu.personDialog.getByRole('alert')).toHaveText(
    'This person has no role on any session of this programme.',
  );
  await expect(menu.personDialog).toBeVisible();
});
