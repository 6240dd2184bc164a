import { DomainError, invalidField, notFound } from '../errors';
import { nowIso } from '../../../shared/domain/time';
import type { Award, Room, Session } from '../../../shared/domain/agenda';
import type { Agenda, Channel, ParsedInput } from '../../../shared/api';
import { checkAward, checkPlacement, checkSession, nested } from './agenda-checks';
import { sessionFrom, type AgendaCore } from './agenda.service';

type In<C extends Channel> = ParsedInput<C>;

/** Every agenda edit; each is one transaction recorded for undo (see AgendaCore.edit). */
export function createAgendaEdits(core: AgendaCore) {
  const { repos, edit, agenda, meeting } = core;

  function room(id: number): Room {
    const r = repos.rooms.room(id);
    if (!r) throw notFound('The room');
    return r;
  }
  function session(id: number): Session {
    const s = repos.sessions.session(id);
    if (!s) throw notFound('The session');
    return s;
  }
  function award(id: number): Award {
    const a = repos.awards.award(id);
    if (!a) throw notFound('The award');
    return a;
  }

  /** Sessions still in a room are refused, unless the caller said what to do with them. */
  function deleteRoom({ id, sessions, moveToRoomId }: In<'agenda.deleteRoom'>): Agenda {
    const r = room(id);
    const inRoom = repos.sessions.idsInRoom(id);
    if (inRoom.length && sessions === 'refuse')
      throw new DomainError('conflict', `errors.roomInUse?count=${inRoom.length}`);
    if (sessions === 'move') {
      const target = moveToRoomId === null ? null : repos.rooms.room(moveToRoomId);
      if (!target || target.meetingId !== r.meetingId || target.id === id)
        throw invalidField(['moveToRoomId'], 'errors.roomMissing');
    }
    edit(r.meetingId, 'deleteRoom', r.name, (rec) => {
      const now = nowIso();
      for (const sessionId of inRoom) {
        rec.touch('session', sessionId);
        if (sessions === 'delete') {
          for (const awardId of repos.awards.idsOfSession(sessionId)) rec.touch('award', awardId);
          repos.sessions.delete(sessionId);
        } else {
          const s = session(sessionId);
          repos.sessions.put({
            ...s,
            roomId: sessions === 'move' ? moveToRoomId : null,
            updatedAt: now,
          });
        }
      }
      rec.touch('room', id);
      repos.rooms.deleteRoom(id);
    });
    return agenda(r.meetingId);
  }

  return {
    createRoom({ meetingId, room: fields }: In<'agenda.createRoom'>) {
      meeting(meetingId);
      const id = edit(meetingId, 'createRoom', fields.name, (rec) => {
        const newId = repos.rooms.insertRoom(meetingId, fields);
        rec.created('room', newId);
        return newId;
      });
      return { agenda: agenda(meetingId), id };
    },
    updateRoom({ id, room: fields }: In<'agenda.updateRoom'>): Agenda {
      const r = room(id);
      edit(r.meetingId, 'updateRoom', fields.name, (rec) => {
        rec.touch('room', id);
        repos.rooms.putRoom({ ...r, ...fields });
      });
      return agenda(r.meetingId);
    },
    deleteRoom,
    reorderRooms({ meetingId, roomIds }: In<'agenda.reorderRooms'>): Agenda {
      const rooms = repos.rooms.rooms(meetingId);
      const known = new Set(rooms.map((r) => r.id));
      if (roomIds.length !== rooms.length || !roomIds.every((id) => known.has(id)))
        throw invalidField(['roomIds'], 'errors.roomMissing');
      edit(meetingId, 'reorderRooms', '', (rec) => {
        roomIds.forEach((id, position) => {
          rec.touch('room', id);
          repos.rooms.putRoom({ ...room(id), position });
        });
      });
      return agenda(meetingId);
    },
    createTrack({ meetingId, name }: In<'agenda.createTrack'>) {
      meeting(meetingId);
      const id = edit(meetingId, 'createTrack', name, (rec) => {
        const newId = repos.rooms.insertTrack(meetingId, name);
        rec.created('track', newId);
        return newId;
      });
      return { agenda: agenda(meetingId), id };
    },
    updateTrack({ id, name }: In<'agenda.updateTrack'>): Agenda {
      const t = repos.rooms.track(id);
      if (!t) throw notFound('The track');
      edit(t.meetingId, 'updateTrack', name, (rec) => {
        rec.touch('track', id);
        repos.rooms.putTrack({ ...t, name });
      });
      return agenda(t.meetingId);
    },
    /** Sessions of a deleted track keep their place and lose only the track. */
    deleteTrack({ id }: In<'agenda.deleteTrack'>): Agenda {
      const t = repos.rooms.track(id);
      if (!t) throw notFound('The track');
      edit(t.meetingId, 'deleteTrack', t.name, (rec) => {
        for (const sessionId of repos.sessions.idsWithTrack(id)) {
          rec.touch('session', sessionId);
          repos.sessions.put({ ...session(sessionId), trackId: null, updatedAt: nowIso() });
        }
        rec.touch('track', id);
        repos.rooms.deleteTrack(id);
      });
      return agenda(t.meetingId);
    },
    setTypeColour({ meetingId, type, colour }: In<'agenda.setTypeColour'>): Agenda {
      meeting(meetingId);
      edit(meetingId, 'setTypeColour', type, (rec) => {
        rec.touch('colour', type, meetingId);
        repos.rooms.putColour(meetingId, type, colour);
      });
      return agenda(meetingId);
    },
    createSession({ meetingId, session: fields }: In<'agenda.createSession'>) {
      const m = meeting(meetingId);
      nested('session', () => checkSession(repos, m, fields));
      const id = edit(meetingId, 'createSession', fields.title, (rec) => {
        const newId = repos.sessions.insert(sessionFrom(meetingId, fields, 0, nowIso()));
        rec.created('session', newId);
        return newId;
      });
      return { agenda: agenda(meetingId), id };
    },
    updateSession({ id, session: fields }: In<'agenda.updateSession'>): Agenda {
      const s = session(id);
      const m = meeting(s.meetingId);
      nested('session', () => checkSession(repos, m, fields));
      edit(s.meetingId, 'updateSession', fields.title, (rec) => {
        rec.touch('session', id);
        repos.sessions.put(sessionFrom(s.meetingId, fields, id, nowIso()));
      });
      return agenda(s.meetingId);
    },
    moveSession(move: In<'agenda.moveSession'>): Agenda {
      const s = session(move.id);
      checkPlacement(repos, meeting(s.meetingId), move);
      const resized =
        move.day === s.day &&
        move.roomId === s.roomId &&
        move.endMinute - move.startMinute !== s.endMinute - s.startMinute;
      edit(s.meetingId, resized ? 'resizeSession' : 'moveSession', s.title, (rec) => {
        rec.touch('session', s.id);
        repos.sessions.put({
          ...s,
          day: move.day,
          startMinute: move.startMinute,
          endMinute: move.endMinute,
          roomId: move.allRooms ? null : move.roomId,
          allRooms: move.allRooms,
          updatedAt: nowIso(),
        });
      });
      return agenda(s.meetingId);
    },
    /** Awards presented in the session stay, without a session. */
    deleteSession({ id }: In<'agenda.deleteSession'>): Agenda {
      const s = session(id);
      edit(s.meetingId, 'deleteSession', s.title, (rec) => {
        for (const awardId of repos.awards.idsOfSession(id)) rec.touch('award', awardId);
        rec.touch('session', id);
        repos.sessions.delete(id);
      });
      return agenda(s.meetingId);
    },
    duplicateSession({ id, day, startMinute }: In<'agenda.duplicateSession'>) {
      const s = session(id);
      const start = startMinute ?? s.startMinute;
      const copy = {
        ...s,
        day: day ?? s.day,
        startMinute: start,
        endMinute: Math.min(1440, start + (s.endMinute - s.startMinute)),
        updatedAt: nowIso(),
      };
      if (copy.endMinute <= copy.startMinute)
        throw invalidField(['startMinute'], 'errors.outsideDay');
      checkPlacement(repos, meeting(s.meetingId), copy);
      const newId = edit(s.meetingId, 'duplicateSession', s.title, (rec) => {
        const created = repos.sessions.insert(copy);
        rec.created('session', created);
        return created;
      });
      return { agenda: agenda(s.meetingId), id: newId };
    },
    createAward({ meetingId, award: fields }: In<'agenda.createAward'>) {
      const m = meeting(meetingId);
      nested('award', () => checkAward(repos, m, fields));
      const id = edit(meetingId, 'createAward', fields.name, (rec) => {
        const newId = repos.awards.insert({ ...fields, meetingId });
        rec.created('award', newId);
        return newId;
      });
      return { agenda: agenda(meetingId), id };
    },
    updateAward({ id, award: fields }: In<'agenda.updateAward'>): Agenda {
      const a = award(id);
      nested('award', () => checkAward(repos, meeting(a.meetingId), fields));
      edit(a.meetingId, 'updateAward', fields.name, (rec) => {
        rec.touch('award', id);
        repos.awards.put({ ...a, ...fields });
      });
      return agenda(a.meetingId);
    },
    deleteAward({ id }: In<'agenda.deleteAward'>): Agenda {
      const a = award(id);
      edit(a.meetingId, 'deleteAward', a.name, (rec) => {
        rec.touch('award', id);
        repos.awards.delete(id);
      });
      return agenda(a.meetingId);
    },
  };
}
