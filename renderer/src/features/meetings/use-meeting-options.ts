import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes, countryName } from '../../../../shared/domain/countries';
import { languageCodes, languageName } from '../../../../shared/domain/languages';
import { MEETING_KINDS } from '../../../../shared/domain/meeting';
import { timeZoneChoices } from '../../../../shared/domain/time';

/** The choices of the meeting form's pickers, labelled in the UI language and sorted for it. */
export function useMeetingOptions(currentTimeZone: string) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const labelled = useMemo(() => {
    const collator = new Intl.Collator(language);
    const byLabel = (a: { label: string }, b: { label: string }) =>
      collator.compare(a.label, b.label);
    return {
      kinds: MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) })),
      countries: countryCodes()
        .map((c) => ({ value: c, label: countryName(c, language) }))
        .sort(byLabel),
      languages: languageCodes()
        .map((c) => ({ value: c, label: languageName(c, language) }))
        .sort(byLabel),
    };
  }, [t, language]);
  // Apart from the rest: the zone is typed, and re-sorting every country per keystroke is waste.
  const timeZones = useMemo(() => timeZoneChoices(currentTimeZone), [currentTimeZone]);
  return { ...labelled, timeZones };
}
