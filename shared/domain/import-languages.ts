/** Working languages as spreadsheets write them ("English, French", "anglais / français", "en;fr"). */
import ISO6391 from 'iso-639-1';
import { normaliseValue, splitList } from './import-values';

let index: Map<string, string> | null = null;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  const namers = ['en', 'fr'].map((l) => new Intl.DisplayNames([l], { type: 'language' }));
  for (const code of ISO6391.getAllCodes()) {
    const names = [code, ISO6391.getName(code), ISO6391.getNativeName(code)];
    for (const namer of namers) names.push(namer.of(code) ?? '');
    for (const name of names) {
      const key = normaliseValue(name);
      if (key && !map.has(key)) map.set(key, code);
    }
  }
  return map;
}

/** The ISO 639-1 codes of the languages named in a cell, and the names it could not read. */
export function parseLanguages(value: string): { codes: string[]; unknown: string[] } {
  index ??= buildIndex();
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(value)) {
    const code = index.get(normaliseValue(item));
    if (!code) unknown.push(item);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
