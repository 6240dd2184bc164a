/**
 * One badge, front or back, drawn in its slot: a portrait card (A6, sheets of four) with its text
 * centred and the QR code above the role band, or a landscape one (sheets of eight) with the text
 * on the left and the code on the right. Every text goes through the PDF layer's layout, so
 * Arabic, Cyrillic or Chinese names come out shaped and in the right order.
 */
import { formatTokenForPrint } from '../../../../shared/domain/badge-token';
import { MM, ROLE_COLOURS, type BadgeField, type Slot } from '../../../../shared/domain/badges';
import type { PdfWriter } from '../../pdf/pdf-writer';
import type { LaidParagraph, ParagraphStyle, Span } from '../../pdf/text-layout';
import type { PlacedImage } from './badge-flags';
import type { BadgeData, BadgeSet } from './badge-model';
import { drawQr } from './badge-qr';

const MUTED = '#5c636a';
const FLAG_BORDER = '#9aa0a6';

/** What drawing a badge needs besides the badge: the writer, the set's texts, the flags. */
export interface BadgeCanvas {
  writer: PdfWriter;
  set: BadgeSet;
  fields: readonly BadgeField[];
  flag(countryCode: string | null): PlacedImage | null;
}

/** The sizes of one orientation, in points. */
interface Metrics {
  pad: number;
  accent: number;
  band: number;
  qr: number;
  name: [max: number, min: number];
  roleSize: [max: number, min: number];
  body: number;
  flagHeight: number;
  align: ParagraphStyle['align'];
}

const PORTRAIT: Metrics = {
  pad: 6 * MM,
  accent: 3 * MM,
  band: 14 * MM,
  qr: 25 * MM,
  name: [26, 14],
  roleSize: [17, 9],
  body: 10.5,
  flagHeight: 5 * MM,
  align: 'center',
};

const LANDSCAPE: Metrics = {
  pad: 4 * MM,
  accent: 2 * MM,
  band: 9 * MM,
  qr: 25 * MM,
  name: [17, 10],
  roleSize: [12, 7],
  body: 8.5,
  flagHeight: 3.8 * MM,
  align: 'left',
};

type Block = { laid: LaidParagraph; gap: number; flag?: PlacedImage | null };

/**
 * The paragraph at the largest size from `sizes` (1 pt steps) that takes at most `maxLines`
 * lines; at the smallest, the lines beyond are left out.
 */
function fit(
  writer: PdfWriter,
  content: string | Span[],
  style: Partial<ParagraphStyle>,
  width: number,
  [max, min]: [number, number],
  maxLines: number,
): LaidParagraph {
  for (let size = max; size > min; size--) {
    const laid = writer.layout(content, { ...style, size }, width);
    if (laid.lines.length <= maxLines) return laid;
  }
  const laid = writer.layout(content, { ...style, size: min }, width);
  const lines = laid.lines.slice(0, maxLines);
  return { ...laid, lines, height: lines.length * laid.lineHeight };
}

const toPoints = (slot: Slot): Slot => ({
  x: slot.x * MM,
  y: slot.y * MM,
  width: slot.width * MM,
  height: slot.height * MM,
});

/** The coloured strip at the top and the band at the bottom with the role in every language. */
function drawRoleBands(c: BadgeCanvas, badge: BadgeData, box: Slot, m: Metrics): void {
  const colour = ROLE_COLOURS[badge.role];
  const { doc } = c.writer;
  doc.save().rect(box.x, box.y, box.width, m.accent).fill(colour);
  const top = box.y + box.height - m.band;
  doc.rect(box.x, top, box.width, m.band).fill(colour).restore();
  const word = c.set.text.role(badge.role, badge.gender).toLocaleUpperCase(c.set.text.main);
  const laid = fit(
    c.writer,
    word,
    { weight: 'bold', colour: '#ffffff', align: 'center', lineHeight: 1.1 },
    box.width - 2 * m.pad,
    m.roleSize,
    2,
  );
  c.writer.drawAt(laid, box.x + m.pad, top + (m.band - laid.height) / 2);
}

