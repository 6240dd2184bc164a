import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SESSION_TYPES, type SessionType } from '../../../../../shared/domain/agenda';
import { useAgendaStore } from '../agenda.store';
import { filtersActive, shownRooms } from '../timetable/agenda-view';
import { FilterMenu } from './FilterMenu';

const NO_FILTERS = { trackIds: [], types: [], roomIds: [] };

/** Filters by track, type and room; the room filter also narrows the day view's columns. */
export function AgendaFilters() {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const filters = useAgendaStore((s) => s.filters);
  const setFilters = useAgendaStore((s) => s.setFilters);
  if (!agenda) return null;
  const toIds = (values: string[]) => values.map(Number);
  return (
    <Group gap={6} wrap="nowrap">
      <FilterMenu
        label={t('agenda.grid.filter.track')}
        choices={agenda.tracks.map((tr) => ({ value: String(tr.id), label: tr.name }))}
        value={filters.trackIds.map(String)}
        onChange={(v) => setFilters({ trackIds: toIds(v) })}
      />
      <FilterMenu
        label={t('agenda.grid.filter.type')}
        choices={SESSION_TYPES.map((type) => ({
          value: type,
          label: t(`agenda.sessionType.${type}`),
          colour: agenda.typeColours[type],
        }))}
        value={filters.types}
        onChange={(v) => setFilters({ types: v as SessionType[] })}
      />
      <FilterMenu
        label={t('agenda.grid.filter.room')}
        choices={shownRooms(agenda.rooms, NO_FILTERS).map((r) => ({
          value: String(r.id),
          label: r.name,
        }))}
        value={filters.roomIds.map(String)}
        onChange={(v) => setFilters({ roomIds: toIds(v) })}
      />
      {filtersActive(filters) && (
        <Button variant="subtle" size="sm" onClick={() => setFilters(NO_FILTERS)}>
          {t('agenda.grid.filter.clear')}
        </Button>
      )}
    </Group>
  );
}
