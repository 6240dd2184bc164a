/**
 * Lays out a paragraph: breaks it into lines that fit a width (Unicode line breaking, UAX #14) and
 * puts each line's pieces in visual order (Unicode bidi, UAX #9). Pure: measuring and font coverage
 * come in as functions, so the rules are tested without a PDF.
 *
 * pdfkit shapes text word by word in the order it is given, so multi-word Arabic would come out with
 * its words reversed. Here every right-to-left word is its own piece placed at its visual position;
 * fontkit then shapes and reverses the letters inside each piece, which it does right.
 */
import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import type { FontFace, FontWeight } from './fonts';
import { assignFamilies, hasRtlScript, type HasGlyph } from './scripts';

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** A stretch of text in one weight and colour; a paragraph is one or more spans. */
export interface Span {
  text: string;
  weight?: FontWeight;
  colour?: string;
}

export type TextAlign = 'start' | 'end' | 'left' | 'right' | 'center';

export interface ParagraphStyle {
  /** Font size in points. */
  size: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
  align: TextAlign;
  /** The paragraph's base direction; 'auto' takes it from its first strong letter. */
  direction: 'ltr' | 'rtl' | 'auto';
  weight: FontWeight;
  colour: string;
}

export interface TextMetrics {
  hasGlyph: HasGlyph;
  /** The advance of `text` in `face`, in ems. */
  advance(face: FontFace, text: string): number;
}

