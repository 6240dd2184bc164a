import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../shared/domain/people';
import { sortByLabel, type Choice } from '../../ui/use-choice-options';

/** What the organisation picker needs to know of an organisation. */
export interface OrganisationRef {
  id: number;
  name: string;
  acronym: string;
}

/** The person form's own pickers (countries and languages come with their fields). */
export interface PersonOptions {
  genders: Choice[];
  organisations: Choice[];
}

/** The person form's genders and `organisations`, labelled in the UI language and sorted for it. */
export function usePersonOptions(organisations: readonly OrganisationRef[]): PersonOptions {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      genders: GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) })),
      organisations: sortByLabel(
        organisations.map((o) => ({
          value: String(o.id),
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
        })),
        language,
      ),
    }),
    [t, language, organisations],
  );
}
