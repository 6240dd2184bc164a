import { test, expect } from './fixtures';
import type { HostHandle } from './fixtures';
import { ImportPage } from './pages/import-page';

async function createMeeting(host: HostHandle, title: string, city: string): Promise<number> {
  const reply = await host.backend.dispatch('meetings.create', {
    title,
    kind: 'working_group',
    venue: 'Headquarters',
    city,
    countryCode: 'FR',
    startDate: '2026-11-14',
    endDate: '2026-11-17',
    timeZone: 'Europe/Paris',
    languages: ['en', 'fr'],
    description: '',
    parentId: null,
  });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return (reply.value as { id: number }).id;
}

const sql = (host: HostHandle, query: string, ...params: unknown[]) =>
  host.backend.db.prepare(query).all(...params);

test('an Indico export and a French Excel sheet, defaults accepted: everyone once, nobody merged into someone else', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  const lyon = await createMeeting(host, 'Specialists group', 'Lyon');
  const cotonou = await createMeeting(host, 'Regional workshop', 'Cotonou');
  const wizard = new ImportPage(app);

  // Indico: every column listed; those without a field are said to be not imported.
  await wizard.open(host.url, lyon, /Import from a spreadsheet/);
  await wizard.choose('indico-registrants.csv');
  await expect(app.getByText('indico-registrants.csv: 121 rows, 15 columns')).toBeVisible();
  await wizard.button('Next: match the columns').click();
  await expect(app.getByText('The headers are those of an export from Indico.')).toBeVisible();
  await expect(
    app.getByText('The file has 15 columns: 11 imported, 4 not imported. Check each one.'),
  ).toBeVisible();
  await expect(wizard.column('F', 'Email Address')).toHaveValue('email');
  await expect(wizard.column('G', 'Affiliation')).toHaveValue('organisation');
  await expect(wizard.column('N', 'Registration state')).toHaveValue('status');
  await expect(wizard.column('M', 'Registration date')).toHaveValue('');
  await expect(wizard.column('M', 'Registration date')).toHaveAccessibleDescription(
    'Plenary has no field for this column.',
  );
  await expect(wizard.column('B', 'Name')).toHaveAccessibleDescription(
    'The given and family name columns are imported instead.',
  );

  // Indico's registration states, each with its count and the status it suggests.
  await wizard.button('Check the rows').click();
  const statuses = app.getByRole('table', { name: 'Statuses' });
  await expect(statuses.getByRole('row', { name: /Completed 107 rows/ })).toBeVisible();
  await expect(wizard.meaningOf('Completed')).toHaveValue('confirmed');
  await expect(wizard.meaningOf('Pending')).toHaveValue('invited');
  await expect(wizard.meaningOf('Withdrawn')).toHaveValue('cancelled');
  await expect(wizard.meaningOf('Rejected')).toHaveValue('declined');
  await wizard.button('Next: check the rows').click();

  // Eight pairs of namesakes: shown, and kept as two people each by default.
  await expect(wizard.counters()).toHaveText(/^121 rows121 to add$/);
  const notImported = app.getByRole('list', { name: 'Columns not imported' });
  await expect(notImported.getByRole('listitem')).toHaveText([
    'A · ID',
    'B · Name',
    'M · Registration date',
    'O · Checked in',
  ]);
  const namesake = app.getByRole('row', { name: /^42 / });
  await expect(namesake).toContainText('Possible namesake: another email or organisation');
  await expect(namesake.getByText('(differs)')).toHaveCount(4);
  await expect(app.getByLabel(/What to do with row \d+/)).toHaveCount(8);
  for (const select of await app.getByLabel(/What to do with row \d+/).all())
    await expect(select).toHaveValue('create');
  await wizard.button('Next: summary').click();
  await expect(app.getByText('Add 121 new people and register them to this meeting')).toBeVisible();
  await wizard.button('Import 121 rows').click();
  await expect(app.getByText('121 people added')).toBeVisible();

  // The French sheet into the second meeting.
  await wizard.open(host.url, cotonou, /Import from a spreadsheet/);
  await wizard.choose('inscriptions-atelier-regional.csv');
  await expect(app.getByLabel('Character encoding')).toHaveValue('utf-8-bom');
  await expect(app.getByLabel('Separator')).toHaveValue(';');
  await wizard.button('Next: match the columns').click();
  await expect(wizard.column('C', 'NOM')).toHaveValue('familyNames');
  await expect(wizard.column('K', 'Statut de l’inscription')).toHaveValue('status');
  await wizard.button('Check the rows').click();

  // French status words mapped; a role word nobody listed is given its meaning by the registrar.
  await expect(wizard.meaningOf('Désisté')).toHaveValue('cancelled');
  await expect(wizard.meaningOf('En attente')).toHaveValue('invited');
  await expect(wizard.meaningOf('Président de séance')).toHaveValue('__default__');
  await expect(wizard.meaningOf('Président de séance')).toHaveAccessibleDescription(
    'Not recognised: choose what it means, or it gets the default.',
  );
  await wizard.meaningOf('Président de séance').selectOption('chair');
  await wizard.button('Next: check the rows').click();

  await expect(wizard.counters()).toHaveText(
    /^58 rows36 to add20 to merge1 left out1 waiting for your answer1 warning \(imported anyway\)$/,
  );
  await expect(
    app.getByRole('list', { name: 'Columns not imported' }).getByRole('listitem'),
  ).toHaveText(['A · N°', 'L · Date d’inscription']);
  const warnings = app.getByRole('table', { name: 'Warnings' });
  await expect(warnings).toContainText('1 row: 29');
  await expect(warnings.getByText('=RECHERCHEV(A9;Feuil2!A:C;3;FAUX)')).toBeVisible();

  // The shared mailbox under another name: a conflict, side by side, the names marked as differing.
  const conflict = app.getByRole('row', { name: /^58 / });
  await expect(conflict).toContainText('Conflict: same email, another name');
  const row = conflict.getByRole('definition');
  await expect(conflict.getByLabel('Row 58 of the file')).toContainText('Boubacar COULIBALY');
  await expect(conflict.getByLabel('Already known')).toContainText('Aïssata Traoré');
  await expect(row.filter({ hasText: '(differs)' })).toHaveCount(2);
  await expect(row.filter({ hasText: 'brigade.mineurs@police-ml.example' })).toHaveCount(2);
  const conflictDecision = app.getByLabel(/What to do with row 58/);
  await expect(conflictDecision).toHaveValue('');
  await expect(wizard.button('Next: summary')).toBeDisabled();

  // "Merge all" passes over the conflict (the pasted row now merges into its first copy, which
  // changes nobody); the registrar then keeps the namesake apart again.
  await wizard.button('Merge all').click();
  await expect(conflictDecision).toHaveValue('');
  const namesakeDecision = app.getByLabel(/What to do with row 57/);
  await expect(namesakeDecision).toHaveValue('merge');
  await namesakeDecision.selectOption('create');
  await conflictDecision.selectOption('create');
  await expect(wizard.counters()).toHaveText(
    /^58 rows37 to add21 to merge1 warning \(imported anyway\)$/,
  );
  await wizard.button('Next: summary').click();
  await expect(app.getByText('Add 37 new people and register them to this meeting')).toBeVisible();
  await expect(app.getByText('Merge 21 rows into people already known')).toBeVisible();
  await wizard.button('Import 58 rows').click();
  await expect(app.getByText('Import complete')).toBeVisible();

  expect(sql(host, 'SELECT count(*) AS n FROM person')).toEqual([{ n: 158 }]);
  expect(
    sql(
      host,
      `SELECT p.email, group_concat(r.meeting_id) AS meetings FROM person p
       JOIN registration r ON r.person_id = p.id
       WHERE p.given_names = 'Mohamed' AND p.family_names IN ('Ali', 'ALI')
       GROUP BY p.id ORDER BY p.id`,
    ),
  ).toEqual([
    { email: 'm.ali@moi-eg.example', meetings: `${lyon},${cotonou}` },
    { email: 'mohamed.ali@moi-sd.example', meetings: `${lyon}` },
    { email: 'mohamed.ali@dgsn-mr.example', meetings: `${cotonou}` },
  ]);
  expect(
    sql(
      host,
      `SELECT p.given_names AS given, group_concat(r.meeting_id) AS meetings FROM person p
       JOIN registration r ON r.person_id = p.id
       WHERE p.email = 'brigade.mineurs@police-ml.example' GROUP BY p.id ORDER BY p.id`,
    ),
  ).toEqual([
    { given: 'Aïssata', meetings: `${lyon},${cotonou}` },
    { given: 'Boubacar', meetings: `${cotonou}` },
  ]);
  expect(
    sql(
      host,
      `SELECT status, count(*) AS n FROM registration WHERE meeting_id = ?
       GROUP BY status ORDER BY status`,
      cotonou,
    ),
  ).toEqual([
    { status: 'cancelled', n: 10 },
    { status: 'confirmed', n: 10 },
    { status: 'declined', n: 9 },
    { status: 'invited', n: 17 },
    { status: 'registered', n: 11 },
  ]);
  expect(
    sql(
      host,
      `SELECT count(*) AS n FROM registration WHERE meeting_id = ? AND role = 'chair'`,
      cotonou,
    ),
  ).toEqual([{ n: 12 }]);
});

