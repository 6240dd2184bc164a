/**
 * The badges PDF: sheets of badges in the chosen layout, each sheet's cut marks, and, when the
 * organiser chose fields for the back, a back page after each front page (mirrored for duplex
 * printing). A long run yields between sheets, so its progress is reported and a cancel lands.
 */
import {
  BADGE_GEOMETRY,
  MM,
  badgeSlot,
  badgesPerSheet,
  cutMarks,
  hasBack,
  type BadgeField,
  type BadgeLayout,
} from '../../../../shared/domain/badges';
import type { JobControl } from '../../imports/job';
import { PdfWriter } from '../../pdf/pdf-writer';
import { drawBack, drawFront, type BadgeCanvas } from './badge-draw';
import { documentFlags } from './badge-flags';
import type { BadgeSet } from './badge-model';

export type BadgePhase = 'badges';

export interface BadgesPdfOptions {
  layout: BadgeLayout;
  fields: readonly BadgeField[];
}

const MARK_COLOUR = '#000000';

function drawCutMarks(writer: PdfWriter, layout: BadgeLayout): void {
  const { doc } = writer;
  doc.save().lineWidth(0.4).strokeColor(MARK_COLOUR);
  for (const mark of cutMarks(layout))
    doc.moveTo(mark.x1 * MM, mark.y1 * MM).lineTo(mark.x2 * MM, mark.y2 * MM);
  doc.stroke().restore();
}

/** The PDF's bytes and its page count. */
export async function badgesPdf(
  set: BadgeSet,
  options: BadgesPdfOptions,
  job: JobControl<BadgePhase>,
): Promise<{ bytes: Buffer; pages: number }> {
  const geometry = BADGE_GEOMETRY[options.layout];
  const writer = new PdfWriter({
    paper: [geometry.page.width * MM, geometry.page.height * MM],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    language: set.text.main,
    info: {
      title: `${set.meetingTitle} — ${set.text.title}`,
      subject: set.text.title,
    },
  });
  const canvas: BadgeCanvas = {
    writer,
    set,
    fields: options.fields,
    flag: documentFlags(writer.doc),
  };
  const perSheet = badgesPerSheet(options.layout);
  const landscape = geometry.badge.width > geometry.badge.height;
  const back = hasBack(options.fields);
  const total = set.badges.length;
  let pages = 0;
  job.progress('badges', 0, total);
  for (let start = 0; start < total; start += perSheet) {
    const sheet = set.badges.slice(start, start + perSheet);
    if (pages > 0) writer.addPage();
    pages++;
    drawCutMarks(writer, options.layout);
    sheet.forEach((badge, i) =>
      drawFront(canvas, badge, badgeSlot(options.layout, i, 'front'), landscape),
    );
    if (back) {
      writer.addPage();
      pages++;
      drawCutMarks(writer, options.layout);
      sheet.forEach((badge, i) =>
        drawBack(canvas, badge, badgeSlot(options.layout, i, 'back'), landscape),
      );
    }
    job.progress('badges', start + sheet.length, total);
    await job.checkpoint();
  }
  return { bytes: await writer.finish(), pages };
}
