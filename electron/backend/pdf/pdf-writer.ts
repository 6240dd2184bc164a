/**
 * A PDF being written top to bottom: pdfkit underneath, our text layout on top. It keeps a cursor,
 * starts new pages when content does not fit (calling the page-start hooks that draw running
 * headers), draws laid-out lines piece by piece with the right font for each script, and numbers
 * the pages at the end. Later documents (badges, lists, certificates, letters) build on it.
 */
import PDFDocument from 'pdfkit';
import {
  advanceInEms,
  faceKey,
  familyHasGlyph,
  lineMetrics,
  parsedFont,
  type FontFace,
} from './fonts';
import {
  layoutText,
  type LaidParagraph,
  type Line,
  type ParagraphStyle,
  type Span,
  type TextMetrics,
} from './text-layout';

export type Paper = 'a4' | 'letter';

/** Page sizes in points. */
export const PAPER_SIZES: Record<Paper, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PdfWriterOptions {
  /** A paper size, or the page's own width and height in points (a badge card). */
  paper: Paper | [number, number];
  margins?: Margins;
  /** Document properties readers show; the title is shown instead of the file name. */
  info: { title: string; subject?: string; author?: string; keywords?: string };
  /** The document's language (BCP 47), for screen readers and hyphenation in viewers. */
  language: string;
}

export type Content = string | readonly Span[];

export interface TextOptions extends Partial<ParagraphStyle> {
  /** Left edge of the box; the left margin unless given. */
  x?: number;
  /** Width of the box; the whole line between the margins unless given. */
  width?: number;
  spaceAfter?: number;
}

export const DEFAULT_STYLE: ParagraphStyle = {
  size: 10,
  lineHeight: 1.3,
  align: 'start',
  direction: 'ltr',
  weight: 'regular',
  colour: '#1a1a1a',
};

