import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../shared/i18n/fr.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

/** Every leaf as 'a.b.c' → value, so two locales can be compared key by key. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object')
      for (const [k, v] of flatten(value, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

/** Keys one side has and the other lacks, each labelled with the side that lacks it. */
function keyDifferences(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  return [
    ...[...a.keys()].filter((k) => !b.has(k)).map((k) => `fr lacks ${k}`),
    ...[...b.keys()].filter((k) => !a.has(k)).map((k) => `en lacks ${k}`),
  ];
}

/** The {{placeholders}} a message fills, sorted. */
const placeholders = (value: unknown) =>
  [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const locales = { en: flatten(en as Tree), fr: flatten(fr as Tree) };

describe('the locales', () => {
  it('the comparison notices a key that only one side has', () => {
    const a = flatten({ x: { y: 'Y', z: 'Z' } });
    const b = flatten({ x: { y: 'Y' }, w: 'W' });
    expect(keyDifferences(a, b)).toEqual(['fr lacks x.z', 'en lacks w']);
  });

  it('English and French have exactly the same keys', () => {
    expect(keyDifferences(locales.en, locales.fr)).toEqual([]);
  });

  it.each(Object.entries(locales))('no %s message is empty or anything but text', (_l, map) => {
    const bad = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('each French message fills the same placeholders as its English one', () => {
    const mismatched = [...locales.en]
      .filter(([k]) => locales.fr.has(k))
      .filter(([k, v]) => placeholders(v).join() !== placeholders(locales.fr.get(k)).join())
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });
});