/** A run drawn with one font call, at `x` from the start of the box (left edge). */
export interface Piece {
  text: string;
  face: FontFace;
  colour: string;
  x: number;
  width: number;
  /** Spaces between right-to-left words: they take room but nothing is drawn. */
  blank: boolean;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

export interface LaidParagraph {
  lines: Line[];
  /** Height of one line in points. */
  lineHeight: number;
  height: number;
  size: number;
}

interface Prepared {
  text: string;
  spanOf: number[];
  spans: Span[];
  families: ReturnType<typeof assignFamilies>;
  levels: ReturnType<typeof bidi.getEmbeddingLevels>;
  mirrored: Map<number, string>;
  style: ParagraphStyle;
  metrics: TextMetrics;
}

const faceAt = (p: Prepared, i: number): FontFace => ({
  family: p.families[i]!,
  weight: p.spans[p.spanOf[i]!]!.weight ?? p.style.weight,
});

const sameFace = (a: FontFace, b: FontFace) => a.family === b.family && a.weight === b.weight;

/** Width in points of the logical range [start, end), measured run by run of one face. */
function widthOf(p: Prepared, start: number, end: number): number {
  let width = 0;
  let runStart = start;
  for (let i = start + 1; i <= end; i++)
    if (i === end || !sameFace(faceAt(p, i), faceAt(p, runStart))) {
      width += p.metrics.advance(faceAt(p, runStart), p.text.slice(runStart, i));
      runStart = i;
    }
  return width * p.style.size;
}

interface Segment {
  start: number;
  /** End of the segment without its trailing spaces (and newline). */
  contentEnd: number;
  end: number;
  required: boolean;
}

/** The break opportunities of the text as segments between them. */
function segmentsOf(text: string): Segment[] {
  const breaker = new LineBreaker(text);
  const segments: Segment[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    let contentEnd = bk.position;
    while (contentEnd > last && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    segments.push({ start: last, contentEnd, end: bk.position, required: bk.required });
    last = bk.position;
  }
  return segments;
}

/** Cuts a range too long for any line (a long email address) between graphemes. */
function cutToWidth(p: Prepared, start: number, end: number, maxWidth: number): number[] {
  const cuts: number[] = [];
  let lineStart = start;
  let previous = start;
  for (const { index } of graphemes.segment(p.text.slice(start, end))) {
    const at = start + index;
    if (at > lineStart && widthOf(p, lineStart, at) > maxWidth) {
      const cut = previous > lineStart ? previous : at;
      cuts.push(cut);
      lineStart = cut;
    }
    previous = at;
  }
  if (end > lineStart && widthOf(p, lineStart, end) > maxWidth && previous > lineStart)
    cuts.push(previous);
  return cuts;
}

/** Logical [start, end) ranges of the lines, trailing spaces left out. */
function breakLines(p: Prepared, maxWidth: number): [number, number][] {
  const lines: [number, number][] = [];
  let start: number | null = null;
  let contentEnd = 0;
  let width = 0;
  const close = () => {
    if (start !== null) lines.push([start, contentEnd]);
    start = null;
    width = 0;
  };
  for (const seg of segmentsOf(p.text)) {
    const content = widthOf(p, seg.start, seg.contentEnd);
    if (start !== null && width + content > maxWidth) close();
    if (start === null && content > maxWidth) {
      let from = seg.start;
      for (const cut of cutToWidth(p, seg.start, seg.contentEnd, maxWidth)) {
        lines.push([from, cut]);
        from = cut;
      }
      start = from;
      width = widthOf(p, from, seg.end);
      contentEnd = seg.contentEnd;
    } else {
      start ??= seg.start;
      width += widthOf(p, seg.start, seg.end);
      contentEnd = seg.contentEnd;
    }
    if (seg.required) {
      // A newline ends the line even when it is empty ("\n\n" leaves a blank line).
      if (start === null) lines.push([seg.start, seg.start]);
      close();
    }
  }
  close();
  return lines;
}

/** The text one piece is drawn with (see the module comment for right-to-left pieces). */
function pieceText(p: Prepared, lo: number, hi: number, odd: boolean): string {
  const chars: string[] = [];
  for (let i = lo; i <= hi; i++) chars.push(odd ? (p.mirrored.get(i) ?? p.text[i]!) : p.text[i]!);
  const logical = chars.join('');
  if (!odd || hasRtlScript(logical)) return logical;
  // Neutral characters in a right-to-left run: fontkit will not reverse them, so they are given
  // already in visual order.
  return Array.from(logical).reverse().join('');
}

/** The pieces of the logical range [start, end) in visual order, with their x from the left. */
function visualLine(p: Prepared, start: number, end: number, maxWidth: number): Line {
  if (end <= start) return { pieces: [], width: 0 };
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  for (const [s, e] of bidi.getReorderSegments(p.text, p.levels, start, end - 1)) {
    const slice = order.slice(s! - start, e! - start + 1).reverse();
    order.splice(s! - start, slice.length, ...slice);
  }
  const groups: { lo: number; hi: number; last: number; level: number; blank: boolean }[] = [];
  for (const i of order) {
    const level = p.levels.levels[i]!;
    const blank = /\s/.test(p.text[i]!);
    const g = groups[groups.length - 1];
    const odd = (level & 1) === 1;
    const joins =
      g !== undefined &&
      g.level === level &&
      sameFace(faceAt(p, g.last), faceAt(p, i)) &&
      p.spanOf[g.last] === p.spanOf[i] &&
      (odd ? i === g.last - 1 && g.blank === blank : i === g.last + 1);
    if (joins) {
      g.lo = Math.min(g.lo, i);
      g.hi = Math.max(g.hi, i);
      g.last = i;
    } else groups.push({ lo: i, hi: i, last: i, level, blank });
  }
  const pieces: Piece[] = [];
  let x = 0;
  for (const g of groups) {
    const face = faceAt(p, g.lo);
    const text = pieceText(p, g.lo, g.hi, (g.level & 1) === 1);
    const width = p.metrics.advance(face, text) * p.style.size;
    const blank = !/\S/.test(text);
    const colour = p.spans[p.spanOf[g.lo]!]!.colour ?? p.style.colour;
    pieces.push({ text, face, colour, x, width, blank });
    x += width;
  }
  const rtl = (p.levels.paragraphs[0]?.level ?? 0) % 2 === 1;
  const align = p.style.align;
  const shift =
    align === 'center'
      ? (maxWidth - x) / 2
      : align === 'right' || (align === 'start' && rtl) || (align === 'end' && !rtl)
        ? maxWidth - x
        : 0;
  for (const piece of pieces) piece.x += shift;
  return { pieces, width: x };
}

// Characters that are right to left, or can make a run so (explicit marks, embeddings, isolates).
const MAY_BE_RTL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Bidi levels; a left-to-right paragraph without a right-to-left character is all level 0. */
function embeddingLevels(text: string, direction: ParagraphStyle['direction']) {
  if (direction === 'rtl' || MAY_BE_RTL.test(text)) return bidi.getEmbeddingLevels(text, direction);
  return {
    levels: new Uint8Array(text.length),
    paragraphs: [{ start: 0, end: Math.max(0, text.length - 1), level: 0 }],
  };
}

/** Lays out `content` in a box `maxWidth` points wide. */
export function layoutText(
  content: string | readonly Span[],
  style: ParagraphStyle,
  maxWidth: number,
  metrics: TextMetrics,
): LaidParagraph {
  const spans = (typeof content === 'string' ? [{ text: content }] : content).map((s) => ({
    ...s,
    text: s.text.replace(/\r\n?/g, '\n').replace(/\t/g, ' '),
  }));
  const text = spans.map((s) => s.text).join('');
  const spanOf: number[] = [];
  spans.forEach((s, index) => {
    for (let i = 0; i < s.text.length; i++) spanOf.push(index);
  });
  const levels = embeddingLevels(text, style.direction);
  const prepared: Prepared = {
    text,
    spanOf,
    spans,
    families: assignFamilies(text, metrics.hasGlyph),
    levels,
    mirrored: bidi.getMirroredCharactersMap(text, levels.levels),
    style,
    metrics,
  };
  const lines = breakLines(prepared, maxWidth).map(([s, e]) =>
    visualLine(prepared, s, e, maxWidth),
  );
  const lineHeight = style.size * style.lineHeight;
  return { lines, lineHeight, height: lines.length * lineHeight, size: style.size };
}
