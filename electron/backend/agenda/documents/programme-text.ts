/**
 * The words and formats of the programme documents, in the document's language (which may differ
 * from the screen's: a French meeting's programme is printed in French).
 */
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import { formatMinute, type SessionPersonRole } from '../../../../shared/domain/agenda';

export const DOCUMENT_LANGUAGES = ['en', 'fr'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export type DocumentLabels = typeof en.agenda.export.document;

const LABELS: Record<DocumentLanguage, DocumentLabels> = {
  en: en.agenda.export.document,
  fr: fr.agenda.export.document,
};

const REGIONS = { en: en.region, fr: fr.region };

export const labelsFor = (language: DocumentLanguage): DocumentLabels => LABELS[language];

export const regionLabel = (region: keyof typeof en.region, language: DocumentLanguage): string =>
  REGIONS[language][region];

/** The language a meeting's documents default to: French when French is its first language. */
export function meetingLanguage(languages: readonly string[]): DocumentLanguage {
  return languages[0] === 'fr' ? 'fr' : 'en';
}

/** Fills the {{name}} placeholders of a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** '09:30' in English; '9 h 30' in French, as French programmes print it. */
export function clock(minute: number, language: DocumentLanguage): string {
  if (language === 'en') return formatMinute(minute);
  const h = Math.floor(minute / 60);
  return `${h}\u00a0h\u00a0${String(minute % 60).padStart(2, '0')}`;
}

/** '09:00–10:30' / '9 h 00 – 10 h 30'. */
export function timeRange(start: number, end: number, language: DocumentLanguage): string {
  return language === 'en'
    ? `${clock(start, language)}–${clock(end, language)}`
    : `${clock(start, language)} – ${clock(end, language)}`;
}

/** The label of a role for `count` people: 'Speaker' / 'Speakers'. */
export function roleLabel(
  role: SessionPersonRole,
  count: number,
  language: DocumentLanguage,
): string {
  const forms = LABELS[language].roles[role];
  return count === 1 ? forms.one : forms.other;
}

/** 'Speakers: ' / 'Intervenants : ' (French sets a colon off with a no-break space). */
export const labelled = (label: string, language: DocumentLanguage): string =>
  language === 'fr' ? `${label}\u00a0: ` : `${label}: `;

/** Upper-cases the first letter ('samedi 14 novembre' → 'Samedi 14 novembre'). */
export const capitalise = (text: string): string =>
  text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A file-name part from any text: lower case, accents dropped, words joined by hyphens. */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