/** The QR code with the token printed under it, for a registrar to type from a damaged badge. */
function drawCode(c: BadgeCanvas, token: string, x: number, y: number, side: number): number {
  drawQr(c.writer.doc, token, x, y, side);
  const laid = c.writer.layout(
    formatTokenForPrint(token),
    { size: 5.5, colour: MUTED, align: 'center', lineHeight: 1.15 },
    side,
  );
  c.writer.drawAt(laid, x, y + side);
  return side + laid.height;
}

/**
 * Draws the blocks from `top` in a box `width` wide; a block with a flag is one line, the flag
 * before its text, the two centred together or from the left as the text is.
 */
function drawBlocks(c: BadgeCanvas, blocks: Block[], x: number, top: number, width: number) {
  let y = top;
  for (const { laid, gap, flag } of blocks) {
    y += gap;
    const line = laid.lines[0];
    if (flag && line && laid.lines.length === 1) {
      const height = Math.min(laid.lineHeight * 0.8, flag.height);
      const flagWidth = Math.min((flag.width / flag.height) * height, height * 2);
      const space = height * 0.45;
      const textStart = Math.min(...line.pieces.map((p) => p.x));
      const centred = textStart > 0.5;
      const left = centred ? x + (width - flagWidth - space - line.width) / 2 : x;
      const flagTop = y + (laid.lineHeight - height) / 2;
      // pdfkit places an opened image as it does a file (its types only list files).
      c.writer.doc.image(flag as unknown as Buffer, left, flagTop, { width: flagWidth, height });
      c.writer.doc
        .save()
        .lineWidth(0.3)
        .strokeColor(FLAG_BORDER)
        .rect(left, flagTop, flagWidth, height)
        .stroke()
        .restore();
      c.writer.drawAt(laid, left + flagWidth + space - textStart, y);
    } else c.writer.drawAt(laid, x, y);
    y += laid.height;
  }
  return y;
}

const blocksHeight = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.gap + b.laid.height, 0);

/** The person's lines on the front: name, job title, organisation, country, workshop region. */
function frontBlocks(c: BadgeCanvas, badge: BadgeData, width: number, m: Metrics): Block[] {
  const { writer, set, fields } = c;
  const base = { align: m.align, direction: 'auto' as const };
  const blocks: Block[] = [
    {
      laid: fit(writer, badge.name, { ...base, weight: 'bold', lineHeight: 1.1 }, width, m.name, 2),
      gap: 0,
    },
  ];
  if (fields.includes('position') && badge.position)
    blocks.push({
      laid: fit(writer, badge.position, { ...base, colour: MUTED }, width, [m.body - 1, 7], 2),
      gap: 2,
    });
  if (badge.organisation)
    blocks.push({
      laid: fit(writer, badge.organisation, base, width, [m.body + 0.5, 7], 2),
      gap: 4,
    });
  if (badge.country) {
    const flag = c.flag(badge.countryCode);
    // The flag takes room on the country's line: measure the text in what is left of it.
    const room = flag ? width - m.flagHeight * 2.5 : width;
    blocks.push({
      laid: fit(writer, badge.country, { ...base, weight: 'bold' }, room, [m.body, 7], 1),
      gap: 4,
      flag,
    });
  }
  if (fields.includes('region') && badge.region) {
    const text: Span[] = [
      { text: `${set.text.regionLabel}: `, colour: MUTED },
      { text: set.text.region(badge.region), weight: 'bold' },
    ];
    blocks.push({ laid: fit(writer, text, base, width, [m.body - 1.5, 6.5], 2), gap: 3 });
  }
  return blocks;
}

/** The meeting's title and dates, small, at the top of the front. */
function headerBlocks(c: BadgeCanvas, width: number, m: Metrics, landscape: boolean): Block[] {
  const { writer, set } = c;
  const base = { align: m.align };
  return [
    {
      laid: fit(
        writer,
        set.meetingTitle,
        { ...base, weight: 'bold', lineHeight: 1.15 },
        width,
        landscape ? [7, 6] : [9, 7],
        2,
      ),
      gap: 0,
    },
    {
      laid: writer.layout(
        set.meetingLine,
        { ...base, size: landscape ? 6.5 : 7.5, colour: MUTED },
        width,
      ),
      gap: 1,
    },
  ];
}