const MM = 72 / 25.4;
const DEFAULT_MARGINS: Margins = { top: 18 * MM, bottom: 20 * MM, left: 16 * MM, right: 16 * MM };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly margins: Margins;
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** The cursor: where the next block starts. */
  y: number;
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();
  private readonly pageHooks: ((writer: PdfWriter) => void)[] = [];
  private readonly metricsOfLatin = lineMetrics();
  readonly metrics: TextMetrics = {
    hasGlyph: familyHasGlyph,
    advance: (face, text) => {
      const key = `${faceKey(face)}\u0000${text}`;
      let width = this.widths.get(key);
      if (width === undefined) {
        width = advanceInEms(face, text);
        this.widths.set(key, width);
      }
      return width;
    },
  };

  constructor(options: PdfWriterOptions) {
    this.margins = options.margins ?? DEFAULT_MARGINS;
    [this.pageWidth, this.pageHeight] =
      typeof options.paper === 'string' ? PAPER_SIZES[options.paper] : options.paper;
    this.doc = new PDFDocument({
      size: [this.pageWidth, this.pageHeight],
      margins: this.margins,
      bufferPages: true,
      // No default font: pdfkit would otherwise load Helvetica, which is not embedded and has no
      // glyphs beyond Latin-1. Every piece of text sets its own Noto face.
      font: null as unknown as string,
      lang: options.language,
      displayTitle: true,
      info: {
        Title: options.info.title,
        Subject: options.info.subject ?? '',
        Author: options.info.author ?? '',
        Keywords: options.info.keywords ?? '',
        Creator: 'Plenary',
        Producer: 'Plenary',
      },
    });
    this.y = this.margins.top;
  }

  get left(): number {
    return this.margins.left;
  }
  get right(): number {
    return this.pageWidth - this.margins.right;
  }
  /** Width between the margins. */
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.margins.top;
  }
  get bottom(): number {
    return this.pageHeight - this.margins.bottom;
  }

  /** Runs `hook` at the top of every page after the first (running headers). */
  onPageStart(hook: (writer: PdfWriter) => void): void {
    this.pageHooks.push(hook);
  }

  addPage(): void {
    this.doc.addPage({ size: [this.pageWidth, this.pageHeight], margins: this.margins });
    this.y = this.top;
    for (const hook of this.pageHooks) hook(this);
  }

  /** Starts a new page unless `height` more points fit below the cursor; true if it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom + 0.01 || this.y <= this.top + 0.01) return false;
    this.addPage();
    return true;
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Lays out `content` without drawing it (to measure, or to draw later). */
  layout(content: Content, style: Partial<ParagraphStyle> = {}, width = this.width): LaidParagraph {
    return layoutText(content, { ...DEFAULT_STYLE, ...style }, width, this.metrics);
  }

  private use(face: FontFace): string {
    const key = faceKey(face);
    if (!this.registered.has(key)) {
      // pdfkit takes a parsed fontkit font as well as a file (its types only list files).
      this.doc.registerFont(key, parsedFont(face) as unknown as string);
      this.registered.add(key);
    }
    return key;
  }

  /** Where the baseline sits below the top of a line: the Latin face's, centred in the line. */
  baselineOffset(laid: Pick<LaidParagraph, 'size' | 'lineHeight'>): number {
    const { ascent, descent } = this.metricsOfLatin;
    return (laid.lineHeight - (ascent + descent) * laid.size) / 2 + ascent * laid.size;
  }

  /** Draws one laid-out line with its top at `top`, its box starting at `x`. */
  drawLine(line: Line, laid: Pick<LaidParagraph, 'size' | 'lineHeight'>, x: number, top: number) {
    const baseline = top + this.baselineOffset(laid);
    for (const piece of line.pieces) {
      if (piece.blank) continue;
      this.doc
        .font(this.use(piece.face))
        .fontSize(laid.size)
        .fillColor(piece.colour)
        .text(piece.text, x + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  }

  /** Draws a whole laid-out paragraph at a fixed place (no page breaks). */
  drawAt(laid: LaidParagraph, x: number, top: number): void {
    laid.lines.forEach((line, i) => this.drawLine(line, laid, x, top + i * laid.lineHeight));
  }

  /** A paragraph at the cursor, flowing onto new pages line by line. */
  paragraph(content: Content, options: TextOptions = {}): LaidParagraph {
    const { x = this.left, width = this.right - x, spaceAfter = 0, ...style } = options;
    const laid = this.layout(content, style, width);
    for (const line of laid.lines) {
      this.ensure(laid.lineHeight);
      this.drawLine(line, laid, x, this.y);
      this.y += laid.lineHeight;
    }
    this.space(spaceAfter);
    return laid;
  }

  /**
   * A heading kept with what follows: a new page starts unless the heading and `keepWith` points
   * of the next block fit.
   */
  heading(content: Content, options: TextOptions & { keepWith?: number } = {}): LaidParagraph {
    const { keepWith = 40, ...rest } = options;
    const laid = this.layout(content, { weight: 'bold', size: 13, ...rest }, rest.width);
    this.ensure(laid.height + keepWith);
    return this.paragraph(content, { weight: 'bold', size: 13, ...rest });
  }

  /** A horizontal rule across the text width at the cursor. */
  rule(colour = '#c8ccd0', thickness = 0.6, spaceAfter = 6): void {
    this.doc
      .save()
      .lineWidth(thickness)
      .strokeColor(colour)
      .moveTo(this.left, this.y)
      .lineTo(this.right, this.y)
      .stroke()
      .restore();
    this.space(spaceAfter);
  }

  /**
   * Numbers the pages (or draws any footer) and returns the file's bytes. `footer` gets the page
   * number from 1 and the page count, and its text is drawn centred in the bottom margin.
   */
  async finish(footer?: (page: number, count: number) => Content): Promise<Buffer> {
    if (footer) {
      const { start, count } = this.doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        this.doc.switchToPage(i);
        const laid = this.layout(footer(i - start + 1, count), {
          size: 8,
          colour: '#5c636a',
          align: 'center',
        });
        this.drawAt(laid, this.left, this.bottom + this.margins.bottom / 2 - laid.height / 2);
      }
    }
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
