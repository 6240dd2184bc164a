import type { Migration } from '../migrate';

/**
 * The agenda: rooms (with the days they are closed), tracks, the organiser's colours for session
 * types, sessions with their people, awards, and the history that undo and redo walk.
 *
 * Sessions keep wall-clock minutes on a day of the meeting's zone (see shared/domain/agenda.ts).
 * AUTOINCREMENT keeps ids from being reused, so an undo that puts a deleted row back under its old
 * id can never collide with a newer row. A registration still on a session cannot be deleted
 * (RESTRICT): the service asks the user first and removes the assignments itself.
 */
const migration: Migration = {
  version: 100,
  name: 'agenda',
  up(db) {
    db.exec(`
      CREATE TABLE room (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
        location TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        closed_days TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX room_meeting ON room(meeting_id, position);

      CREATE TABLE track (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX track_meeting ON track(meeting_id, position);

      CREATE TABLE session_type_colour (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        PRIMARY KEY (meeting_id, type)
      ) STRICT;

      CREATE TABLE session (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        type TEXT NOT NULL CHECK (type IN ('plenary','keynote','case_study','panel',
          'regional_workshop','working_group','award_ceremony','break','meal','social','other')),
        day TEXT NOT NULL,
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        room_id INTEGER REFERENCES room(id) ON DELETE RESTRICT,
        all_rooms INTEGER NOT NULL DEFAULT 0 CHECK (all_rooms IN (0, 1)),
        track_id INTEGER REFERENCES track(id) ON DELETE SET NULL,
        region TEXT CHECK (region IS NULL OR region IN ('africa','americas','asia_south_pacific','europe','mena')),
        description TEXT NOT NULL DEFAULT '',
        tentative INTEGER NOT NULL DEFAULT 0 CHECK (tentative IN (0, 1)),
        expected_audience INTEGER CHECK (expected_audience IS NULL OR expected_audience >= 0),
        restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
        presenter_country_code TEXT REFERENCES country(code),
        presenter_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_minute > start_minute),
        CHECK (all_rooms = 0 OR room_id IS NULL)
      ) STRICT;
      CREATE INDEX session_meeting_day ON session(meeting_id, day, start_minute);
      CREATE INDEX session_room ON session(room_id);

      CREATE TABLE session_person (
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('chair','moderator','speaker','panellist','rapporteur')),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, registration_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_person_registration ON session_person(registration_id);

      CREATE TABLE award (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        recipient_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
        recipient_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
        citation TEXT NOT NULL DEFAULT '',
        CHECK (recipient_organisation_id IS NULL OR recipient_person_id IS NULL)
      ) STRICT;
      CREATE INDEX award_meeting ON award(meeting_id);
      CREATE INDEX award_session ON award(session_id);
      CREATE INDEX award_organisation ON award(recipient_organisation_id);
      CREATE INDEX award_person ON award(recipient_person_id);

      -- One entry per agenda edit: what the changed rows were before and after, so undo and redo
      -- can check nothing else changed them since and put them back exactly.
      CREATE TABLE agenda_edit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        changes TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_edit_meeting ON agenda_edit(meeting_id, id);
    `);
  },
};
export default migration;
