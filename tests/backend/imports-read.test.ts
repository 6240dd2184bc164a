import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { createMeeting, csv, file, utf16be, utf16le, windows1252, xlsx } from './imports-fixtures';

const ROWS = [
  ['Prénom', 'Nom', 'Pays', 'Fonction'],
  ['Aïssata', 'Diôp', 'Sénégal', 'Commissaire principale'],
  ['Théo', 'Lefèvre', "Côte d'Ivoire", 'Officier de liaison'],
];

async function inspect(name: string, bytes: Uint8Array | string, options = {}) {
  const backend = testBackend();
  const meetingId = await createMeeting(backend);
  return backend.call('imports.inspect', { meetingId, file: file(name, bytes), options });
}

describe('reading encodings', () => {
  const text = csv(ROWS);

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf-8-bom',
    ],
    ['UTF-16 LE with BOM', utf16le(text), 'utf-16le'],
    ['UTF-16 LE without BOM', utf16le(text, false), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be(text), 'utf-16be'],
    ['Windows-1252', windows1252(text), 'windows-1252'],
  ])('detects %s and reads the accents right', async (_label, bytes, encoding) => {
    const result = await inspect('participants.csv', new Uint8Array(bytes));
    expect(result.encoding).toBe(encoding);
    expect(result.headers).toEqual(['Prénom', 'Nom', 'Pays', 'Fonction']);
    expect(result.preview[0]).toEqual(['Aïssata', 'Diôp', 'Sénégal', 'Commissaire principale']);
    expect(result.preview[1]?.[1]).toBe('Lefèvre');
    expect(result.rowCount).toBe(2);
  });

  it('reads Windows-1252 punctuation and ligatures (’ œ € –), not control characters', async () => {
    const text = csv([
      ['Nom', 'Fonction'],
      ['Lœvenbruck', 'Chargée de la protection de l’enfance – 5 €'],
    ]);
    const result = await inspect('p.csv', windows1252(text));
    expect(result.encoding).toBe('windows-1252');
    expect(result.preview[0]).toEqual([
      'Lœvenbruck',
      'Chargée de la protection de l’enfance – 5 €',
    ]);
  });

  it('lets the user correct a wrong guess: Windows-1252 bytes read as UTF-8 show replacement marks', async () => {
    const bytes = windows1252(text);
    const forced = await inspect('participants.csv', bytes, { encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.headers[0]).toContain('\uFFFD');
  });
});

describe('reading delimiters', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('detects %j (%s)', async (delimiter) => {
    const result = await inspect('p.csv', csv(ROWS, delimiter));
    expect(result.delimiter).toBe(delimiter);
    expect(result.headers).toHaveLength(4);
  });

  it('is not fooled by commas inside a semicolon file', async () => {
    const rows = [
      ['Nom', 'Organisation', 'Pays'],
      ['Diallo', 'Police, Brigade des mineurs', 'Mali'],
      ['Traoré', 'OIM, bureau de Bamako', 'Mali'],
    ];
    const text = rows.map((r) => r.join(';')).join('\n');
    const result = await inspect('p.csv', text);
    expect(result.delimiter).toBe(';');
    expect(result.preview[0]).toEqual(['Diallo', 'Police, Brigade des mineurs', 'Mali']);
  });

  it('follows a delimiter the user chose', async () => {
    const result = await inspect('p.csv', csv(ROWS, ';'), { delimiter: ',' });
    expect(result.delimiter).toBe(',');
    expect(result.headers).toHaveLength(1);
  });

  it('keeps quoted line breaks in a cell and skips blank lines', async () => {
    const text = 'Name,Notes\r\n"Kim","line one\nline two"\n\n\nLee,x\n';
    const result = await inspect('p.csv', text);
    expect(result.rowCount).toBe(2);
    expect(result.preview[0]).toEqual(['Kim', 'line one\nline two']);
  });
});

describe('reading XLSX', () => {
  it('lists the sheets, picks the first with content and reads another on request', async () => {
    const bytes = await xlsx({
      Notes: [],
      Participants: ROWS,
      Speakers: [
        ['Name', 'Email'],
        ['Ana Souza', 'ana@example.org'],
      ],
    });
    const first = await inspect('participants.xlsx', bytes);
    expect(first.format).toBe('xlsx');
    expect(first.sheets).toEqual(['Notes', 'Participants', 'Speakers']);
    expect(first.sheet).toBe('Participants');
    expect(first.headers).toEqual(['Prénom', 'Nom', 'Pays', 'Fonction']);
    const other = await inspect('participants.xlsx', bytes, { sheet: 'Speakers' });
    expect(other.headers).toEqual(['Name', 'Email']);
    expect(other.preview).toEqual([['Ana Souza', 'ana@example.org']]);
  });

  it('reads numbers as text and keeps formulas as their text, unevaluated', async () => {
    const bytes = await xlsx({
      Sheet1: [
        ['Name', 'Phone', 'Notes'],
        ['Kim', 33472447000, { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' }],
      ],
    });
    const result = await inspect('p.xlsx', bytes);
    expect(result.preview[0]).toEqual([
      'Kim',
      '33472447000',
      '=HYPERLINK("http://evil.example","x")',
    ]);
  });

  it('recognises an XLSX by its content even when named .csv', async () => {
    const bytes = await xlsx({ Sheet1: ROWS });
    const result = await inspect('participants.csv', bytes);
    expect(result.format).toBe('xlsx');
    expect(result.rowCount).toBe(2);
  });
});
