import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../../shared/domain/people';
import type { Output } from '../../shared/api';
import {
  comparable,
  inkRatio,
  LIBREOFFICE,
  libreOfficeSheets,
  pdfFonts,
  pdfInfo,
  pdfText,
  POPPLER,
  POPPLER_MISSING,
} from './document-readers';
import { openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend();
let lyon: number;
let cotonou: number;
type Row = Output<'registrations.list'>[number];
let expectedA: Row[];

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
  expectedA = (await backend.call('registrations.list', { meetingId: lyon })).filter((r) =>
    ['registered', 'confirmed'].includes(r.status),
  );
});

async function exportList(meetingId: number, format: 'pdf' | 'xlsx', language?: 'en' | 'fr') {
  const saved = await backend.call('reports.export', {
    meetingId,
    kind: 'participantList',
    format,
    ...(language ? { language } : {}),
  });
  if (saved.outcome !== 'download') throw new Error('the browser host downloads');
  return { name: saved.fileName, bytes: Buffer.from(saved.base64, 'base64') };
}

/** Each sheet's rows, read by LibreOffice when installed, else SheetJS: not the writer. */
function readSheets(bytes: Buffer): Record<string, string[][]> {
  if (LIBREOFFICE)
    return Object.fromEntries(
      Object.entries(libreOfficeSheets(bytes)).map(([name, csv]) => [
        name,
        Papa.parse<string[]>(csv, { skipEmptyLines: true }).data,
      ]),
    );
  const workbook = XLSX.read(bytes);
  return Object.fromEntries(
    workbook.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[name]!, {
        header: 1,
        raw: false,
        defval: '',
      }),
    ]),
  );
}

/**
 * pdftotext gives some letters drawn as a base and a combining mark without the mark ("Ngọc" comes
 * out as "Ngoc" though the page shows it): compare with marks removed on both sides.
 */
const folded = (text: string) => comparable(text).normalize('NFKD').replace(/\p{M}/gu, '');

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('the list of participants by country and organisation', () => {
  it('names every consenting participant of meeting A, Arabic and Cyrillic included, and never the others', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { name, bytes } = await exportList(lyon, 'pdf');
    expect(name).toMatch(/^participant-list-specialists-group-.*-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = folded(pdfText(bytes));
    const listed = expectedA.filter((r) => r.consentToList);
    const unlisted = expectedA.filter((r) => !r.consentToList);
    expect(unlisted.length).toBeGreaterThan(3);
    for (const r of listed) expect(text).toContain(folded(displayName(r)));
    for (const r of unlisted)
      expect(text).not.toContain(folded(`${r.givenNames} ${r.familyNames}`));
    expect(listed.some((r) => ARABIC.test(r.familyNames))).toBe(true);
    expect(listed.some((r) => CYRILLIC.test(r.familyNames))).toBe(true);
    const countries = new Set(expectedA.map((r) => r.countryCode)).size;
    expect(text).toContain(`${expectedA.length} participants from ${countries} countries`);
    expect(text).toContain(
      `${unlisted.length} participants did not consent to be listed: counted in the totals, not named.`,
    );
    const france = expectedA.filter((r) => r.countryCode === 'FR').length;
    // comparable() drops brackets: the heading reads "France (11)" on the page.
    expect(text).toContain(`France ${france} `);
  });

  it('embeds its Noto fonts and draws its pages', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { bytes } = await exportList(lyon, 'pdf');
    for (const font of pdfFonts(bytes))
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    const pages = Number(pdfInfo(bytes).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(inkRatio(bytes, 1)).toBeGreaterThan(0.02);
    expect(inkRatio(bytes, pages)).toBeGreaterThan(0.005);
  });

  it('is in French for meeting B, countries in French alphabetical order', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { name, bytes } = await exportList(cotonou, 'pdf');
    expect(name).toMatch(/^liste-des-participants-regional-working-group-/);
    const text = comparable(pdfText(bytes));
    expect(text).toContain('LISTE DES PARTICIPANTS');
    expect(text).toMatch(/\d+ participants de \d+ pays/);
    expect(text).toContain('Page 1 sur');
    expect(text).toMatch(/Tchad \d+ /);
    // The country order, read where it is unambiguous: the workbook's country sheet.
    const sheets = readSheets((await exportList(cotonou, 'xlsx')).bytes);
    const countries = sheets['Pays']!.slice(1, -1).map((r) => r[0]!);
    expect(countries).toEqual(
      [...countries].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare),
    );
    expect(countries).toContain('Tchad');
    expect(countries.indexOf('Bénin')).toBeLessThan(countries.indexOf('Burkina Faso'));
  });

  it('gives the same people and figures in XLSX, read back by another reader', async () => {
    const { name, bytes } = await exportList(lyon, 'xlsx');
    expect(name).toMatch(/\.xlsx$/);
    const sheets = readSheets(bytes);
    const people = sheets['Participants']!;
    const countries = sheets['Countries']!;
    expect(people[0]).toEqual([
      'Country',
      'Organisation',
      'Acronym',
      'Title',
      'Family name',
      'Given names',
      'Position',
    ]);
    const listed = expectedA.filter((r) => r.consentToList);
    expect(people).toHaveLength(listed.length + 1);
    expect(
      people
        .slice(1)
        .map((r) => `${r[5]} ${r[4]}`)
        .sort(),
    ).toEqual(listed.map((r) => `${r.givenNames} ${r.familyNames}`).sort());
    const total = countries.at(-1)!;
    expect(total).toEqual([
      'Total',
      String(listed.length),
      String(expectedA.length - listed.length),
      String(expectedA.length),
    ]);
    const body = countries.slice(1, -1);
    expect(body.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(expectedA.length);
    expect(body.find((r) => r[0] === 'France')?.[3]).toBe(
      String(expectedA.filter((r) => r.countryCode === 'FR').length),
    );
  });

  it('says so when nobody is expected yet', async (ctx) => {
    ctx.skip(!POPPLER, POPPLER_MISSING);
    const { id } = await backend.call('meetings.create', {
      title: 'Nobody yet',
      kind: 'training',
      startDate: '2026-10-05',
      endDate: '2026-10-06',
      timeZone: 'Europe/Paris',
      languages: ['en'],
    });
    const text = comparable(pdfText((await exportList(id, 'pdf')).bytes));
    expect(text).toContain('0 participants from 0 countries');
    expect(text).toContain('Nobody is registered or confirmed for this meeting yet.');
  });
});
