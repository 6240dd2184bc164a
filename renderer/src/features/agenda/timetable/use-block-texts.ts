import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TYPE_COLOURS, SESSION_TYPES } from '../../../../../shared/domain/agenda';
import { clashesBySession } from '../../../../../shared/domain/agenda-clashes';
import { useAgendaStore, useClashes } from '../agenda.store';
import type { BlockText } from './SessionBlock';
import { clashesText, peopleText, roomText, timeRange } from './session-text';

const FIELDS = ['title', 'time', 'room', 'type'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A message filled by plain string replacement: translated once with markers in place of its
 * values, so that hundreds of blocks do not each pay for a call to the translator.
 */
function template(t: TFunction, key: string): (values: Record<Field, string>) => string {
  const marker = (i: number) => `\u0000${i}\u0000`;
  const text = t(key, Object.fromEntries(FIELDS.map((f, i) => [f, marker(i)])));
  return (values) => FIELDS.reduce((out, f, i) => out.split(marker(i)).join(values[f]), text);
}

/**
 * Each session's words for its block (name, people, clashes) and colour, computed once per
 * agenda change and language: the blocks receive plain strings and numbers, so a block whose
 * session did not change is not drawn again.
 */
export function useBlockTexts(): Map<number, BlockText> {
  const agenda = useAgendaStore((s) => s.agenda);
  const clashes = useClashes();
  const { t } = useTranslation();
  return useMemo(() => {
    const out = new Map<number, BlockText>();
    if (!agenda) return out;
    const people = new Map(agenda.people.map((p) => [p.registrationId, p]));
    const bySession = clashesBySession(clashes);
    const types = new Map(SESSION_TYPES.map((type) => [type, t(`agenda.sessionType.${type}`)]));
    const roomNames = new Map(agenda.rooms.map((r) => [r.id, r.name]));
    const allRooms = roomText({ allRooms: true, roomId: null }, [], t);
    const noRoom = roomText({ allRooms: false, roomId: null }, [], t);
    const label = template(t, 'agenda.grid.block.label');
    const tentativeLabel = template(t, 'agenda.grid.block.labelTentative');
    const common = {
      roleDescription: t('agenda.grid.block.role'),
      tentativeLabel: t('agenda.grid.block.tentative'),
    };
    for (const s of agenda.sessions) {
      const own = bySession.get(s.id) ?? [];
      const room = s.allRooms ? allRooms : (roomNames.get(s.roomId ?? 0) ?? noRoom);
      const values = { title: s.title, time: timeRange(s), room, type: types.get(s.type) ?? '' };
      out.set(s.id, {
        ...common,
        label: (s.tentative ? tentativeLabel : label)(values),
        people: peopleText(s, people),
        clashCount: own.length,
        clashText: own.length ? clashesText(own, s.id, agenda, t) : '',
        colour: agenda.typeColours[s.type] ?? DEFAULT_TYPE_COLOURS[s.type],
      });
    }
    return out;
  }, [agenda, clashes, t]);
}