/** The front of a badge in its slot (millimetres on the page). */
export function drawFront(c: BadgeCanvas, badge: BadgeData, slot: Slot, landscape: boolean) {
  const box = toPoints(slot);
  const m = landscape ? LANDSCAPE : PORTRAIT;
  drawRoleBands(c, badge, box, m);
  const inner = box.width - 2 * m.pad;
  const top = box.y + m.accent + m.pad * 0.7;
  const bandTop = box.y + box.height - m.band;
  if (landscape) {
    const codeX = box.x + box.width - m.pad - m.qr;
    const column = codeX - box.x - m.pad - 2 * MM;
    const header = headerBlocks(c, column, m, true);
    const afterHeader = drawBlocks(c, header, box.x + m.pad, top, column);
    const person = frontBlocks(c, badge, column, m);
    const room = bandTop - afterHeader;
    drawBlocks(
      c,
      person,
      box.x + m.pad,
      afterHeader + Math.max(2, (room - blocksHeight(person)) / 2),
      column,
    );
    const codeHeight = m.qr + 5 * MM;
    drawCode(
      c,
      badge.token,
      codeX,
      box.y + m.accent + (bandTop - box.y - m.accent - codeHeight) / 2,
      m.qr,
    );
    return;
  }
  const afterHeader = drawBlocks(c, headerBlocks(c, inner, m, false), box.x + m.pad, top, inner);
  const codeTop = bandTop - 2 * MM - 5 * MM - m.qr;
  drawCode(c, badge.token, box.x + (box.width - m.qr) / 2, codeTop, m.qr);
  const person = frontBlocks(c, badge, inner, m);
  const room = codeTop - afterHeader;
  drawBlocks(
    c,
    person,
    box.x + m.pad,
    afterHeader + Math.max(3, (room - blocksHeight(person)) / 2),
    inner,
  );
}

/** The back: the name again, the needs chosen by the organiser, the code and the role band. */
export function drawBack(c: BadgeCanvas, badge: BadgeData, slot: Slot, landscape: boolean) {
  const box = toPoints(slot);
  const m = landscape ? LANDSCAPE : PORTRAIT;
  drawRoleBands(c, badge, box, m);
  const { writer, set, fields } = c;
  const codeX = landscape ? box.x + box.width - m.pad - m.qr : box.x + (box.width - m.qr) / 2;
  const bandTop = box.y + box.height - m.band;
  const codeTop = landscape
    ? box.y + m.accent + (bandTop - box.y - m.accent - m.qr - 5 * MM) / 2
    : bandTop - 2 * MM - 5 * MM - m.qr;
  drawCode(c, badge.token, codeX, codeTop, m.qr);
  const width = landscape ? codeX - box.x - m.pad - 2 * MM : box.width - 2 * m.pad;
  const base = { align: m.align, direction: 'auto' as const };
  const blocks: Block[] = [
    {
      laid: fit(writer, badge.name, { ...base, weight: 'bold' }, width, [m.body + 2, 8], 2),
      gap: 0,
    },
  ];
  const needs: [BadgeField, string, string][] = [
    ['dietary', set.text.dietary, badge.dietary],
    ['accessibility', set.text.accessibility, badge.accessibility],
  ];
  for (const [field, label, value] of needs) {
    if (!fields.includes(field)) continue;
    blocks.push({
      laid: writer.layout(
        label,
        { ...base, size: m.body - 2.5, weight: 'bold', colour: MUTED },
        width,
      ),
      gap: 3 * MM,
    });
    blocks.push({
      laid: value
        ? fit(writer, value, base, width, [m.body, 6.5], landscape ? 2 : 4)
        : writer.layout(set.text.nothingStated, { ...base, size: m.body, colour: MUTED }, width),
      gap: 1,
    });
  }
  drawBlocks(c, blocks, box.x + m.pad, box.y + m.accent + m.pad * 0.7, width);
}
