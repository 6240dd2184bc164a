import { describe, expect, it } from 'vitest';
import { foldSearchText, searchDocument, searchWords } from '../../shared/domain/search-text';
import { searchMatch } from '../../electron/backend/people/search-terms';

describe('foldSearchText', () => {
  it('folds case, accents and the letters decomposition leaves whole', () => {
    expect(foldSearchText('Núñez GARCÍA')).toBe('nunez garcia');
    expect(foldSearchText('Søren Ødegaard')).toBe('soren odegaard');
    expect(foldSearchText('Łukasz Wiśniewski')).toBe('lukasz wisniewski');
    expect(foldSearchText('Jürgen Groß')).toBe('jurgen gross');
    expect(foldSearchText('Ayşe Yılmaz, İstanbul')).toBe('ayse yilmaz istanbul');
    expect(foldSearchText('Đặng Nguyễn')).toBe('dang nguyen');
    expect(foldSearchText('Æsa Œuvre Þór')).toBe('aesa oeuvre thor');
    expect(foldSearchText('ΠΑΠΑΔΟΠΟΥΛΟΣ')).toBe(foldSearchText('παπαδοπουλοσ'));
    // Decomposed input (as macOS files are) folds as the composed form does.
    expect(foldSearchText('Nu\u0303n\u0303ez')).toBe('nunez');
    // Hangul stays in syllables, as typed.
    expect(foldSearchText('김민준')).toBe('김민준');
  });

  it('makes every apostrophe, dash, quote, bracket and control character one space', () => {
    for (const text of [
      "d'Ivoire",
      'd’Ivoire',
      'd‘Ivoire',
      'dʼIvoire',
      'd-Ivoire',
      'd‐Ivoire',
      'd–Ivoire',
      'd—Ivoire',
      'd−Ivoire',
      'd"Ivoire',
      'd*Ivoire',
      'd(Ivoire)',
      'd\u0000Ivoire',
      'd\tIvoire',
      'd\u00a0Ivoire',
    ])
      expect(foldSearchText(text), JSON.stringify(text)).toBe('d ivoire');
  });

  it('gives printable ASCII what the Unicode path gives', () => {
    for (let code = 32; code < 127; code++) {
      const ch = String.fromCharCode(code);
      // "é" forces the Unicode path; both must fold `ch` the same way around it.
      expect(foldSearchText(`a${ch}b`), JSON.stringify(ch)).toBe(
        foldSearchText(`a${ch}bé`).slice(0, -1).trim(),
      );
    }
  });
});

describe('searchDocument', () => {
  it('indexes each word once, names written with an apostrophe or dash also joined', () => {
    expect(searchDocument(['Seán', 'O’Brien'], ['An Garda Síochána', 'sean.obrien@garda.ie'])).toBe(
      'sean o brien obrien an garda siochana ie',
    );
    expect(searchDocument(['Jean-Pierre'], ['Ministère de l’Intérieur'])).toBe(
      'jean pierre jeanpierre ministere de l interieur',
    );
    expect(searchDocument([], [])).toBe('');
  });
});

describe('searchMatch', () => {
  it('requires every word, each as the start of a word', () => {
    expect(searchMatch('Ministère de la Justice')).toBe(
      '"ministere"* AND "de"* AND "la"* AND "justice"*',
    );
    expect(searchMatch('united ki')).toBe('"united"* AND "ki"*');
    expect(searchMatch("côte d'")).toBe('"cote"* AND "d"*');
  });

  it('leaves no operator, quote or control character for FTS5 to read', () => {
    expect(searchMatch('NEAR(a b)')).toBe('"near"* AND "a"* AND "b"*');
    expect(searchMatch('"x" OR y*')).toBe('"x"* AND "or"* AND "y"*');
    expect(searchMatch('kone\u0000')).toBe('"kone"*');
    expect(searchMatch('" * ( ) \u0000')).toBeNull();
    expect(searchMatch('')).toBeNull();
  });

  it('drops repeated words', () => {
    expect(searchMatch('police Police POLICE')).toBe('"police"*');
    expect(searchWords('a a')).toEqual(['a', 'a']);
  });
});
