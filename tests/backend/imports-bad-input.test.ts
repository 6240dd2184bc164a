import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { counts, createMeeting, csv, file, HEADERS, MAPPING, xlsx } from './imports-fixtures';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

async function setup() {
  const backend = testBackend();
  const meetingId = await createMeeting(backend);
  return { backend, meetingId };
}

/** Every step refuses the file with the same message, and the database is untouched. */
async function expectRefused(
  name: string,
  bytes: Uint8Array | string,
  message: string,
  code = 'validation',
) {
  const { backend, meetingId } = await setup();
  const before = counts(backend);
  const source = { meetingId, file: file(name, bytes) };
  for (const [channel, input] of [
    ['imports.inspect', source],
    ['imports.check', { ...source, mapping: MAPPING }],
    ['imports.run', { ...source, mapping: MAPPING }],
  ] as const) {
    const reply = await backend.dispatch(channel, input);
    expect(reply, channel).toMatchObject({ ok: false, error: { code, message } });
  }
  expect(counts(backend)).toEqual(before);
}

describe('files that are not participant lists', () => {
  it('refuses an empty file', () => expectRefused('p.csv', '', 'imports.messages.emptyFile'));

  it('refuses a file of blank lines', () =>
    expectRefused('p.csv', '\r\n \r\n\r\n', 'imports.messages.emptyFile'));

  it('refuses a CSV with only headers', () =>
    expectRefused('p.csv', csv([HEADERS]), 'imports.messages.headersOnly'));

  it('refuses an XLSX with only headers', async () =>
    expectRefused('p.xlsx', await xlsx({ Sheet1: [HEADERS] }), 'imports.messages.headersOnly'));

  it('refuses an image renamed .csv', () =>
    expectRefused('participants.csv', PNG, 'imports.messages.notSpreadsheet'));

  it('refuses other binary content by its NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    return expectRefused('participants.csv', bytes, 'imports.messages.binaryFile');
  });

  it('refuses a truncated XLSX', async () => {
    const whole = await xlsx({ Sheet1: [HEADERS, ['A', 'B', 'a@b.org', '', 'Mali', '']] });
    await expectRefused(
      'p.xlsx',
      whole.slice(0, whole.length - 300),
      'imports.messages.xlsxDamaged',
    );
  });

  it('refuses a file named .xlsx that is not a workbook', () =>
    expectRefused(
      'p.xlsx',
      csv([HEADERS, ['A', 'B', '', '', '', '']]),
      'imports.messages.xlsxDamaged',
    ));

  it('refuses a 50 MB file before reading it', async () => {
    const { backend, meetingId } = await setup();
    const base64 = Buffer.alloc(50 * 1024 * 1024, 'a').toString('base64');
    const reply = await backend.dispatch('imports.inspect', {
      meetingId,
      file: { name: 'big.csv', base64 },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: 'imports.messages.fileTooLarge?max=20' },
    });
  });
});

