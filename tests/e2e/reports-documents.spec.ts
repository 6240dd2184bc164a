import { Resvg } from '@resvg/resvg-js';
import { test, expect, type HostHandle } from './fixtures';
import { seedMeeting } from './pages/participants-page';
import { ReportsPage } from './pages/reports-page';
import {
  comparable,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from '../backend/document-readers';

// Three days after meeting A: its sample attendance is complete whatever day the tests run.
test.use({ now: '2026-11-20T10:00:00.000Z' });

async function call<T>(host: HostHandle, channel: string, input: unknown): Promise<T> {
  const reply = await host.backend.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

const sampleLyon = async (host: HostHandle) =>
  (await call<{ meetingIds: number[] }>(host, 'demo.load', {})).meetingIds[0]!;

/** A letterhead drawn by another program (resvg). */
function letterheadPng(): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="180">
    <rect width="1200" height="180" fill="#0b3d91"/>
    <text x="40" y="110" font-size="64" fill="white">SPECIALISTS GROUP</text></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

test('the organiser edits the certificate, is told of an unknown placeholder, adds a letterhead and prints it', async ({
  app,
  host,
}) => {
  test.skip(!POPPLER, POPPLER_MISSING);
  const lyon = await sampleLyon(host);
  const reports = new ReportsPage(app);
  await reports.openDocuments(host, lyon);
  const text = app.getByRole('textbox', { name: 'Template text' });
  await expect(text).toHaveValue(/^# Certificate of attendance/);
  await expect(app.getByText('Built-in text', { exact: true })).toBeVisible();
  const preview = app.getByRole('document', { name: 'Preview of the document' });
  await expect(preview).toContainText('Days attended: ');

  // A mistyped placeholder is named with its line, and the template cannot be saved.
  await text.fill('# Certificate of participation\n\nWe certify that {name}\ncame on {dyas}.');
  await expect(app.getByRole('alert')).toContainText(
    'Line 4: “{dyas}” is not a placeholder. Use one of the placeholders listed beside the text',
  );
  await expect(app.getByRole('button', { name: 'Save template' })).toBeDisabled();
  await text.fill('# Certificate of participation\n\nWe certify that {name}\ncame on ');
  await text.press('End');
  await app.getByRole('button', { name: /^Insert \{days\}/ }).click();
  await expect(text).toHaveValue(/came on \{days\}$/);
  await expect(app.getByRole('alert')).toBeHidden();
  await expect(preview).toContainText(/came on \d+.* November 2026/);
  await app.getByRole('textbox', { name: 'Signatory’s name' }).fill('Dr Ana Núñez');
  await app.getByRole('button', { name: 'Save template' }).click();
  await expect(app.getByText('Template saved.')).toBeVisible();
  await expect(app.getByText('This meeting’s text')).toBeVisible();

  // The preview follows the person chosen.
  const choice = app.getByRole('combobox', { name: 'Preview for' });
  const first = await choice.inputValue();
  await choice.click();
  const second = app.getByRole('option').nth(3);
  const secondName = (await second.textContent())!;
  await second.click();
  await expect(preview).toContainText(`We certify that ${secondName}`);
  expect(secondName).not.toBe(first);

  // A file that is not an image, then one too large, each refused by name; then a real PNG.
  await reports.chooseImage(/^Choose a letterhead image$/, {
    name: 'letterhead.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'),
  });
  await expect(
    app.getByText('“letterhead.pdf” is not a PNG or JPEG image. Choose a PNG or JPEG file'),
  ).toBeVisible();
  await reports.chooseImage(/^Choose a letterhead image$/, {
    name: 'scan.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(3 * 1024 * 1024, 7),
  });
  await expect(
    app.getByText('“scan.png” is 3.0 MB: the largest image accepted is 2 MB.'),
  ).toBeVisible();
  await reports.chooseImage(/^Choose a letterhead image$/, {
    name: 'letterhead.png',
    mimeType: 'image/png',
    buffer: letterheadPng(),
  });
  await expect(app.getByText('letterhead.png will be used.')).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Letterhead' })).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('documents-en.png'), fullPage: true });

  await reports.openExports(host, lyon);
  const pdf = await reports.download('Certificates of attendance', 'PDF, everyone in one file');
  const attended = host.backend.db
    .prepare('SELECT count(DISTINCT registration_id) FROM attendance_day WHERE meeting_id = ?')
    .pluck()
    .get(lyon) as number;
  expect(Number(pdfInfo(pdf.bytes).Pages)).toBe(attended);
  const printed = comparable(pdfText(pdf.bytes, { first: 1, last: 2 }));
  expect(printed).toContain('Certificate of participation');
  expect(printed).toMatch(/came on \d/);
  expect(printed).toContain('Dr Ana Núñez');

  // Back to the built-in text, and undone.
  await reports.openDocuments(host, lyon);
  await app.getByRole('button', { name: 'Use the built-in text' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Use the built-in text' }).click();
  await expect(app.getByText('The built-in text is used again.')).toBeVisible();
  await expect(text).toHaveValue(/^# Certificate of attendance/);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(text).toHaveValue(/^# Certificate of participation/);
});

test('a registrar enters passport details in French, is told of impossible dates, and can take them back', async ({
  app,
  host,
}) => {
  const lyon = await sampleLyon(host);
  await app
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('Français')
    .click();
  const reports = new ReportsPage(app);
  await reports.openVisaLetters(host, lyon);
  const counts = app.getByText(/^\d+ demandes · \d+ avec passeport saisi$/);
  await expect(counts).toBeVisible();
  const before = (await counts.textContent())!;
  await app.getByRole('radiogroup', { name: 'Afficher' }).getByText('Passeport manquant').click();
  const table = app.getByRole('table', { name: 'Lettres de visa' });
  await expect(table.getByText('Saisi', { exact: true })).toHaveCount(0);
  const enter = table.getByRole('button', { name: /^Saisir le passeport de / }).first();
  const name = (await enter.getAttribute('aria-label'))!.replace('Saisir le passeport de ', '');
  await enter.click();
  const dialog = app.getByRole('dialog', { name: `Passeport — ${name}` });
  await expect(dialog.getByText(/ne servent qu’à ces lettres/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Numéro de passeport' }).fill('19FR04432');
  await dialog.getByRole('textbox', { name: 'Délivré le' }).fill('01/06/2024');
  await app.keyboard.press('Tab');
  await dialog.getByRole('textbox', { name: 'Valable jusqu’au' }).fill('01/06/2020');
  await app.keyboard.press('Tab');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Le passeport expire avant sa date de délivrance.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Valable jusqu’au' }).fill('31/05/2034');
  await app.keyboard.press('Tab');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('button', { name: `Saisir le passeport de ${name}` })).toHaveCount(
    0,
  );
  await expect(counts).not.toHaveText(before);

  await app.getByRole('radiogroup', { name: 'Afficher' }).getByText('Toutes les demandes').click();
  await table.getByRole('button', { name: `Retirer le passeport de ${name}` }).click();
  await expect(app.getByText(`Données de passeport de ${name} retirées.`)).toBeVisible();
  await expect(table.getByRole('button', { name: `Saisir le passeport de ${name}` })).toBeVisible();
  await app.getByRole('button', { name: 'Défaire' }).click();
  await expect(
    table.getByRole('button', { name: `Modifier le passeport de ${name}` }),
  ).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('visa-letters-fr.png'), fullPage: true });
});

test('before anyone is checked in, certificates say what to do and the preview shows its placeholders', async ({
  app,
  host,
}) => {
  const meetingId = await seedMeeting(host);
  const reports = new ReportsPage(app);
  await reports.openExports(host, meetingId);
  const certificates = reports.exportItem('Certificates of attendance');
  await expect(
    certificates.getByText('Needs attendance: check people in at the desk first.'),
  ).toBeVisible();
  for (const button of await certificates.getByRole('button').all())
    await expect(button).toBeDisabled();
  const letters = reports.exportItem('Invitation and visa-support letters');
  await expect(letters.getByText(/^Nobody has asked for a visa letter/)).toBeVisible();

  await reports.openDocuments(host, meetingId);
  await expect(
    app.getByText('Nobody has been checked in yet: the placeholders are shown as they are.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(app.getByRole('document', { name: 'Preview of the document' })).toContainText(
    'This is to certify that',
  );
  await expect(app.getByRole('document', { name: 'Preview of the document' })).toContainText(
    '{name}',
  );
  await reports.openVisaLetters(host, meetingId);
  await expect(app.getByText('Nobody has asked for a visa letter')).toBeVisible();
  await expect(app.getByRole('link', { name: 'Go to the participants' })).toBeVisible();
});
