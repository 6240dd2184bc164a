import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { failure } from './people-fixtures';
import { AFTER_MEETING_A, openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend(AFTER_MEETING_A);
let lyon: number;
let cotonou: number;
const events: { event: string; payload: unknown }[] = [];

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
  backend.onEvent((event, payload) => events.push({ event, payload }));
});

async function download(input: Parameters<typeof backend.call<'reports.export'>>[1]) {
  const saved = await backend.call('reports.export', input);
  if (saved.outcome !== 'download') throw new Error(`expected a download, got ${saved.outcome}`);
  return { name: saved.fileName, bytes: Buffer.from(saved.base64, 'base64') };
}

const DATED = /-\d{4}-\d{2}-\d{2}\./;

describe('the export centre', () => {
  it('writes the participants as CSV with a BOM, ";" in French and "," in English, every row read back', async () => {
    const total = (await backend.call('registrations.list', { meetingId: lyon })).length;
    for (const [language, delimiter] of [
      ['fr', ';'],
      ['en', ','],
    ] as const) {
      const file = await download({
        meetingId: lyon,
        kind: 'participants',
        format: 'csv',
        language,
      });
      expect(file.name).toMatch(/^participants-specialists-group-on-crimes-against-children/);
      expect(file.name).toMatch(DATED);
      const text = file.bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.delimiter).toBe(delimiter);
      expect(parsed.data).toHaveLength(total + 1);
    }
  });

  it('neutralises formulas typed into names and organisations in every spreadsheet it writes', async () => {
    const org = await backend.call('organisations.create', {
      name: '=HYPERLINK("http://evil.example","Click")',
      type: 'ngo',
      countryCode: 'BJ',
    });
    await backend.call('registrations.create', {
      meetingId: cotonou,
      person: {
        givenNames: '+SUM(A1)',
        familyNames: '@cmd',
        organisationId: org.id,
        countryCode: 'BJ',
        consentToList: true,
      },
      registration: { status: 'confirmed' },
    });
    const list = await download({ meetingId: cotonou, kind: 'participantList', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(list.bytes as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    expect(values).toContain(`'=HYPERLINK("http://evil.example","Click")`);
    expect(values).toContain("'+SUM(A1)");
    expect(values).toContain("'@cmd");
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.formula, String(cell.value)).toBeUndefined()),
      );
    const csv = await download({ meetingId: cotonou, kind: 'participants', format: 'csv' });
    expect(csv.bytes.toString('utf8')).toContain(`'=HYPERLINK(`);
  });

  it('hands out the programme through the agenda’s own exports, named for the meeting and the day', async () => {
    const pdf = await download({ meetingId: lyon, kind: 'programme', format: 'pdf' });
    expect(pdf.name).toMatch(/^programme-specialists-group-.*\.pdf$/);
    expect(pdf.name).toMatch(DATED);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const ics = await download({ meetingId: cotonou, kind: 'programme', format: 'ics' });
    expect(ics.bytes.toString('utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('reports progress under the job id while the list is laid out', async () => {
    events.length = 0;
    await download({ meetingId: lyon, kind: 'participantList', format: 'pdf', jobId: 'job-1' });
    const progress = events
      .filter((e) => e.event === 'job.progress')
      .map((e) => e.payload as { jobId: string; phase: string; done: number; total: number });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((p) => p.jobId === 'job-1')).toBe(true);
    expect(progress.map((p) => p.phase)).toContain('layout');
  });

  it('stops when cancelled, saying so', async () => {
    // A cancel that arrives before its job starts is kept and honoured at the first checkpoint.
    expect(await backend.call('reports.cancel', { jobId: 'job-2' })).toEqual({ cancelled: false });
    const error = await failure(backend as never, 'reports.export', {
      meetingId: lyon,
      kind: 'participantList',
      format: 'pdf',
      jobId: 'job-2',
    });
    expect(error).toMatchObject({ code: 'cancelled', message: 'reports.errors.cancelled' });
  });

  it('refuses a format the kind does not come in, and an unknown meeting', async () => {
    const bad = await failure(backend as never, 'reports.export', {
      meetingId: lyon,
      kind: 'participants',
      format: 'pdf',
    });
    expect(bad.code).toBe('validation');
    expect(bad.issues?.[0]?.path).toEqual(['format']);
    const missing = await failure(backend as never, 'reports.export', {
      meetingId: 99999,
      kind: 'participantList',
      format: 'pdf',
    });
    expect(missing.code).toBe('not_found');
  });

  it('tells the export centre what can be made: participants, sessions, attendance, letters', async () => {
    const status = await backend.call('reports.exportStatus', { meetingId: cotonou });
    expect(status.registrations).toBeGreaterThan(50);
    expect(status.sessions).toBeGreaterThan(5);
    expect(status.attendanceRecorded).toBe(true);
    expect(status.attended).toBe(
      backend.db
        .prepare('SELECT count(DISTINCT registration_id) FROM attendance_day WHERE meeting_id = ?')
        .pluck()
        .get(cotonou),
    );
    expect(status.visaLetters.ready).toBeLessThanOrEqual(status.visaLetters.asked);
    expect(status.language).toBe('fr');
    const { id } = await backend.call('meetings.create', {
      title: 'Not started',
      kind: 'training',
      startDate: '2026-10-05',
      endDate: '2026-10-06',
      timeZone: 'Europe/Paris',
      languages: ['en'],
    });
    expect(await backend.call('reports.exportStatus', { meetingId: id })).toMatchObject({
      attendanceRecorded: false,
      attended: 0,
      visaLetters: { asked: 0, ready: 0 },
    });
  });
});
