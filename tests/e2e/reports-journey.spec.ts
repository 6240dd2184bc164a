/**
 * Issue 9's "Done when": for meeting A with its sample attendance, a staff member produces the
 * attendance report, the list of participants by country, the dashboard with its map, the
 * certificates for everyone who attended and the visa letters asked for, in English and French;
 * every file is read back with a reader other than its writer.
 */
import JSZip from 'jszip';
import Papa from 'papaparse';
import { test, expect, type HostHandle } from './fixtures';
import { ReportsPage } from './pages/reports-page';
import {
  comparable,
  LIBREOFFICE,
  libreOfficeSheets,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from '../backend/document-readers';

// Three days after meeting A: its sample attendance is complete whatever day the tests run.
test.use({ now: '2026-11-20T10:00:00.000Z' });

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** What the sample desk recorded for meeting A, read straight from the database file. */
function recorded(host: HostHandle, meetingId: number) {
  const db = host.backend.db;
  const one = (sql: string) => db.prepare(sql).pluck().get(meetingId) as number;
  const attendees = db
    .prepare(
      `SELECT DISTINCT p.given_names AS given, p.family_names AS family FROM attendance_day a
       JOIN registration r ON r.id = a.registration_id JOIN person p ON p.id = r.person_id
       WHERE a.meeting_id = ?`,
    )
    .all(meetingId) as { given: string; family: string }[];
  return {
    expected: one(
      "SELECT count(*) FROM registration WHERE meeting_id = ? AND status IN ('registered', 'confirmed')",
    ),
    attended: attendees.length,
    attendees,
    lettersReady: one(
      `SELECT count(*) FROM registration r JOIN visa_details v ON v.registration_id = r.id
       WHERE r.meeting_id = ? AND r.visa_letter = 1 AND r.status NOT IN ('declined', 'cancelled')`,
    ),
    passport: db
      .prepare(
        `SELECT v.passport_number FROM visa_details v JOIN registration r ON r.id = v.registration_id
         WHERE r.meeting_id = ? AND r.status NOT IN ('declined', 'cancelled') LIMIT 1`,
      )
      .pluck()
      .get(meetingId) as string,
  };
}

test('staff produce meeting A’s reports, certificates and visa letters in English and French', async ({
  app,
  host,
}) => {
  test.skip(!POPPLER, POPPLER_MISSING);
  // A dozen real documents made and each read back by another program: genuinely long.
  test.setTimeout(420_000);
  await app.getByRole('button', { name: 'Load sample meetings' }).click();
  await expect(app.getByRole('link', { name: /Specialists Group on Crimes/ }).first()).toBeVisible({
    timeout: 60_000,
  });
  const lyon = host.backend.db
    .prepare("SELECT id FROM meeting WHERE title LIKE 'Specialists Group%'")
    .pluck()
    .get() as number;
  const facts = recorded(host, lyon);
  expect(facts.attended).toBeGreaterThan(150);
  const reports = new ReportsPage(app);

  // The dashboard with its map: registered against attended.
  await reports.openDashboard(host, lyon);
  await expect(reports.headline).toContainText(`${facts.expected} participants from`);
  await expect(
    app.getByText(new RegExp(`^${facts.attended} attended from \\d+ countries$`)),
  ).toBeVisible();
  await expect(reports.map).toBeVisible();
  const tooltip = await reports.hoverCountry('BR');
  await expect(tooltip).toHaveText(/^Brazil: \d+ registered, \d+ attended$/);
  await app.screenshot({ path: test.info().outputPath('dashboard-en.png'), fullPage: true });

  await reports.openExports(host, lyon);
  await expect(
    reports
      .exportItem('Certificates of attendance')
      .getByText(`${facts.attended} people were present on at least one day.`),
  ).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('exports-en.png'), fullPage: true });

  // The attendance report: the workbook read by LibreOffice, the CSV by papaparse, the PDF by poppler.
  if (LIBREOFFICE) {
    const xlsx = await reports.download('Attendance report', 'Excel (XLSX)');
    expect(xlsx.name).toMatch(/^attendance-report-specialists-group-.*\.xlsx$/);
    const sheets = libreOfficeSheets(xlsx.bytes);
    const byCountry = Papa.parse<string[]>(sheets['By country']!, { skipEmptyLines: true }).data;
    expect(byCountry.at(-1)!.slice(0, 3)).toEqual([
      'Total',
      String(facts.expected),
      String(facts.attended),
    ]);
    const matrix = Papa.parse<string[]>(sheets['Attendance']!, { skipEmptyLines: true }).data;
    expect(matrix.filter((r) => r.at(-1) === 'No').length).toBe(facts.attended);
  }
  const csv = await reports.download('Attendance report', 'CSV');
  const parsed = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true });
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.delimiter).toBe(',');
  expect(parsed.data.slice(1).filter((r) => Number(r.at(-3)) > 0)).toHaveLength(facts.attended);
  const attendancePdf = comparable(
    pdfText((await reports.download('Attendance report', 'PDF')).bytes),
  );
  expect(attendancePdf).toContain(
    `${facts.attended} of ${facts.expected} expected participants attended`,
  );

  // The list of participants by country.
  const list = comparable(pdfText((await reports.download('List of participants', 'PDF')).bytes));
  expect(list).toMatch(new RegExp(`${facts.expected} participants from \\d+ countries`));

  // Certificates for everyone who attended: a page each, Arabic and Cyrillic names drawn.
  const certificates = await reports.download(
    'Certificates of attendance',
    'PDF, everyone in one file',
  );
  expect(Number(pdfInfo(certificates.bytes).Pages)).toBe(facts.attended);
  const certificateText = comparable(pdfText(certificates.bytes)).replace(/\s/g, '');
  for (const script of [ARABIC, CYRILLIC]) {
    const person = facts.attendees.find((p) => script.test(`${p.given}${p.family}`))!;
    expect(certificateText).toContain(
      comparable(`${person.given}${person.family}`).replace(/\s/g, ''),
    );
  }

  // The visa letters asked for, with their passport details.
  const letters = await reports.download(
    'Invitation and visa-support letters',
    'PDF, everyone in one file',
  );
  expect(Number(pdfInfo(letters.bytes).Pages)).toBeGreaterThanOrEqual(facts.lettersReady);
  expect(comparable(pdfText(letters.bytes))).toContain(`passport no. ${facts.passport}`);

  // The same in French: the screens, and the documents in French.
  await app
    .getByRole('radiogroup', { name: 'Language', exact: true })
    .getByText('Français')
    .click();
  await reports.openExports(host, lyon);
  await reports.documentsIn('Français');
  const zip = await reports.download('Attestations de participation', 'ZIP, un PDF par personne');
  expect(zip.name).toMatch(/^attestations-specialists-group-.*\.zip$/);
  const archive = await JSZip.loadAsync(zip.bytes);
  const files = Object.keys(archive.files);
  expect(files).toHaveLength(facts.attended);
  const one = await archive.file(files[0]!)!.async('nodebuffer');
  expect(Number(pdfInfo(one).Pages)).toBe(1);
  expect(comparable(pdfText(one))).toContain('Attestation de participation');
  const lettres = comparable(
    pdfText(
      (
        await reports.download(
          'Lettres d’invitation et d’appui aux demandes de visa',
          'PDF, tout le monde en un fichier',
        )
      ).bytes,
    ),
  );
  expect(lettres).toContain('Madame, Monsieur,');
  expect(lettres).toContain(`passeport n° ${facts.passport}`);
  const rapport = await reports.download('Rapport de présence', 'CSV');
  expect(rapport.name).toMatch(/^rapport-presence-/);
  expect(Papa.parse(rapport.text.slice(1)).meta.delimiter).toBe(';');
  await app.screenshot({ path: test.info().outputPath('exports-fr.png'), fullPage: true });
  await reports.openDashboard(host, lyon);
  await expect(reports.headline).toContainText(`${facts.expected} participants de`);
  await app.screenshot({ path: test.info().outputPath('dashboard-fr.png'), fullPage: true });
});
