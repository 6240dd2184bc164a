import { useEffect } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterPicker } from '../../participants/FilterPicker';
import { useLiveQuery } from '../use-attendance';
import {
  PRESENCE_CHOICES,
  usePresenceFilterStore,
  type PresenceChoice,
} from './presence-filter.store';

// One empty list: a new one at each read would make the store's subscribers render forever.
const NONE: PresenceChoice[] = [];

/**
 * A filter for the participants view: who is present today, who is expected and not yet arrived
 * ("today" in the meeting's time zone). Off when the meeting is not on today.
 */
export function PresenceFilter({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const { value } = useLiveQuery('attendance.presence', { meetingId });
  const chosen = usePresenceFilterStore((s) => (s.meetingId === meetingId ? s.chosen : NONE));
  useEffect(() => {
    if (value) usePresenceFilterStore.getState().load(meetingId, value);
  }, [meetingId, value]);

  const label = t('attendance.filter.label');
  if (!value?.isMeetingDay)
    return (
      <Tooltip label={t('attendance.filter.notToday')}>
        <Button variant="default" data-disabled aria-disabled onClick={(e) => e.preventDefault()}>
          {label}
        </Button>
      </Tooltip>
    );
  return (
    <FilterPicker
      label={label}
      getOptions={() =>
        PRESENCE_CHOICES.map((c) => ({
          value: c,
          label: t(`attendance.filter.${c}`),
          count: value[c].length,
        }))
      }
      value={chosen}
      onChange={(v) => usePresenceFilterStore.getState().choose(v)}
    />
  );
}
