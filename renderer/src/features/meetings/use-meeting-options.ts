import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../../shared/domain/meeting';
import { timeZoneChoices } from '../../../../shared/domain/time';

/** The meeting form's own pickers (countries and languages come with their fields). */
export function useMeetingOptions(currentTimeZone: string) {
  const { t } = useTranslation();
  const kinds = useMemo(
    () => MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) })),
    [t],
  );
  // Apart from the rest: the zone is typed, and recomputing the other lists per keystroke is waste.
  const timeZones = useMemo(() => timeZoneChoices(currentTimeZone), [currentTimeZone]);
  return { kinds, timeZones };
}