test('in French, the columns, the values and the namesakes read in French', async ({
  app,
  host,
}) => {
  const lyon = await createMeeting(host, 'Groupe de spécialistes', 'Lyon');
  const wizard = new ImportPage(app);
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await wizard.open(host.url, lyon, /Importer un tableur/);
  await wizard.choose('indico-registrants.csv');
  await wizard.button('Suivant : associer les colonnes').click();
  await expect(
    app.getByText('Les en-têtes sont ceux d’un fichier exporté par Indico.'),
  ).toBeVisible();
  await expect(wizard.column('M', 'Registration date')).toHaveAccessibleDescription(
    'Plenary n’a pas de champ pour cette colonne.',
  );
  await wizard.button('Vérifier les lignes').click();
  await expect(app.getByRole('table', { name: 'Statuts' })).toContainText('107 lignes');
  await expect(wizard.meaningOf('Withdrawn')).toHaveValue('cancelled');
  await wizard.button('Suivant : vérifier les lignes').click();
  await expect(wizard.counters()).toHaveText(/^121 lignes121 à ajouter$/);
  await expect(app.getByRole('row', { name: /^42 / })).toContainText(
    'Homonyme possible : autre courriel ou organisation',
  );
  await expect(
    app.getByRole('list', { name: 'Colonnes non importées' }).getByRole('listitem'),
  ).toHaveText(['A · ID', 'B · Name', 'M · Registration date', 'O · Checked in']);
});
