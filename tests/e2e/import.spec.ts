import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import type { HostHandle } from './fixtures';
import { ImportPage } from './pages/import-page';
import {
  SAMPLE_SPECIALISTS_GROUP,
  SAMPLE_WORKING_GROUP,
} from '../../electron/backend/demo/sample-meetings';

async function createMeeting(host: HostHandle, fields: object): Promise<number> {
  const reply = await host.backend.dispatch('meetings.create', fields);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return (reply.value as { id: number }).id;
}

const count = (host: HostHandle, sql: string) =>
  (host.backend.db.prepare(sql).get() as { n: number }).n;

test('a registrar imports both reference spreadsheets, settles what is flagged, and undoes', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  const lyon = await createMeeting(host, SAMPLE_SPECIALISTS_GROUP);
  const cotonou = await createMeeting(host, { ...SAMPLE_WORKING_GROUP, parentId: null });
  const wizard = new ImportPage(app);

  // Lyon: the English CSV, UTF-8 with BOM, comma-separated.
  await wizard.open(host.url, lyon, /Import from a spreadsheet/);
  await wizard.choose('specialists-group-participants.csv');
  await expect(
    app.getByText('specialists-group-participants.csv: 231 rows, 19 columns'),
  ).toBeVisible();
  await expect(app.getByLabel('Character encoding')).toHaveValue('utf-8-bom');
  await expect(app.getByLabel('Separator')).toHaveValue(',');
  await expect(app.getByRole('cell', { name: 'Kaboré' }).first()).toBeVisible();
  await wizard.button('Next: match the columns').click();

  await expect(wizard.column('C', 'Last name')).toHaveValue('familyNames');
  await expect(wizard.column('K', 'Country')).toHaveValue('country');
  await wizard.checkRows();

  // The row sent twice (same email in capitals) merges by default; the old country name waits.
  await expect(wizard.counters()).toHaveText(
    /231 rows.*229 to add.*1 to merge.*1 waiting for your answer/,
  );
  await expect(wizard.button('Next: summary')).toBeDisabled();
  await wizard.answerCountry('Country for “Upper Volta”', 'Burkina Faso');
  await expect(wizard.counters()).toHaveText(/231 rows.*230 to add.*1 to merge$/);
  await expect(app.getByLabel(/What to do with row 232/)).toHaveValue('merge');
  await expect(app.getByRole('row', { name: /232.*Row 42 of this file/ })).toBeVisible();
  await wizard.button('Next: summary').click();

  await expect(app.getByText('Add 230 new people and register them to this meeting')).toBeVisible();
  await expect(app.getByText('Merge 1 row into a person already known')).toBeVisible();
  await wizard.button('Import 231 rows').click();
  await expect(app.getByText('Import complete')).toBeVisible();
  await expect(app.getByText('230 people added')).toBeVisible();
  expect(count(host, 'SELECT count(*) AS n FROM person')).toBe(230);
  const upperVolta = host.backend.db
    .prepare(`SELECT count(*) AS n FROM person WHERE country_code = 'BF'`)
    .get() as { n: number };
  expect(upperVolta.n).toBeGreaterThan(0);

  // Cotonou, in French: the Windows-1252, semicolon-separated CSV, after Lyon.
  await app.getByRole('radiogroup', { name: 'Language' }).getByText('Français').click();
  await wizard.open(host.url, cotonou, /Importer un tableur/);
  await wizard.choose('working-group-participants.csv');
  await expect(
    app.getByText('working-group-participants.csv : 101 lignes, 19 colonnes'),
  ).toBeVisible();
  await expect(app.getByLabel('Encodage des caractères')).toHaveValue('windows-1252');
  await expect(app.getByLabel('Séparateur')).toHaveValue(';');
  await expect(
    app.getByRole('cell', { name: 'Police républicaine du Bénin' }).first(),
  ).toBeVisible();
  await wizard.button('Suivant : associer les colonnes').click();
  await wizard.checkRows();

  await expect(wizard.counters()).toHaveText(
    /^101 lignes82 à ajouter18 à fusionner1 en attente de votre réponse$/,
  );
  // The Dahomey row is also someone known: it waits for its country, then merges.
  await wizard.answerCountry('Pays pour « Dahomey »', 'Bénin');
  await expect(wizard.counters()).toHaveText(/^101 lignes82 à ajouter19 à fusionner$/);
  await wizard.button('Tout fusionner').click();
  await wizard.button('Suivant : récapitulatif').click();
  await expect(
    app.getByText('Ajouter 82 nouvelles personnes et les inscrire à cette réunion'),
  ).toBeVisible();
  await wizard.button('Importer 101 lignes').click();
  await expect(app.getByText('Importation terminée')).toBeVisible();
  expect(count(host, `SELECT count(*) AS n FROM registration WHERE meeting_id = ${cotonou}`)).toBe(
    100,
  );
  expect(count(host, 'SELECT count(*) AS n FROM person')).toBe(230 + 82);

  await wizard.button('Annuler cette importation').click();
  await app.getByRole('dialog').getByRole('button', { name: 'Annuler l’importation' }).click();
  await expect(app.getByText('Importation annulée')).toBeVisible();
  expect(count(host, `SELECT count(*) AS n FROM registration WHERE meeting_id = ${cotonou}`)).toBe(
    0,
  );
  expect(count(host, 'SELECT count(*) AS n FROM person')).toBe(230);

  await app.getByRole('link', { name: 'Voir les participants' }).click();
  await expect(
    app.getByRole('heading', { name: 'Aucun participant pour l’instant' }),
  ).toBeVisible();
});

