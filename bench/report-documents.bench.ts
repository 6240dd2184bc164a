/**
 * The reports' documents at the sizes issue 9 names: the attendance report for 2,000 participants
 * over 5 days and 300 sessions as XLSX and as PDF, against LibreOffice converting that same XLSX
 * (the peer: what a user would otherwise wait for to read the workbook), and 250 certificates in
 * one PDF against pdfkit writing 250 pages of plain text with its built-in font (the floor any
 * PDF of that length costs). Every figure goes through reports.export, as the export centre calls
 * it. The load average is printed with the rows: the build machines are shared.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { createBackend, type Backend } from '../electron/backend/backend';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { sampleInterleaved } from './lib/measure';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';
import { seedParticipants } from './participants-render.bench';

const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18'];
const PEOPLE = 2_000;
const SESSIONS = 300;
const CERTIFICATES = 250;
const N = 5;
const WARMUP = 1;

/** A meeting of 5 days with `people` participants, `sessions` sessions and their attendance. */
async function meetingWithAttendance(
  backend: Backend,
  title: string,
  people: number,
  sessions: number,
) {
  const { id } = (await call(backend, 'meetings.create', {
    ...SAMPLE_SPECIALISTS_GROUP,
    title,
    startDate: DAYS[0],
    endDate: DAYS.at(-1),
  })) as { id: number };
  await seedParticipants(backend, id, people);
  const perDay = sessions / DAYS.length;
  for (let s = 0; s < sessions; s++) {
    const slot = s % perDay;
    await call(backend, 'agenda.createSession', {
      meetingId: id,
      session: {
        title: `Session ${s + 1}: working group on topic ${slot + 1}`,
        type: 'working_group',
        day: DAYS[Math.floor(s / perDay)],
        startMinute: 8 * 60 + (slot % 12) * 50,
        endMinute: 8 * 60 + (slot % 12) * 50 + 45,
      },
    });
  }
  // Check-ins written straight into the attendance tables: 2,000 people through the desk's channel
  // would be the seed's time, not the measurement's. Most come every day, and each goes to about
  // ten of the day's sessions.
  const db = backend.db;
  const registrations = db
    .prepare('SELECT id FROM registration WHERE meeting_id = ? ORDER BY id')
    .pluck()
    .all(id) as number[];
  const sessionIds = db
    .prepare('SELECT id, day FROM session WHERE meeting_id = ? ORDER BY id')
    .all(id) as { id: number; day: string }[];
  const day = db.prepare(`INSERT INTO attendance_day (registration_id, meeting_id, day,
    checked_in_at, method) VALUES (?, ?, ?, ?, 'scan')`);
  const session = db.prepare(`INSERT INTO attendance_session (session_id, registration_id,
    checked_in_at, method) VALUES (?, ?, ?, 'session')`);
  db.transaction(() => {
    registrations.forEach((rid, i) => {
      DAYS.forEach((d, k) => {
        if ((i + k) % 9 === 0) return;
        day.run(rid, id, d, `${d}T07:30:00.000Z`);
        sessionIds
          .filter((s, j) => s.day === d && (j + i) % Math.max(1, Math.round(perDay / 10)) === 0)
          .forEach((s) => session.run(s.id, rid, `${d}T08:00:00.000Z`));
      });
    });
  })();
  return id;
}

const exported = async (backend: Backend, input: Record<string, unknown>) => {
  const saved = (await call(backend, 'reports.export', input)) as { base64: string };
  return Buffer.from(saved.base64, 'base64');
};

/** LibreOffice headless converting the XLSX to CSV: its start-up included, as a user waits it. */
function libreOfficeConvert(xlsx: Buffer, dir: string): void {
  const input = path.join(dir, 'report.xlsx');
  fs.writeFileSync(input, xlsx);
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--convert-to',
      'csv',
      '--outdir',
      dir,
      input,
    ],
    { stdio: 'ignore' },
  );
  if (run.status !== 0) throw new Error('LibreOffice could not convert the workbook');
}

/** pdfkit alone: 250 pages of a few lines in its built-in Helvetica, no layout, no embedding. */
function plainPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc.fontSize(18).text('Certificate of attendance', { align: 'center' });
    doc.fontSize(11).text(`This is to certify that participant ${i} attended the meeting.`);
  }
  doc.end();
  return done;
}

