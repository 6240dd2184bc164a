import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../shared/domain/people';

/** The Unicode path alone: what every name went through before the ASCII shortcut. */
const unicodePath = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normaliseName', () => {
  it('gives plain ASCII exactly what the Unicode path gives', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    for (const ch of printable) {
      expect(normaliseName(`a${ch}B`), JSON.stringify(ch)).toBe(unicodePath(`a${ch}B`));
      expect(normaliseName(`${ch}${ch}x${ch}`), JSON.stringify(ch)).toBe(
        unicodePath(`${ch}${ch}x${ch}`),
      );
    }
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const value = Array.from({ length: next() % 24 }, () => printable[next() % 95]).join('');
      expect(normaliseName(value), JSON.stringify(value)).toBe(unicodePath(value));
    }
  });

  it('still folds accents, case and punctuation in any script', () => {
    expect(normaliseName('  Núñez-GARCÍA, José ')).toBe('nunez garcia jose');
    expect(normaliseName('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(normaliseName('Ｍüller\tStraße')).toBe('muller straße');
    expect(normaliseName('محمد  علي')).toBe('محمد علي');
  });
});
