import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipantsStore } from './participants.store';
import { filterRows, sortRows } from './participant-view';
import type { Participant } from './participant-types';
import { usePresenceIds } from '../attendance/presence/presence-filter.store';

/**
 * The rows the table shows, derived from the store in two memoised steps: sorting only reruns when
 * the rows, the sort or the language change, and filtering a sorted list keeps its order.
 */
export function useVisibleRows(): readonly Participant[] {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = useParticipantsStore((s) => s.rows);
  const sort = useParticipantsStore((s) => s.sort);
  const filters = useParticipantsStore((s) => s.filters);
  const searchIds = useParticipantsStore((s) => s.searchIds);
  const presenceIds = usePresenceIds(useParticipantsStore((s) => s.meetingId));
  const sorted = useMemo(
    () => sortRows(rows, sort, { language, region: (code) => t(`region.${code}`) }),
    [rows, sort, language, t],
  );
  return useMemo(() => {
    const shown = filterRows(sorted, filters, searchIds);
    return presenceIds ? shown.filter((r) => presenceIds.has(r.id)) : shown;
  }, [sorted, filters, searchIds, presenceIds]);
}
