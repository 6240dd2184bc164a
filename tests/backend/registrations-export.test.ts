import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

async function meetingWithTrickyPeople() {
  const backend = testBackend();
  const meetingId = await addMeeting(backend, { title: 'Réunion régionale — Cotonou' });
  const org = await backend.call('organisations.create', {
    name: '=HYPERLINK("http://evil.example","Click")',
    type: 'ngo',
  });
  const attacker = await register(
    backend,
    meetingId,
    {
      givenNames: '+SUM(A1)',
      familyNames: '-2+3',
      phone: '+33 1 23 45 67 89',
      position: '@cmd',
      countryCode: 'CI',
      organisationId: org.id,
    },
    { status: 'confirmed', role: 'speaker' },
  );
  const plain = await register(backend, meetingId, {
    givenNames: 'María',
    familyNames: 'Núñez',
    phone: '-12345',
    countryCode: 'DE',
  });
  return { backend, meetingId, ids: [plain.id, attacker.id] };
}

describe('registrations.export', () => {
  it('writes CSV as UTF-8 with a BOM, in the view’s order, formulas neutralised, phones kept', async () => {
    const { backend, meetingId, ids } = await meetingWithTrickyPeople();
    const file = await backend.call('registrations.export', { meetingId, ids, format: 'csv' });
    expect(file.fileName).toBe('participants-reunion-regionale-cotonou.csv');
    expect(file.mimeType).toMatch(/^text\/csv/);
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
    });
    expect(parsed.data.map((r) => r['Family names'])).toEqual(['Núñez', "'-2+3"]);
    const attacker = parsed.data[1]!;
    expect(attacker).toMatchObject({
      'Given names': "'+SUM(A1)",
      Organisation: `'=HYPERLINK("http://evil.example","Click")`,
      Position: "'@cmd",
      Phone: '+33 1 23 45 67 89',
      Country: 'Côte d’Ivoire',
      Region: 'Africa',
      Role: 'Speaker',
      Status: 'Confirmed',
      'Organisation type': 'NGO / civil society',
    });
    expect(parsed.data[0]).toMatchObject({ Phone: '-12345', Country: 'Germany' });
  });

  it('writes XLSX with French headers and names that a spreadsheet reads back as text', async () => {
    const { backend, meetingId, ids } = await meetingWithTrickyPeople();
    const file = await backend.call('registrations.export', {
      meetingId,
      ids: [...ids].reverse(),
      format: 'xlsx',
      language: 'fr',
    });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(3);
    expect(values(1)).toEqual(expect.arrayContaining(['Nom(s) de famille', 'Pays', 'Téléphone']));
    const header = values(1) as string[];
    const cell = (row: number, name: string) => values(row)[header.indexOf(name)];
    expect(cell(2, 'Nom(s) de famille')).toBe("'-2+3");
    expect(cell(2, 'Téléphone')).toBe('+33 1 23 45 67 89');
    expect(sheet.getRow(2).getCell(header.indexOf('Téléphone') + 1).type).toBe(
      ExcelJS.ValueType.String,
    );
    expect(cell(2, 'Pays')).toBe('Côte d’Ivoire');
    expect(cell(2, 'Statut')).toBe('Confirmé(e)');
    expect(cell(3, 'Nom(s) de famille')).toBe('Núñez');
    expect(cell(3, 'Pays')).toBe('Allemagne');
  });

  it('leaves out ids of other meetings', async () => {
    const { backend, meetingId, ids } = await meetingWithTrickyPeople();
    const other = await addMeeting(backend, { title: 'Other' });
    const stranger = await register(backend, other, { familyNames: 'Stranger' });
    const file = await backend.call('registrations.export', {
      meetingId,
      ids: [stranger.id, ...ids],
      format: 'csv',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).not.toContain('Stranger');
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });

  it('separates CSV columns the way spreadsheets of the language expect, unless told', async () => {
    const { backend, meetingId, ids } = await meetingWithTrickyPeople();
    const read = async (input: { language?: 'en' | 'fr'; separator?: ',' | ';' | '\t' }) => {
      const file = await backend.call('registrations.export', {
        meetingId,
        ids,
        format: 'csv',
        ...input,
      });
      const text = Buffer.from(file.base64, 'base64').toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      // Read back by a second reader that guesses the separator, as a spreadsheet would.
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true });
      expect(parsed.errors).toEqual([]);
      return { delimiter: parsed.meta.delimiter, rows: parsed.data };
    };
    const french = await read({ language: 'fr' });
    expect(french.delimiter).toBe(';');
    expect(french.rows[0]).toMatchObject({ 'Nom(s) de famille': 'Núñez', Pays: 'Allemagne' });
    expect(french.rows[1]).toMatchObject({ Téléphone: '+33 1 23 45 67 89' });
    const english = await read({ language: 'en' });
    expect(english.delimiter).toBe(',');
    expect(english.rows[1]).toMatchObject({ Country: 'Côte d’Ivoire' });
    expect((await read({ language: 'fr', separator: ',' })).delimiter).toBe(',');
    const tabs = await read({ language: 'en', separator: '\t' });
    expect(tabs.delimiter).toBe('\t');
    expect(tabs.rows[0]).toMatchObject({ 'Family names': 'Núñez' });
  });
});
