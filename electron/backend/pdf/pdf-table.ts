/**
 * Tables on the PDF text layer: columns sized by weight, cells made of paragraphs, the header row
 * repeated at the top of every page the table reaches, rows moved whole to the next page when they
 * fit on one, and split between lines only when a single row is taller than a page.
 */
import type { Content, PdfWriter } from './pdf-writer';
import type { LaidParagraph, Line, ParagraphStyle, TextAlign } from './text-layout';

export interface TableColumn {
  header: Content;
  /** Share of the table's width (the weights are added up). */
  weight: number;
  align?: TextAlign;
}

/** One paragraph of a cell. */
export interface CellBlock {
  content: Content;
  style?: Partial<ParagraphStyle>;
  /** Space above this paragraph, in points (ignored for the first). */
  gap?: number;
}

export interface TableRow {
  cells: CellBlock[][];
  background?: string;
  /** Drawn with a dashed frame (a tentative session). */
  dashed?: boolean;
}

export interface TableOptions {
  columns: TableColumn[];
  rows: TableRow[];
  padding?: number;
  headerBackground?: string;
  borderColour?: string;
  /** Style of body cells unless a block says otherwise. */
  bodyStyle?: Partial<ParagraphStyle>;
}

/** A laid-out line of a cell with its offset from the top of the cell's content. */
interface CellLine {
  line: Line;
  laid: LaidParagraph;
  offset: number;
}

interface LaidCell {
  lines: CellLine[];
  height: number;
}

function layoutCell(
  writer: PdfWriter,
  blocks: CellBlock[],
  width: number,
  base: Partial<ParagraphStyle>,
  align: TextAlign | undefined,
): LaidCell {
  const lines: CellLine[] = [];
  let offset = 0;
  blocks.forEach((block, i) => {
    if (i > 0) offset += block.gap ?? 2;
    const style = { ...base, ...(align ? { align } : {}), ...block.style };
    const laid = writer.layout(block.content, style, width);
    for (const line of laid.lines) {
      lines.push({ line, laid, offset });
      offset += laid.lineHeight;
    }
  });
  return { lines, height: offset };
}

/** Takes the lines of a cell that end within `room` points; the rest moves up to start at 0. */
function takeLines(cell: LaidCell, room: number): { taken: CellLine[]; rest: LaidCell } {
  const taken = cell.lines.filter((l) => l.offset + l.laid.lineHeight <= room + 0.01);
  const rest = cell.lines.slice(taken.length);
  const shift = rest[0]?.offset ?? 0;
  return {
    taken,
    rest: {
      lines: rest.map((l) => ({ ...l, offset: l.offset - shift })),
      height: Math.max(0, cell.height - shift),
    },
  };
}

/** Draws the table at the cursor and moves the cursor below it. */
export function drawTable(writer: PdfWriter, options: TableOptions): void {
  const padding = options.padding ?? 4;
  const border = options.borderColour ?? '#c8ccd0';
  const total = options.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = options.columns.map((c) => (writer.width * c.weight) / total);
  const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const inner = (i: number) => widths[i]! - 2 * padding;
  const doc = writer.doc;

  const header = options.columns.map((c, i) =>
    layoutCell(
      writer,
      [{ content: c.header, style: { weight: 'bold', size: 9 } }],
      inner(i),
      {},
      c.align,
    ),
  );
  const headerHeight = Math.max(...header.map((c) => c.height)) + 2 * padding;

  const frame = (top: number, height: number, row: Pick<TableRow, 'background' | 'dashed'>) => {
    doc.save();
    if (row.background) doc.rect(writer.left, top, writer.width, height).fill(row.background);
    doc.lineWidth(row.dashed ? 0.9 : 0.5).strokeColor(row.dashed ? '#868e96' : border);
    if (row.dashed) doc.dash(3, { space: 2 });
    doc.rect(writer.left, top, writer.width, height).stroke();
    doc.undash();
    for (const x of xs.slice(1))
      doc
        .moveTo(x, top)
        .lineTo(x, top + height)
        .stroke();
    doc.restore();
  };

  const drawCells = (cells: CellLine[][], top: number) =>
    cells.forEach((lines, i) => {
      for (const { line, laid, offset } of lines)
        writer.drawLine(line, laid, xs[i]! + padding, top + padding + offset);
    });

  const drawHeader = () => {
    frame(writer.y, headerHeight, { background: options.headerBackground ?? '#eef1f4' });
    drawCells(
      header.map((c) => c.lines),
      writer.y,
    );
    writer.y += headerHeight;
  };

  const newPage = () => {
    writer.addPage();
    drawHeader();
  };

  const laidRows = options.rows.map((row) =>
    row.cells.map((blocks, i) =>
      layoutCell(writer, blocks, inner(i), options.bodyStyle ?? {}, options.columns[i]?.align),
    ),
  );
  const rowHeight = (cells: LaidCell[]) => Math.max(...cells.map((c) => c.height)) + 2 * padding;
  // The header never stays alone at the foot of a page: it goes with (the start of) the first row.
  writer.ensure(headerHeight + Math.min(laidRows[0] ? rowHeight(laidRows[0]) : 0, 120));
  drawHeader();
  options.rows.forEach((row, index) => {
    let cells = laidRows[index]!;
    const pageRoom = writer.bottom - writer.top - headerHeight;
    for (;;) {
      const height = rowHeight(cells);
      const room = writer.bottom - writer.y;
      if (height <= room + 0.01) {
        frame(writer.y, height, row);
        drawCells(
          cells.map((c) => c.lines),
          writer.y,
        );
        writer.y += height;
        break;
      }
      // Moved whole when it fits on a page of its own; split between lines only when it cannot.
      if (height <= pageRoom || room < 3 * padding + 24) {
        newPage();
        continue;
      }
      let parts = cells.map((c) => takeLines(c, room - 2 * padding));
      // A single line taller than the room left would never fit: draw it anyway, not loop.
      if (parts.every((p) => p.taken.length === 0))
        parts = cells.map((c) => takeLines(c, c.lines[0]?.laid.lineHeight ?? 0));
      frame(writer.y, room, row);
      drawCells(
        parts.map((p) => p.taken),
        writer.y,
      );
      cells = parts.map((p) => p.rest);
      newPage();
    }
  });
}
