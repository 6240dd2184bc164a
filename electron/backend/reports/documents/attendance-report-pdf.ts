/**
 * The attendance report as a PDF for the meeting's file: the headline and what it counts, people
 * present each day, every session's attendance, totals by country and by organisation, the
 * no-shows, and last the whole person-by-day matrix (the long part, so the figures come first).
 * Selectable text in embedded Noto fonts, through the shared PDF layer.
 */
import type { AttendanceReport, TotalLine } from '../../../../shared/domain/attendance-report';
import { formatDay, formatDayRange, formatShortWeekday } from '../../../../shared/domain/time';
import { drawTable, type TableColumn, type TableRow } from '../../pdf/pdf-table';
import { PdfWriter, type Paper } from '../../pdf/pdf-writer';
import { fill, timeRange, type DocumentLanguage } from '../../agenda/documents/programme-text';
import { attendanceLabels } from './attendance-report-sheets';

const ACCENT = '#1c5d99';
const MUTED = '#5c636a';

export interface AttendancePdfOptions {
  language: DocumentLanguage;
  paper: Paper;
  meeting: { title: string; startDate: string; endDate: string; place: string };
  /** The day the report is made, in the meeting's zone. */
  versionDay: string;
  /** Called between sections, so a long report reports progress and can be cancelled. */
  afterSection?: (done: number, total: number) => Promise<void>;
}

const cell = (content: string, style: TableRow['cells'][number][number]['style'] = {}) => [
  { content, style },
];
const number = (n: number, language: string) => cell(n.toLocaleString(language));

function totalsTable(
  writer: PdfWriter,
  first: string,
  lines: readonly TotalLine[],
  total: TotalLine,
  report: AttendanceReport,
  language: DocumentLanguage,
) {
  const c = attendanceLabels(language).columns;
  const columns: TableColumn[] = [
    { header: first, weight: 3.2 },
    { header: c.expected, weight: 1, align: 'end' },
    { header: c.attended, weight: 1, align: 'end' },
    { header: c.noShows, weight: 1, align: 'end' },
    ...report.days.map((d): TableColumn => ({
      header: formatShortWeekday(d, language),
      weight: 1,
      align: 'end',
    })),
  ];
  const row = (t: TotalLine, bold = false): TableRow => ({
    cells: [
      cell(t.name, bold ? { weight: 'bold' } : {}),
      ...[t.expected, t.attended, t.noShows, ...t.byDay].map((n) => number(n, language)),
    ],
    ...(bold ? { background: '#f4f6f8' } : {}),
  });
  drawTable(writer, {
    columns,
    rows: [...lines.map((t) => row(t)), row(total, true)],
    bodyStyle: { size: 8.5 },
    padding: 3,
  });
}

