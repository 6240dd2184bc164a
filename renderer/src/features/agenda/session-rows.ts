import type { TFunction } from 'i18next';
import type { Agenda } from '../../../../shared/api';
import { formatMinute, type Session } from '../../../../shared/domain/agenda';
import type { Clash } from '../../../../shared/domain/agenda-clashes';
import { normaliseName } from '../../../../shared/domain/people';

/** One line of the list view: the session with what its columns show and sort by. */
export interface SessionRow {
  session: Session;
  /** 'yyyy-MM-dd HH:mm': sorts by day, then start. */
  when: string;
  title: string;
  type: string;
  room: string;
  track: string;
  /** "Awa Diop (chair), Jean Dupont (speaker)". */
  people: string;
  peopleCount: number;
  clashes: number;
  /** Folded text the filter box matches against. */
  search: string;
}

/** The list view's rows, labelled in the UI language. */
export function sessionRows(agenda: Agenda, clashes: readonly Clash[], t: TFunction): SessionRow[] {
  const rooms = new Map(agenda.rooms.map((r) => [r.id, r.name]));
  const tracks = new Map(agenda.tracks.map((tr) => [tr.id, tr.name]));
  const names = new Map(agenda.people.map((p) => [p.registrationId, p.name]));
  const clashCount = new Map<number, number>();
  for (const c of clashes)
    for (const id of c.sessionIds) clashCount.set(id, (clashCount.get(id) ?? 0) + 1);
  return agenda.sessions.map((s) => {
    const room = s.allRooms
      ? t('agenda.session.room.all')
      : s.roomId === null
        ? ''
        : (rooms.get(s.roomId) ?? '');
    const people = s.people
      .map(
        (p) =>
          `${names.get(p.registrationId) ?? '…'} (${t(`agenda.personRole.${p.role}`).toLocaleLowerCase()})`,
      )
      .join(', ');
    const type = t(`agenda.sessionType.${s.type}`);
    const track = s.trackId === null ? '' : (tracks.get(s.trackId) ?? '');
    return {
      session: s,
      when: `${s.day} ${formatMinute(s.startMinute)}`,
      title: s.title,
      type,
      room,
      track,
      people,
      peopleCount: s.people.length,
      clashes: clashCount.get(s.id) ?? 0,
      search: normaliseName([s.title, type, room, track, people, s.description].join(' ')),
    };
  });
}
