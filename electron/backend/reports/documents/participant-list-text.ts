/**
 * The words of the list of participants in the document's language, which may differ from the
 * screen's (a French meeting's list is printed in French).
 */
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import type { DocumentLanguage } from '../../agenda/documents/programme-text';

export type ListLabels = typeof en.reports.document;

const LABELS: Record<DocumentLanguage, ListLabels> = {
  en: en.reports.document,
  fr: fr.reports.document,
};

export const listLabels = (language: DocumentLanguage): ListLabels => LABELS[language];

type Plural<K extends string> = K extends `${infer Base}_one` ? Base : never;
type PluralKey = Plural<keyof ListLabels>;

/** The label's singular or plural form for `count`, as the language counts (French: 0 is one). */
export function plural(
  labels: ListLabels,
  key: PluralKey,
  count: number,
  language: string,
): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return labels[`${key}_${form}`];
}
