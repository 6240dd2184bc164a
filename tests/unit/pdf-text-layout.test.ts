import { describe, expect, it } from 'vitest';
import type { FontFamily } from '../../electron/backend/pdf/fonts';
import { assignFamilies } from '../../electron/backend/pdf/scripts';
import {
  layoutText,
  type ParagraphStyle,
  type TextMetrics,
} from '../../electron/backend/pdf/text-layout';

// Every character 1 em wide at size 10: widths in points are ten times the character count.
const metrics: TextMetrics = {
  hasGlyph: (family: FontFamily, codePoint: number) => {
    const char = String.fromCodePoint(codePoint);
    if (family === 'arabic') return /[\p{Script=Arabic}\s.,()\d]/u.test(char) || char === '،';
    if (family === 'cjk') return /[\p{Script=Han}\s,]/u.test(char);
    return !/[\p{Script=Arabic}\p{Script=Han}،]/u.test(char);
  },
  advance: (_face, text) => Array.from(text).length,
};

const style: ParagraphStyle = {
  size: 10,
  lineHeight: 1.5,
  align: 'start',
  direction: 'ltr',
  weight: 'regular',
  colour: '#000',
};

/** What a reader sees on each line, left to right: the drawn pieces with the fonts they use. */
const seen = (text: string, width = 1000, overrides: Partial<ParagraphStyle> = {}) =>
  layoutText(text, { ...style, ...overrides }, width, metrics).lines.map((line) =>
    line.pieces.filter((p) => !p.blank).map((p) => `${p.face.family}:${p.text}`),
  );

describe('the PDF text layout', () => {
  it('gives each script its font, punctuation staying with the letters around it', () => {
    const text = 'Chair: 王伟, محمد، علي';
    const families = assignFamilies(text, metrics.hasGlyph);
    const at = (s: string) => families[text.indexOf(s)];
    expect(at('C')).toBe('sans');
    expect(at('王')).toBe('cjk');
    expect(at(',')).toBe('cjk');
    expect(at('م')).toBe('arabic');
    expect(at('،')).toBe('arabic');
  });

  it('keeps the order of the words of an Arabic name in a left-to-right line', () => {
    // pdfkit would draw "عمر منصور" word by word from the left: منصور must be placed first,
    // each word handed over in logical order for fontkit to shape and reverse.
    expect(seen('Speakers: عمر منصور, Ірина Коваленко')).toEqual([
      ['sans:Speakers: ', 'arabic:منصور', 'arabic:عمر', 'arabic:, ', 'sans:Ірина Коваленко'],
    ]);
  });

  it('keeps numbers left to right inside Arabic, and mirrors brackets', () => {
    expect(seen('شارع 12 (علي)', 1000, { direction: 'rtl' })).toEqual([
      ['arabic:)علي(', 'arabic:12', 'arabic:شارع'],
    ]);
  });

  it('places the pieces of a right-to-left paragraph from the right edge', () => {
    const laid = layoutText('عمر منصور', { ...style, direction: 'rtl' }, 200, metrics);
    const pieces = laid.lines[0]!.pieces;
    const last = pieces[pieces.length - 1]!;
    expect(last.text).toBe('عمر');
    expect(last.x + last.width).toBe(200);
  });

  it('wraps at spaces to the width, keeps hard line breaks and cuts a word longer than a line', () => {
    expect(seen('one two three four', 95)).toEqual([
      ['sans:one two'],
      ['sans:three'],
      ['sans:four'],
    ]);
    expect(seen('first\n\nthird')).toEqual([['sans:first'], [], ['sans:third']]);
    expect(seen('averyveryverylongaddress@example.org', 100)).toEqual([
      ['sans:averyveryv'],
      ['sans:erylongadd'],
      ['sans:ress@examp'],
      ['sans:le.org'],
    ]);
  });

  it('measures the height from the lines', () => {
    expect(layoutText('one two three four', style, 95, metrics).height).toBe(3 * 15);
    expect(layoutText('', style, 95, metrics).height).toBe(0);
  });

  it('gives spans their own weight and colour within one line', () => {
    const laid = layoutText(
      [{ text: 'Chair: ', weight: 'bold', colour: '#123456' }, { text: 'Awa Diop' }],
      style,
      1000,
      metrics,
    );
    expect(laid.lines[0]!.pieces.map((p) => [p.text, p.face.weight, p.colour, p.x])).toEqual([
      ['Chair: ', 'bold', '#123456', 0],
      ['Awa Diop', 'regular', '#000', 70],
    ]);
  });
});
