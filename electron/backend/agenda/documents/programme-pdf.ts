/**
 * The print-ready programme: a title block with the meeting's title, dates and place, then one
 * table per day (time, session with its people and awards, room), tentative sessions framed in
 * dashes and labelled, a running header and page numbers.
 */
import { countryName } from '../../../../shared/domain/countries';
import { formatDay, formatDayRange } from '../../../../shared/domain/time';
import { drawTable, type CellBlock, type TableRow } from '../../pdf/pdf-table';
import { PdfWriter, type Paper } from '../../pdf/pdf-writer';
import type { Span } from '../../pdf/text-layout';
import { personLine, type ProgrammeView, type SessionView } from './programme-model';
import { fill, labelled } from './programme-text';

const ACCENT = '#1c5d99';
const MUTED = '#5c636a';
const TENTATIVE = '#c92a2a';
const QUIET_TYPES = new Set(['break', 'meal']);

export interface ProgrammePdfOptions {
  paper: Paper;
  /** The day the document is dated ('yyyy-MM-dd'): the export's day in the meeting's zone. */
  versionDay: string;
}

function placeLine(view: ProgrammeView): string {
  const m = view.meeting;
  const place = [m.venue, m.city, m.countryCode ? countryName(m.countryCode, view.language) : '']
    .filter(Boolean)
    .join(', ');
  const dates = formatDayRange(m.startDate, m.endDate, view.language);
  return place ? `${dates} · ${place}` : dates;
}

function sessionCell(entry: SessionView, view: ProgrammeView): CellBlock[] {
  const { labels } = view;
  const s = entry.session;
  const title: Span[] = [{ text: s.title, weight: 'bold' }];
  if (s.tentative)
    title.push({ text: ` · ${labels.tentative}`, weight: 'bold', colour: TENTATIVE });
  const blocks: CellBlock[] = [{ content: title }];
  if (QUIET_TYPES.has(s.type)) return blocks;
  const meta = [
    entry.type,
    entry.track ? fill(labels.track, { track: entry.track }) : null,
    entry.region ? fill(labels.region, { region: entry.region }) : null,
    entry.presenter ? fill(labels.presentedBy, { presenter: entry.presenter }) : null,
    s.restricted ? labels.restricted : null,
  ].filter((m): m is string => m !== null);
  blocks.push({ content: meta.join(' · '), style: { size: 8, colour: MUTED }, gap: 1 });
  for (const group of entry.roles)
    blocks.push({
      content: [
        { text: labelled(group.label, view.language), weight: 'bold' },
        { text: group.people.map(personLine).join('; ') },
      ],
    });
  for (const award of entry.awards) {
    blocks.push({
      content: [
        { text: labelled(labels.award, view.language), weight: 'bold', colour: ACCENT },
        { text: award.line },
      ],
      gap: 3,
    });
    if (award.award.citation)
      blocks.push({ content: `“${award.award.citation}”`, style: { size: 8.5, colour: MUTED } });
  }
  if (s.description)
    blocks.push({ content: s.description, style: { size: 8.5, colour: MUTED }, gap: 3 });
  return blocks;
}

function roomCell(entry: SessionView, locations: Map<number, string>): CellBlock[] {
  const blocks: CellBlock[] = [{ content: entry.room }];
  const location = entry.session.roomId !== null ? locations.get(entry.session.roomId) : '';
  if (location && !entry.session.allRooms)
    blocks.push({ content: location, style: { size: 8, colour: MUTED }, gap: 1 });
  return blocks;
}

function titleBlock(writer: PdfWriter, view: ProgrammeView, versionDay: string): void {
  const { labels, meeting } = view;
  writer.paragraph(labels.title.toLocaleUpperCase(view.language), {
    size: 9,
    weight: 'bold',
    colour: ACCENT,
    spaceAfter: 2,
  });
  writer.paragraph(meeting.title, { size: 18, weight: 'bold', lineHeight: 1.2, spaceAfter: 4 });
  writer.paragraph(placeLine(view), { size: 11, spaceAfter: 2 });
  const version = fill(labels.version, { date: formatDay(versionDay, view.language) });
  const notes = [`${version} · ${fill(labels.timesIn, { zone: meeting.timeZone })}`];
  if (view.days.some((d) => d.sessions.some((s) => s.session.tentative)))
    notes.push(labels.tentativeNote);
  for (const note of notes) writer.paragraph(note, { size: 8.5, colour: MUTED });
  writer.space(8);
  writer.rule(ACCENT, 1, 10);
}

/** The programme PDF's bytes. */
export async function programmePdf(
  view: ProgrammeView,
  rooms: { id: number; location: string }[],
  options: ProgrammePdfOptions,
): Promise<Buffer> {
  const { labels, meeting } = view;
  const writer = new PdfWriter({
    paper: options.paper,
    language: view.language,
    info: { title: `${meeting.title} — ${labels.title}`, subject: labels.title },
  });
  writer.onPageStart((w) => {
    w.paragraph(`${meeting.title} — ${labels.title}`, { size: 8, colour: MUTED, spaceAfter: 3 });
    w.rule('#c8ccd0', 0.5, 8);
  });
  titleBlock(writer, view, options.versionDay);
  const locations = new Map(rooms.map((r) => [r.id, r.location]));
  view.days.forEach((day, i) => {
    if (i > 0) writer.space(10);
    writer.heading(day.heading, { size: 13, colour: ACCENT, keepWith: 70, spaceAfter: 4 });
    if (day.sessions.length === 0) {
      writer.paragraph(labels.noSessions, { colour: MUTED });
      return;
    }
    const rows: TableRow[] = day.sessions.map((entry) => ({
      cells: [
        [{ content: entry.time, style: { weight: 'bold' } }],
        sessionCell(entry, view),
        roomCell(entry, locations),
      ],
      background: QUIET_TYPES.has(entry.session.type) ? '#f3f4f6' : undefined,
      dashed: entry.session.tentative,
    }));
    drawTable(writer, {
      columns: [
        { header: labels.columns.time, weight: view.language === 'fr' ? 1.45 : 1.25 },
        { header: labels.columns.session, weight: 5 },
        { header: labels.columns.room, weight: 1.7 },
      ],
      rows,
      bodyStyle: { size: 9 },
    });
  });
  if (view.otherAwards.length) {
    writer.space(10);
    writer.heading(labels.otherAwards, { size: 13, colour: ACCENT });
    for (const award of view.otherAwards) {
      writer.paragraph(award.line, { weight: 'bold', spaceAfter: 1 });
      if (award.award.citation)
        writer.paragraph(`“${award.award.citation}”`, { size: 9, colour: MUTED, spaceAfter: 6 });
    }
  }
  return writer.finish((page, count) => fill(labels.page, { page, count }));
}
