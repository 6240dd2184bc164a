import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes, countryName } from '../../../../shared/domain/countries';
import { languageCodes, languageName } from '../../../../shared/domain/languages';
import { GENDERS } from '../../../../shared/domain/people';
import { useOrganisationList } from '../organisations/organisations.store';

/** The pickers of the person form, labelled in the UI language and sorted for it. */
export function usePersonOptions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { list } = useOrganisationList();
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    const byLabel = (a: { label: string }, b: { label: string }) =>
      collator.compare(a.label, b.label);
    return {
      genders: GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) })),
      countries: countryCodes()
        .map((c) => ({ value: c, label: countryName(c, language) }))
        .sort(byLabel),
      languages: languageCodes()
        .map((c) => ({ value: c, label: languageName(c, language) }))
        .sort(byLabel),
      organisations: list
        .map((o) => ({
          value: String(o.id),
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
        }))
        .sort(byLabel),
    };
  }, [t, language, list]);
}