test('a file that is not a spreadsheet, or too large, is refused with a message', async ({
  app,
  host,
}) => {
  const meetingId = await createMeeting(host, SAMPLE_SPECIALISTS_GROUP);
  const wizard = new ImportPage(app);
  await wizard.open(host.url, meetingId, /Import from a spreadsheet/);
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082',
    'hex',
  );
  // By keyboard: Tab to the file button, Space opens the system's file chooser.
  await app.getByRole('link', { name: 'Back to participants' }).focus();
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Tab');
  await expect(wizard.fileInput()).toBeFocused();
  await app.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: png });
  await expect(app.getByRole('alert')).toContainText(
    'This is not a spreadsheet (it looks like an image, a PDF or another kind of file).',
  );
  await expect(app.getByRole('button', { name: /Next/ })).toHaveCount(0);

  let sent = false;
  app.on('request', (r) => (sent ||= r.url().includes('/api/imports.')));
  await wizard.choose({
    name: 'everyone.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(21 * 1024 * 1024, 'a'),
  });
  await expect(app.getByRole('alert')).toContainText(
    '“everyone.csv” is 21.0 MB; files above 20 MB are refused.',
  );
  expect(sent).toBe(false);
  expect(count(host, 'SELECT count(*) AS n FROM import_batch')).toBe(0);
});

/** A workbook of a few bytes whose sheet unpacks to 60 MB: the shape of a "zip bomb". */
async function zipBomb(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRow(['First name', 'Last name']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  zip.file('xl/worksheets/sheet1.xml', row.repeat((60 * 1024 * 1024) / row.length), {
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

test('a workbook built to unpack to far more than it weighs is refused', async ({ app, host }) => {
  const meetingId = await createMeeting(host, SAMPLE_SPECIALISTS_GROUP);
  const wizard = new ImportPage(app);
  await wizard.open(host.url, meetingId, /Import from a spreadsheet/);
  await wizard.choose({
    name: 'participants.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await zipBomb(),
  });
  await expect(app.getByRole('alert')).toContainText(
    'This Excel file is not built like an ordinary workbook',
  );
  await expect(app.getByRole('button', { name: /Next/ })).toHaveCount(0);
  expect(count(host, 'SELECT count(*) AS n FROM import_batch')).toBe(0);
});

/**
 * Records, in the page, whether the progress ever showed Cancel disabled with the reason read out
 * with it. The write blocks the backend, which runs in this test's process, so polling from here
 * could not watch it happen.
 */
const WATCH_CANCEL = `
  window.cancelLocked = false;
  new MutationObserver(() => {
    const progress = document.querySelector('[data-testid="import-progress"]');
    const cancel = [...(progress?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Stop the import',
    );
    const note = document.getElementById(cancel?.getAttribute('aria-describedby') ?? '');
    if (cancel?.disabled && note?.textContent.includes('cannot be interrupted'))
      window.cancelLocked = true;
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
`;

test('once the import is saving, Cancel is disabled and says why', async ({ app, host }) => {
  test.setTimeout(120_000);
  const meetingId = await createMeeting(host, SAMPLE_SPECIALISTS_GROUP);
  const wizard = new ImportPage(app);
  await wizard.open(host.url, meetingId, /Import from a spreadsheet/);
  // Enough rows that saving them takes a noticeable moment.
  const rows = Array.from({ length: 20_000 }, (_, i) => `Given${i},Family${i},p${i}@example.org`);
  await wizard.choose({
    name: 'many.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['First name,Last name,Email', ...rows].join('\n')),
  });
  await wizard.button('Next: match the columns').click();
  await wizard.checkRows();
  await wizard.button('Next: summary').click();
  await app.evaluate(WATCH_CANCEL);
  await wizard.button(/^Import [\d,]+ rows$/).click();
  await expect(app.getByText('Import complete')).toBeVisible({ timeout: 60_000 });
  expect(await app.evaluate('window.cancelLocked')).toBe(true);
  expect(count(host, 'SELECT count(*) AS n FROM person')).toBe(20_000);
});