export async function benchReportDocuments(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-documents-', async (dir) => {
    const backend = createBackend({ dataDir: path.join(dir, 'data') });
    try {
      backend.db.pragma('synchronous = OFF');
      const big = await meetingWithAttendance(backend, 'Attendance report bench', PEOPLE, SESSIONS);
      const small = await meetingWithAttendance(backend, 'Certificates bench', CERTIFICATES, 20);
      backend.db.pragma('synchronous = FULL');
      const hasLibreOffice = !spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error;
      const xlsx = await exported(backend, { meetingId: big, kind: 'attendance', format: 'xlsx' });
      // CPU time too: on the shared 2-core machine wall-clock time mostly measures the scheduler.
      // The backend runs in this process, so its CPU time is the export's own work.
      const cpu: Record<string, number[]> = {};
      const timed =
        (name: string, task: () => Promise<unknown>): (() => Promise<unknown>) =>
        async () => {
          const before = process.cpuUsage();
          await task();
          const used = process.cpuUsage(before);
          (cpu[name] ??= []).push((used.user + used.system) / 1000);
        };
      const samples = await sampleInterleaved(
        {
          xlsx: timed('xlsx', () =>
            exported(backend, { meetingId: big, kind: 'attendance', format: 'xlsx' }),
          ),
          pdf: timed('pdf', () =>
            exported(backend, { meetingId: big, kind: 'attendance', format: 'pdf' }),
          ),
          ...(hasLibreOffice ? { libreOffice: () => libreOfficeConvert(xlsx, dir) } : {}),
          certificates: timed('certificates', () =>
            exported(backend, { meetingId: small, kind: 'certificates', format: 'pdf' }),
          ),
          plain: timed('plain', () => plainPdf(CERTIFICATES)),
        } as Record<string, () => unknown>,
        { warmup: WARMUP, n: N },
      );
      const load = `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;
      const peer = 'report-documents: LibreOffice converts the same XLSX to CSV';
      const floor = 'report-documents: pdfkit alone, 250 plain pages';
      const rows: BenchRow[] = [];
      if (hasLibreOffice)
        rows.push({
          name: peer,
          unit: 'ms',
          n: N,
          stats: summarize(samples.libreOffice!),
          note: `soffice --headless --convert-to csv, start-up included (the peer); ${load}`,
        });
      rows.push(
        {
          name: 'report-documents: attendance report XLSX, 2,000 × 5 days × 300 sessions',
          unit: 'ms',
          n: N,
          stats: summarize(samples.xlsx!),
          ...(hasLibreOffice ? { baseline: peer } : {}),
          targets: [{ stat: 'p50', max: 1000 }],
          note: `reports.export: attendance read, figures, five sheets written, base64 for download; ${load}`,
        },
        {
          name: 'report-documents: attendance report PDF, 2,000 × 5 days × 300 sessions',
          unit: 'ms',
          n: N,
          stats: summarize(samples.pdf!),
          ...(hasLibreOffice ? { baseline: peer } : {}),
          targets: [{ stat: 'p50', max: 3000 }],
          note: `the same figures laid out with embedded Noto fonts (sessions, totals, the person-by-day matrix); ${load}`,
        },
        { name: floor, unit: 'ms', n: N, stats: summarize(samples.plain!) },
        {
          name: 'report-documents: 250 certificates in one PDF',
          unit: 'ms',
          n: N,
          stats: summarize(samples.certificates!),
          baseline: floor,
          targets: [{ stat: 'p50', max: 5000 }],
          note: `reports.export certificates: attendance, template filled, Noto fonts embedded and subset; ${load}`,
        },
      );
      // The warm-up rounds' CPU times are left out, as their wall-clock times are.
      const cpuRow = (key: string, name: string, max: number): BenchRow => ({
        name: `${name} (CPU time)`,
        unit: 'ms',
        n: N,
        stats: summarize(cpu[key]!.slice(WARMUP)),
        targets: [{ stat: 'p50', max }],
        note: `the same export's CPU time in this process, which other processes' load does not inflate; ${load}`,
      });
      rows.push(
        cpuRow('xlsx', 'report-documents: attendance report XLSX', 1000),
        cpuRow('pdf', 'report-documents: attendance report PDF', 3000),
        cpuRow('certificates', 'report-documents: 250 certificates in one PDF', 5000),
      );
      return rows;
    } finally {
      backend.close();
    }
  });
}
