import { useTranslation } from 'react-i18next';
import { countryCodes, countryName } from '../../../shared/domain/countries';
import { languageCodes, languageName } from '../../../shared/domain/languages';

/** One entry of a Select's or MultiSelect's list. */
export interface Choice {
  value: string;
  label: string;
}

/** The choices sorted by label the way readers of `language` expect. */
export function sortByLabel(choices: Choice[], language: string): Choice[] {
  const collator = new Intl.Collator(language);
  return choices.sort((a, b) => collator.compare(a.label, b.label));
}

export interface ChoiceOptions {
  countries: readonly Choice[];
  languages: readonly Choice[];
}

// Kept per UI language for the whole session: the lists never change, and several pickers on one
// screen would otherwise each sort some 250 countries on every render.
const cache = new Map<string, ChoiceOptions>();

/** Countries and languages, labelled in `language` and sorted for it. */
export function choiceOptions(language: string): ChoiceOptions {
  let options = cache.get(language);
  if (!options) {
    options = {
      countries: sortByLabel(
        countryCodes().map((c) => ({ value: c, label: countryName(c, language) })),
        language,
      ),
      languages: sortByLabel(
        languageCodes().map((c) => ({ value: c, label: languageName(c, language) })),
        language,
      ),
    };
    cache.set(language, options);
  }
  return options;
}

/** The country and language pickers' choices in the UI language. */
export function useChoiceOptions(): ChoiceOptions {
  const { i18n } = useTranslation();
  return choiceOptions(i18n.language);
}
