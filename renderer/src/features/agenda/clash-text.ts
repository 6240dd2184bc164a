import type { TFunction } from 'i18next';
import type { Agenda } from '../../../../shared/api';
import { formatMinute, type Session } from '../../../../shared/domain/agenda';
import type { Clash } from '../../../../shared/domain/agenda-clashes';
import { formatDayRange, formatShortWeekday } from '../../../../shared/domain/time';

const K = 'agenda.forms.clash';

/** What a sentence needs to name things: the agenda, the translator and the UI language. */
export interface ClashWording {
  agenda: Pick<Agenda, 'meeting' | 'rooms' | 'sessions' | 'people'>;
  t: TFunction;
  language: string;
}

function numberText(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

/** The session's title, or a stand-in while the agenda catches up with a deletion. */
function titleOf(w: ClashWording, id: number): string {
  return w.agenda.sessions.find((s) => s.id === id)?.title ?? w.t(`${K}.someSession`);
}

function roomName(w: ClashWording, id: number | null): string {
  return w.agenda.rooms.find((r) => r.id === id)?.name ?? w.t(`${K}.someRoom`);
}

function personOf(w: ClashWording, registrationId: number) {
  return w.agenda.people.find((p) => p.registrationId === registrationId);
}

function roleIn(session: Session | undefined, registrationId: number) {
  return session?.people.find((p) => p.registrationId === registrationId)?.role ?? 'speaker';
}

/** The time two sessions share: from the later start to the earlier end, on their day. */
function together(w: ClashWording, [aId, bId]: [number, number]) {
  const a = w.agenda.sessions.find((s) => s.id === aId);
  const b = w.agenda.sessions.find((s) => s.id === bId);
  const start = Math.max(a?.startMinute ?? 0, b?.startMinute ?? 0);
  const end = Math.min(a?.endMinute ?? 0, b?.endMinute ?? 0);
  return {
    a,
    b,
    start: formatMinute(start),
    end: formatMinute(end),
    day: a ? formatShortWeekday(a.day, w.language) : '',
  };
}

/**
 * One clash in plain words, in the UI language: "Salle 2 is used twice at 10:00–10:30 on Tue 15
 * Nov: “Workshop Africa” and “Coffee break”." Used by the clash list and the session panel.
 */
export function clashSentence(clash: Clash, w: ClashWording): string {
  const { t, language } = w;
  switch (clash.kind) {
    case 'room_double_booked': {
      const shared = together(w, clash.sessionIds);
      const titles = { a: titleOf(w, clash.sessionIds[0]), b: titleOf(w, clash.sessionIds[1]) };
      return clash.roomId === null
        ? t(`${K}.everyRoomTwice`, { ...shared, ...titles })
        : t(`${K}.roomTwice`, { ...shared, ...titles, room: roomName(w, clash.roomId) });
    }
    case 'person_double_booked': {
      const shared = together(w, clash.sessionIds);
      const doing = (s: Session | undefined) =>
        t(`${K}.roleDoing.${roleIn(s, clash.registrationId)}`);
      return t(`${K}.personTwice`, {
        ...shared,
        name: personOf(w, clash.registrationId)?.name ?? t(`${K}.someone`),
        roleA: doing(shared.a),
        roleB: doing(shared.b),
        a: titleOf(w, clash.sessionIds[0]),
        b: titleOf(w, clash.sessionIds[1]),
      });
    }
    case 'outside_meeting_days': {
      const { startDate, endDate } = w.agenda.meeting;
      return t(`${K}.outsideDays`, {
        title: titleOf(w, clash.sessionIds[0]),
        day: formatShortWeekday(clash.day, language),
        range: formatDayRange(startDate, endDate, language),
      });
    }
    case 'room_closed':
      return t(`${K}.roomClosed`, {
        title: titleOf(w, clash.sessionIds[0]),
        room: roomName(w, clash.roomId),
        day: formatShortWeekday(clash.day, language),
      });
    case 'over_capacity': {
      const values = {
        title: titleOf(w, clash.sessionIds[0]),
        count: clash.expected,
        expected: numberText(clash.expected, language),
        capacity: numberText(clash.capacity, language),
      };
      return clash.roomId === null
        ? t(`${K}.overCapacityAllRooms`, values)
        : t(`${K}.overCapacity`, { ...values, room: roomName(w, clash.roomId) });
    }
    case 'inactive_person': {
      const session = w.agenda.sessions.find((s) => s.id === clash.sessionIds[0]);
      const role = t(`agenda.personRole.${roleIn(session, clash.registrationId)}`);
      return t(clash.status === 'declined' ? `${K}.declined` : `${K}.cancelled`, {
        name: personOf(w, clash.registrationId)?.name ?? t(`${K}.someone`),
        role: role.toLocaleLowerCase(language),
        title: titleOf(w, clash.sessionIds[0]),
      });
    }
    case 'restricted_outsider': {
      const person = personOf(w, clash.registrationId);
      const name = person?.name ?? t(`${K}.someone`);
      return t(`${K}.restrictedOutsider`, {
        title: titleOf(w, clash.sessionIds[0]),
        name: person?.organisationName ? `${name} (${person.organisationName})` : name,
      });
    }
  }
}