describe('rows that cannot be imported as they are', () => {
  async function check(rows: string[][]) {
    const { backend, meetingId } = await setup();
    const source = { meetingId, file: file('p.csv', csv([HEADERS, ...rows])), mapping: MAPPING };
    const report = await backend.call('imports.check', source);
    return { backend, source, report };
  }

  it('reports a row without a name, and writes nothing until the user decides', async () => {
    const { backend, source, report } = await check([
      ['Aminata', 'Diallo', 'a.diallo@example.org', '', 'Mali', ''],
      ['', '', 'nobody@example.org', 'IOM', 'Niger', ''],
    ]);
    expect(report.errors).toEqual([
      { row: 3, field: null, value: '', message: 'imports.messages.nameMissing' },
    ]);
    expect(report).toMatchObject({ rowCount: 2, validCount: 1, errorRowCount: 1 });
    const refused = await backend.dispatch('imports.run', source);
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'imports.messages.rowsHaveErrors?count=1' },
    });
    expect(counts(backend).people).toBe(0);
    const result = await backend.call('imports.run', { ...source, skipInvalidRows: true });
    expect(result.batch).toMatchObject({ createdCount: 1, skippedCount: 1 });
  });

  it('reports an email in the wrong shape', async () => {
    const { backend, source, report } = await check([
      ['Kofi', 'Mensah', 'kofi.mensah@', '', 'Ghana', ''],
      ['Ama', 'Owusu', 'ama owusu@example.org', '', 'Ghana', ''],
    ]);
    expect(report.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [2, 'email', 'imports.messages.invalidEmail'],
      [3, 'email', 'imports.messages.invalidEmail'],
    ]);
    expect((await backend.dispatch('imports.run', source)).ok).toBe(false);
    expect(counts(backend).people).toBe(0);
  });

  it('asks about an unknown country instead of guessing, and stores the answer', async () => {
    const { backend, source, report } = await check([
      ['Koffi', 'Houngbédji', '', '', 'Dahomey', ''],
      ['Rachida', 'Alao', '', '', 'Dahomey', ''],
      ['Awa', 'Ndiaye', '', '', 'Senegal', ''],
    ]);
    expect(report.countries).toEqual([
      { value: 'Dahomey', count: 2, rows: [2, 3], suggestions: [] },
    ]);
    const refused = await backend.dispatch('imports.run', source);
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'imports.messages.countriesUnanswered?count=1' },
    });
    expect(counts(backend).people).toBe(0);
    await backend.call('imports.run', { ...source, countryAnswers: { Dahomey: 'BJ' } });
    const codes = backend.db
      .prepare('SELECT family_names, country_code FROM person ORDER BY id')
      .all();
    expect(codes).toEqual([
      { family_names: 'Houngbédji', country_code: 'BJ' },
      { family_names: 'Alao', country_code: 'BJ' },
      { family_names: 'Ndiaye', country_code: 'SN' },
    ]);
  });

  it('suggests, without choosing, for a misspelt or ambiguous country', async () => {
    const { report } = await check([
      ['A', 'B', '', '', 'Cote Divore', ''],
      ['C', 'D', '', '', 'Congo', ''],
    ]);
    expect(report.countries).toEqual([
      { value: 'Cote Divore', count: 1, rows: [2], suggestions: ['CI'] },
      { value: 'Congo', count: 1, rows: [3], suggestions: ['CD', 'CG'] },
    ]);
  });

  it('stores a formula as plain text and flags it', async () => {
    const formula = "=cmd|' /C calc'!A0";
    const { backend, source, report } = await check([
      ['Lena', 'Vogel', '', formula, 'Germany', ''],
    ]);
    expect(report.warnings).toEqual([
      { row: 2, field: 'organisation', value: formula, message: 'imports.messages.formula' },
    ]);
    expect(report.errorCount).toBe(0);
    await backend.call('imports.run', source);
    const org = backend.db.prepare('SELECT name FROM organisation').get() as { name: string };
    expect(org.name).toBe(formula);
  });

  it('flags an XLSX formula cell and keeps its text, not its cached result', async () => {
    const { backend, meetingId } = await setup();
    const bytes = await xlsx({
      Sheet1: [
        HEADERS,
        [
          'Lena',
          'Vogel',
          '',
          { formula: 'WEBSERVICE("http://x.example")', result: 'Europol' },
          'DE',
          '',
        ],
      ],
    });
    const source = { meetingId, file: file('p.xlsx', bytes), mapping: MAPPING };
    const report = await backend.call('imports.check', source);
    expect(report.warnings[0]).toMatchObject({
      field: 'organisation',
      value: '=WEBSERVICE("http://x.example")',
      message: 'imports.messages.formula',
    });
  });

  it('refuses a mapping without any name column', async () => {
    const { backend, meetingId } = await setup();
    const reply = await backend.dispatch('imports.check', {
      meetingId,
      file: file('p.csv', csv([HEADERS, ['A', 'B', '', '', '', '']])),
      mapping: { email: 2 },
    });
    expect(reply).toMatchObject({ ok: false, error: { message: 'imports.messages.mapName' } });
  });
});
