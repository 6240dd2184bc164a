import i18next, { type InitOptions, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
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

/**
 * The messages of languages other than English, fetched when first needed: English is the
 * fallback and stays in the main bundle, and the first screen need not wait for the other
 * language's 60 KB (a French user's load starts fetching French alongside the settings).
 */
const OTHER_MESSAGES: Record<Exclude<UiLanguage, 'en'>, () => Promise<ResourceLanguage>> = {
  fr: () => import('../../../shared/i18n/fr.json').then((m) => m.default),
};

/** `language`'s messages (English's at once); the same import on every call. */
function messagesOf(language: string): Promise<ResourceLanguage> | ResourceLanguage {
  const load = OTHER_MESSAGES[language as Exclude<UiLanguage, 'en'>] as
    (() => Promise<ResourceLanguage>) | undefined;
  return load ? load() : en;
}

/** Starts fetching `language`'s messages, so they are in by the time they are needed. */
export function prefetchMessages(language: UiLanguage): void {
  void Promise.resolve(messagesOf(language)).catch(() => undefined);
}

/** Makes `language`'s messages available before the UI switches to it. */
export async function loadMessages(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await messagesOf(language));
}

/** The options the app starts i18next with (exported so a unit test runs the same setup). */
export const i18nOptions = async (language: string): Promise<InitOptions> => ({
  resources: {
    en: { translation: en },
    ...(language === 'en' ? {} : { [language]: { translation: await messagesOf(language) } }),
  } satisfies Resource,
  lng: language,
  fallbackLng: 'en',
  // Numbers in every message follow the language (see locale-formatter.ts).
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next
    .use(initReactI18next)
    .use(localeFormatter)
    .init(await i18nOptions(language));
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
