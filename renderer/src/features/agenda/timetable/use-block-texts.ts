import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TYPE_COLOURS } from '../../../../../shared/domain/agenda';
import { clashesBySession } from '../../../../../shared/domain/agenda-clashes';
import { useAgendaStore, useClashes } from '../agenda.store';
import type { BlockText } from './SessionBlock';
import { clashesText, peopleText, roomText, timeRange } from './session-text';

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
    const roleDescription = t('agenda.grid.block.role');
    const tentativeLabel = t('agenda.grid.block.tentative');
    for (const s of agenda.sessions) {
      const own = bySession.get(s.id) ?? [];
      const label = t(
        s.tentative ? 'agenda.grid.block.labelTentative' : 'agenda.grid.block.label',
        {
          title: s.title,
          time: timeRange(s),
          room: roomText(s, agenda.rooms, t),
          type: t(`agenda.sessionType.${s.type}`),
        },
      );
      out.set(s.id, {
        label,
        people: peopleText(s, people),
        clashCount: own.length,
        clashText: clashesText(own, s.id, agenda, t),
        colour: agenda.typeColours[s.type] ?? DEFAULT_TYPE_COLOURS[s.type],
        roleDescription,
        tentativeLabel,
      });
    }
    return out;
  }, [agenda, clashes, t]);
}