/** The PDF's bytes. */
export async function attendanceReportPdf(
  report: AttendanceReport,
  options: AttendancePdfOptions,
): Promise<Buffer> {
  const { language, meeting } = options;
  const l = attendanceLabels(language);
  const c = l.columns;
  const writer = new PdfWriter({
    paper: options.paper,
    language,
    info: { title: `${meeting.title} — ${l.title}`, subject: l.title },
  });
  writer.onPageStart((w) => {
    w.paragraph(`${meeting.title} — ${l.title}`, { size: 8, colour: MUTED, spaceAfter: 3 });
    w.rule('#c8ccd0', 0.5, 8);
  });
  const sections = 6;
  const done = (n: number) => options.afterSection?.(n, sections);
  const heading = (text: string) => {
    writer.space(10);
    writer.heading(text, { size: 12.5, colour: ACCENT, keepWith: 60, spaceAfter: 5 });
  };

  writer.paragraph(l.title.toLocaleUpperCase(language), {
    size: 9,
    weight: 'bold',
    colour: ACCENT,
    spaceAfter: 2,
  });
  writer.paragraph(meeting.title, { size: 18, weight: 'bold', lineHeight: 1.2, spaceAfter: 4 });
  const dates = formatDayRange(meeting.startDate, meeting.endDate, language);
  writer.paragraph(meeting.place ? `${dates} · ${meeting.place}` : dates, { size: 11 });
  writer.paragraph(fill(l.version, { date: formatDay(options.versionDay, language) }), {
    size: 8.5,
    colour: MUTED,
    spaceAfter: 6,
  });
  const t = report.total;
  writer.paragraph(
    fill(l.summary, {
      attended: t.attended.toLocaleString(language),
      expected: t.expected.toLocaleString(language),
      noShows: t.noShows.toLocaleString(language),
    }),
    { size: 12, weight: 'bold', spaceAfter: 2 },
  );
  writer.paragraph(l.counted, { size: 8.5, colour: MUTED, spaceAfter: 4 });
  writer.rule(ACCENT, 1, 6);

  heading(l.byDayHeading);
  drawTable(writer, {
    columns: [
      { header: c.day, weight: 3 },
      { header: c.attended, weight: 1, align: 'end' },
    ],
    rows: report.days.map((day, i) => ({
      cells: [cell(formatDay(day, language)), number(t.byDay[i]!, language)],
    })),
    bodyStyle: { size: 9 },
    padding: 3,
  });
  await done(1);

  heading(l.sessionsHeading);
  drawTable(writer, {
    columns: [
      { header: c.day, weight: 1.3 },
      { header: c.time, weight: 1.3 },
      { header: c.session, weight: 4 },
      { header: c.room, weight: 1.6 },
      { header: c.attended, weight: 1, align: 'end' },
    ],
    rows: report.sessions.map((s) => ({
      cells: [
        cell(formatShortWeekday(s.day, language)),
        cell(timeRange(s.startMinute, s.endMinute, language)),
        cell(s.title),
        cell(s.room || l.noRoom, { colour: MUTED }),
        number(s.attended, language),
      ],
    })),
    bodyStyle: { size: 8.5 },
    padding: 3,
  });
  await done(2);

  heading(l.countriesHeading);
  totalsTable(writer, c.country, report.byCountry, t, report, language);
  await done(3);
  heading(l.organisationsHeading);
  totalsTable(writer, c.organisation, report.byOrganisation, t, report, language);
  await done(4);

  heading(fill(l.noShowsHeading, { count: report.noShows.length.toLocaleString(language) }));
  if (report.noShows.length === 0) writer.paragraph(l.noNoShows, { colour: MUTED });
  else
    drawTable(writer, {
      columns: [
        { header: c.name, weight: 3 },
        { header: c.organisation, weight: 3.4 },
        { header: c.country, weight: 2 },
      ],
      rows: report.noShows.map((p) => ({
        cells: [cell(p.name), cell(p.organisation), cell(p.country)],
      })),
      bodyStyle: { size: 8.5 },
      padding: 3,
    });
  await done(5);

  writer.addPage();
  writer.heading(l.peopleHeading, { size: 12.5, colour: ACCENT, keepWith: 60, spaceAfter: 5 });
  drawTable(writer, {
    columns: [
      { header: c.name, weight: 2.7 },
      { header: c.organisation, weight: 2.6 },
      { header: c.country, weight: 1.5 },
      ...report.days.map((d): TableColumn => ({
        header: formatShortWeekday(d, language),
        weight: 0.95,
        align: 'center',
      })),
      { header: c.daysShort, weight: 0.9, align: 'end' },
      { header: c.sessionsShort, weight: 1.1, align: 'end' },
    ],
    rows: report.people.map((p) => ({
      cells: [
        cell(p.name),
        cell(p.organisation, { colour: MUTED }),
        cell(p.country),
        ...p.present.map((present) =>
          present ? cell(l.present) : cell(l.absent, { colour: MUTED }),
        ),
        number(p.daysAttended, language),
        number(p.sessionsAttended, language),
      ],
      ...(p.noShow ? { background: '#fff4e6' } : {}),
    })),
    bodyStyle: { size: 7.5, lineHeight: 1.2 },
    padding: 2.5,
  });
  await done(6);
  return writer.finish((page, count) => fill(l.page, { page, count }));
}
