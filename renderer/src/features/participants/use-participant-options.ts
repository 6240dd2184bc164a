import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '../../../../shared/domain/countries';
import { languageCodes, languageName } from '../../../../shared/domain/languages';
import { GENDERS, ROLES, STATUSES } from '../../../../shared/domain/people';
import { useParticipantsStore } from './participants.store';
import { countryLabel } from './participant-view';

/** The panel's picker choices, labelled in the UI language and sorted for it. */
export function useParticipantOptions() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const organisations = useParticipantsStore((s) => s.organisations);
  return useMemo(() => {
    const collator = new Intl.Collator(language);
    const byLabel = (a: { label: string }, b: { label: string }) =>
      collator.compare(a.label, b.label);
    return {
      countries: countryCodes()
        .map((c) => ({ value: c, label: countryLabel(c, language) }))
        .sort(byLabel),
      languages: languageCodes()
        .map((c) => ({ value: c, label: languageName(c, language) }))
        .sort(byLabel),
      organisations: organisations
        .map((o) => ({
          value: String(o.id),
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
        }))
        .sort(byLabel),
      genders: GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) })),
      roles: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
      statuses: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    };
  }, [t, language, organisations]);
}
