import type { Migration } from '../migrate';

/**
 * Attendance: badges (one current token per registration, earlier ones kept so the desk can say
 * "re-issued"), check-in per meeting day (with an optional check-out) and per session, the log of
 * every change with who made it, and a note for the desk.
 *
 * Attendance belongs to the registration and goes with it (the registrations slice snapshots it
 * for its undo). A session's attendance names the session without a foreign key: deleting a
 * session in the agenda and undoing it puts the session back under the same id (AUTOINCREMENT),
 * and its attendance must still be there; rows of a session that is gone are never read.
 * meeting_id is the registration's, copied so that a day's figures come from one index.
 */
const migration: Migration = {
  version: 110,
  name: 'attendance',
  up(db) {
    db.exec(`
      CREATE TABLE badge (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        token TEXT NOT NULL UNIQUE CHECK (length(token) = 32),
        issued_at TEXT NOT NULL,
        replaced_at TEXT,
        collected_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX badge_current ON badge(registration_id) WHERE replaced_at IS NULL;
      CREATE INDEX badge_registration ON badge(registration_id);

      CREATE TABLE attendance_day (
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL,
        day TEXT NOT NULL,
        checked_in_at TEXT NOT NULL,
        checked_out_at TEXT,
        method TEXT NOT NULL CHECK (method IN ('scan','search','walk_in','session','roster','correction')),
        operator TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (registration_id, day),
        CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX attendance_day_meeting ON attendance_day(meeting_id, day);

      CREATE TABLE attendance_session (
        session_id INTEGER NOT NULL,
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        checked_in_at TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('scan','search','walk_in','session','roster','correction')),
        operator TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, registration_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX attendance_session_registration ON attendance_session(registration_id);

      -- Who changed what and when: every check-in, check-out, undo and correction, before and after.
      CREATE TABLE attendance_change (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
        day TEXT,
        session_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('check_in','check_out','undo','correct','badge_issued','badge_reissued','desk_note')),
        method TEXT,
        before TEXT,
        after TEXT,
        operator TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX attendance_change_registration ON attendance_change(registration_id, id);

      CREATE TABLE desk_note (
        registration_id INTEGER PRIMARY KEY REFERENCES registration(id) ON DELETE CASCADE,
        note TEXT NOT NULL CHECK (length(note) <= 1000),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
export default migration;
