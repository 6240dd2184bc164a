import { useMemo } from 'react';
import type { Session } from '../../../../../shared/domain/agenda';
import { daysBetween } from '../../../../../shared/domain/time';
import { useAgendaStore } from '../agenda.store';
import { matchesFilters } from './agenda-view';
import { clockBands, type ClockBand } from './grid-geometry';

/** The meeting's days, 'yyyy-MM-dd', first to last. */
export function useMeetingDays(): string[] {
  const start = useAgendaStore((s) => s.agenda?.meeting.startDate);
  const end = useAgendaStore((s) => s.agenda?.meeting.endDate);
  return useMemo(() => (start && end ? daysBetween(start, end) : []), [start, end]);
}

/** The sessions that pass the filters, in the agenda's order. */
export function useVisibleSessions(): Session[] {
  const sessions = useAgendaStore((s) => s.agenda?.sessions);
  const filters = useAgendaStore((s) => s.filters);
  return useMemo(
    () => (sessions ?? []).filter((s) => matchesFilters(s, filters)),
    [sessions, filters],
  );
}

const NO_BANDS: readonly ClockBand[] = [];

/** The daylight-saving bands of each of the meeting's days in its zone, computed once. */
export function useClockBands(): (day: string) => readonly ClockBand[] {
  const timeZone = useAgendaStore((s) => s.agenda?.meeting.timeZone);
  const days = useMeetingDays();
  return useMemo(() => {
    const bands = new Map(days.map((day) => [day, timeZone ? clockBands(day, timeZone) : []]));
    return (day: string) => bands.get(day) ?? NO_BANDS;
  }, [days, timeZone]);
}
