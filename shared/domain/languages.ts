/** ISO 639-1 language codes for working languages; display names come from Intl.DisplayNames. */
import ISO6391 from 'iso-639-1';

const CODES = ISO6391.getAllCodes();

export function languageCodes(): readonly string[] {
  return CODES;
}

export function isLanguageCode(code: string): boolean {
  return ISO6391.validate(code);
}

/** 'French' / 'français', in the UI language, falling back to the package's English name. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    return names.of(code) ?? ISO6391.getName(code);
  } catch {
    return ISO6391.getName(code) || code;
  }
}
