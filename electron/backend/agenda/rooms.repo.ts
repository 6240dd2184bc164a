import type { Db } from '../db/connection';
import type { Room, SessionType, Track } from '../../../shared/domain/agenda';

interface RoomRow {
  id: number;
  meeting_id: number;
  name: string;
  capacity: number | null;
  location: string;
  position: number;
  closed_days: string;
}

interface TrackRow {
  id: number;
  meeting_id: number;
  name: string;
  position: number;
}

const toRoom = (r: RoomRow): Room => ({
  id: r.id,
  meetingId: r.meeting_id,
  name: r.name,
  capacity: r.capacity,
  location: r.location,
  position: r.position,
  closedDays: JSON.parse(r.closed_days) as string[],
});

const toTrack = (r: TrackRow): Track => ({
  id: r.id,
  meetingId: r.meeting_id,
  name: r.name,
  position: r.position,
});

const roomParams = (r: Room) => ({
  id: r.id,
  meeting_id: r.meetingId,
  name: r.name,
  capacity: r.capacity,
  location: r.location,
  position: r.position,
  closed_days: JSON.stringify(r.closedDays),
});

/** SQL for rooms, tracks and the organiser's type colours. */
export function createRoomsRepo(db: Db) {
  const s = {
    rooms: db.prepare<[number], RoomRow>(
      'SELECT * FROM room WHERE meeting_id = ? ORDER BY position, id',
    ),
    room: db.prepare<[number], RoomRow>('SELECT * FROM room WHERE id = ?'),
    nextRoomPosition: db.prepare<[number], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM room WHERE meeting_id = ?',
    ),
    insertRoom: db.prepare(`
      INSERT INTO room (meeting_id, name, capacity, location, position, closed_days)
      VALUES (@meeting_id, @name, @capacity, @location, @position, @closed_days)`),
    // Undo puts a row back under its own id: an upsert, never REPLACE (which would delete first
    // and so cascade to, or be refused by, the rows that point at it).
    upsertRoom: db.prepare(`
      INSERT INTO room (id, meeting_id, name, capacity, location, position, closed_days)
      VALUES (@id, @meeting_id, @name, @capacity, @location, @position, @closed_days)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, capacity = excluded.capacity,
        location = excluded.location, position = excluded.position,
        closed_days = excluded.closed_days`),
    deleteRoom: db.prepare<[number]>('DELETE FROM room WHERE id = ?'),
    tracks: db.prepare<[number], TrackRow>(
      'SELECT * FROM track WHERE meeting_id = ? ORDER BY position, id',
    ),
    track: db.prepare<[number], TrackRow>('SELECT * FROM track WHERE id = ?'),
    nextTrackPosition: db.prepare<[number], { next: number }>(
      'SELECT coalesce(max(position) + 1, 0) AS next FROM track WHERE meeting_id = ?',
    ),
    insertTrack: db.prepare<[number, string, number]>(
      'INSERT INTO track (meeting_id, name, position) VALUES (?, ?, ?)',
    ),
    upsertTrack: db.prepare(`
      INSERT INTO track (id, meeting_id, name, position) VALUES (@id, @meeting_id, @name, @position)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, position = excluded.position`),
    deleteTrack: db.prepare<[number]>('DELETE FROM track WHERE id = ?'),
    colours: db.prepare<[number], { type: SessionType; colour: string }>(
      'SELECT type, colour FROM session_type_colour WHERE meeting_id = ?',
    ),
    colour: db.prepare<[number, string], { colour: string }>(
      'SELECT colour FROM session_type_colour WHERE meeting_id = ? AND type = ?',
    ),
    setColour: db.prepare<[number, string, string]>(`
      INSERT INTO session_type_colour (meeting_id, type, colour) VALUES (?, ?, ?)
      ON CONFLICT(meeting_id, type) DO UPDATE SET colour = excluded.colour`),
    clearColour: db.prepare<[number, string]>(
      'DELETE FROM session_type_colour WHERE meeting_id = ? AND type = ?',
    ),
  };

  return {
    rooms: (meetingId: number): Room[] => s.rooms.all(meetingId).map(toRoom),
    room(id: number): Room | null {
      const row = s.room.get(id);
      return row ? toRoom(row) : null;
    },
    insertRoom(meetingId: number, fields: Omit<Room, 'id' | 'meetingId' | 'position'>): number {
      const position = s.nextRoomPosition.get(meetingId)!.next;
      return Number(
        s.insertRoom.run({ ...roomParams({ ...fields, id: 0, meetingId, position }) })
          .lastInsertRowid,
      );
    },
    /** Writes the room exactly as given (creating it under its id when it is missing). */
    putRoom: (room: Room) => void s.upsertRoom.run(roomParams(room)),
    deleteRoom: (id: number) => void s.deleteRoom.run(id),
    tracks: (meetingId: number): Track[] => s.tracks.all(meetingId).map(toTrack),
    track(id: number): Track | null {
      const row = s.track.get(id);
      return row ? toTrack(row) : null;
    },
    insertTrack(meetingId: number, name: string): number {
      const position = s.nextTrackPosition.get(meetingId)!.next;
      return Number(s.insertTrack.run(meetingId, name, position).lastInsertRowid);
    },
    putTrack: (t: Track) =>
      void s.upsertTrack.run({
        id: t.id,
        meeting_id: t.meetingId,
        name: t.name,
        position: t.position,
      }),
    deleteTrack: (id: number) => void s.deleteTrack.run(id),
    colours(meetingId: number): Partial<Record<SessionType, string>> {
      return Object.fromEntries(s.colours.all(meetingId).map((r) => [r.type, r.colour]));
    },
    colour: (meetingId: number, type: string): string | null =>
      s.colour.get(meetingId, type)?.colour ?? null,
    /** Sets a type's colour, or goes back to the default one with null. */
    putColour(meetingId: number, type: string, colour: string | null): void {
      if (colour === null) s.clearColour.run(meetingId, type);
      else s.setColour.run(meetingId, type, colour);
    },
  };
}

export type RoomsRepo = ReturnType<typeof createRoomsRepo>;
