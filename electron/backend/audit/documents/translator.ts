/**
 * Translation for documents the backend writes, over the renderer's own translation files, so a
 * file says things exactly as the screen does, in the language asked for.
 */
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import type { Translate } from '../../../../shared/domain/audit-text';
import { formatNumber } from '../../../../shared/domain/numbers';

export const DOCUMENT_LANGUAGES = ['en', 'fr'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

const FILES: Record<DocumentLanguage, unknown> = { en, fr };

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** i18next's `t` for the backend: nested keys, {{name}} values, and _one/_other by `count`. */
export function translator(language: DocumentLanguage): Translate {
  const plural = new Intl.PluralRules(language);
  return (key, params = {}) => {
    let found = lookup(FILES[language], key);
    if (typeof params.count === 'number' && typeof found !== 'string')
      found =
        lookup(FILES[language], `${key}_${plural.select(params.count)}`) ??
        lookup(FILES[language], `${key}_other`);
    if (typeof found !== 'string') return key;
    // Numbers are written the language's way, as the screen's i18next formatter does.
    return found.replace(/\{\{\s*(\w+)(?:\s*,\s*\w+)?\s*\}\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, language) : value;
    });
  };
}
