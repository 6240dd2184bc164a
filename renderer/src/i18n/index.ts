import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../shared/i18n/fr.json' with { type: 'json' };
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/domain/ui-languages';
import { localeFormatter } from './locale-formatter';

/** The language to use before the saved preference is known: the system's, when we have it. */
export function systemLanguage(): UiLanguage {
  const preferred = navigator.languages.map((l) => l.slice(0, 2));
  return (
    (preferred.find((l) => (UI_LANGUAGES as readonly string[]).includes(l)) as UiLanguage) ?? 'en'
  );
}

/** Right-to-left scripts; none is shipped yet, but the layout follows `dir` already. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL.has(language) ? 'rtl' : 'ltr';
}

/** The options the app starts i18next with (exported so a unit test runs the same setup). */
export const I18N_OPTIONS = (language: string): InitOptions => ({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: language,
  fallbackLng: 'en',
  // Numbers in every message follow the language (see locale-formatter.ts).
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).use(localeFormatter).init(I18N_OPTIONS(language));
  applyDocumentLanguage(language);
  i18next.on('languageChanged', applyDocumentLanguage);
}

/**
 * Translates a message that crossed the contract: an i18n key, optionally with `?name=value`
 * parameters ('errors.tooLong?max=200'); anything else is shown as it is.
 */
export function translateMessage(
  message: string,
  params?: Record<string, string | number>,
): string {
  const [key = message, query] = message.split('?', 2);
  if (!key.startsWith('errors.')) return message;
  // Parameters travel as text ('max=5000'); whole numbers become numbers again so that they are
  // written the language's way ('5 000' in French).
  const fromQuery = Object.fromEntries(
    [...new URLSearchParams(query ?? '')].map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]),
  );
  return i18next.t(key, { ...fromQuery, ...params });
}

export { i18next };
