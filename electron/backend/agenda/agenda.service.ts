import type { Db } from '../db/connection';
import { DomainError, notFound } from '../errors';
import { nowIso } from '../../../shared/domain/time';
import { DEFAULT_TYPE_COLOURS, type Session } from '../../../shared/domain/agenda';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Agenda, ParsedInput } from '../../../shared/api';
import { createMeetingsRepo } from '../meetings/meetings.repo';
import { createAgendaAudit } from '../audit/agenda-audit';
import { createAwardsRepo } from './awards.repo';
import { changeRecorder, staleChanges, writeChanges, type Repos } from './changes';
import { createHistoryRepo } from './history.repo';
import { createRoomsRepo } from './rooms.repo';
import { createSessionsRepo } from './sessions.repo';

type Recorder = ReturnType<typeof changeRecorder>;

const isForeignKeyError = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';

/**
 * The agenda's rules. Every edit runs in one transaction that also records what it changed, so
 * undo and redo (at least the last 50 edits per meeting) put rows back exactly.
 */
export function createAgendaCore(db: Db) {
  const meetings = createMeetingsRepo(db);
  const repos: Repos = {
    rooms: createRoomsRepo(db),
    sessions: createSessionsRepo(db),
    awards: createAwardsRepo(db),
  };
  const history = createHistoryRepo(db);
  // The audit log is written here, in each edit's transaction: every edit passes through.
  const audit = createAgendaAudit(db);

  function meeting(id: number): Meeting {
    const m = meetings.get(id);
    if (!m) throw notFound('The meeting');
    return m;
  }

  function agenda(meetingId: number): Agenda {
    const m = meeting(meetingId);
    const step = (e: { action: string; subject: string } | null) =>
      e ? { action: e.action, subject: e.subject } : null;
    return {
      meeting: {
        id: m.id,
        title: m.title,
        startDate: m.startDate,
        endDate: m.endDate,
        timeZone: m.timeZone,
        languages: m.languages,
      },
      rooms: repos.rooms.rooms(meetingId),
      tracks: repos.rooms.tracks(meetingId),
      typeColours: { ...DEFAULT_TYPE_COLOURS, ...repos.rooms.colours(meetingId) },
      sessions: repos.sessions.sessions(meetingId),
      people: repos.sessions.agendaPeople(meetingId),
      organisations: repos.awards.organisations(meetingId),
      awards: repos.awards.awards(meetingId),
      history: {
        undo: step(history.lastDone(meetingId)),
        redo: step(history.firstUndone(meetingId)),
      },
    };
  }

  /**
   * Runs one edit in a transaction: `run` touches each row before changing it; the changes are
   * recorded for undo under `action` and `subject` (the name the menu shows).
   */
  function edit<T>(
    meetingId: number,
    action: string,
    subject: string,
    run: (recorder: Recorder) => T,
  ): T {
    return db.transaction(() => {
      const recorder = changeRecorder(repos);
      const result = run(recorder);
      const changes = recorder.finish();
      if (changes.length) {
        history.record(meetingId, action, subject, changes, nowIso());
        audit.record(meetingId, changes, '');
      }
      return result;
    })();
  }

  /** Undo (`before`) or redo (`after`) of the meeting's next edit in that direction. */
  function step(meetingId: number, direction: 'undo' | 'redo'): Agenda {
    meeting(meetingId);
    const entry =
      direction === 'undo' ? history.lastDone(meetingId) : history.firstUndone(meetingId);
    if (!entry) return agenda(meetingId);
    const expected = direction === 'undo' ? 'after' : 'before';
    let applied = false;
    try {
      applied = db.transaction(() => {
        if (staleChanges(repos, entry.changes, expected).length) return false;
        writeChanges(repos, entry.changes, direction === 'undo' ? 'before' : 'after');
        history.markUndone(entry.id, direction === 'undo');
        audit.record(meetingId, entry.changes, direction);
        return true;
      })();
    } catch (error) {
      // A row it would put back points at something deleted since (a participant removed from
      // the meeting): the transaction rolled back, and the edit is as stale as a changed row.
      if (!isForeignKeyError(error)) throw error;
    }
    if (applied) return agenda(meetingId);
    // Forgotten so the next undo reaches the edit before; said so the user knows why.
    history.forget(entry.id);
    throw new DomainError(
      'conflict',
      `errors.${direction}Stale?${new URLSearchParams({ subject: entry.subject }).toString()}`,
    );
  }

  return { repos, meeting, agenda, edit, step, history };
}

export type AgendaCore = ReturnType<typeof createAgendaCore>;

type SessionFields = ParsedInput<'agenda.createSession'>['session'];

/** A session row from the form's fields (a session in every room has no room of its own). */
export function sessionFrom(
  meetingId: number,
  fields: SessionFields,
  id: number,
  updatedAt: string,
): Session {
  return {
    id,
    meetingId,
    title: fields.title,
    type: fields.type,
    day: fields.day,
    startMinute: fields.startMinute,
    endMinute: fields.endMinute,
    roomId: fields.allRooms ? null : fields.roomId,
    allRooms: fields.allRooms,
    trackId: fields.trackId,
    region: fields.region,
    description: fields.description,
    tentative: fields.tentative,
    expectedAudience: fields.expectedAudience,
    restricted: fields.restricted,
    presenterCountryCode: fields.presenterCountryCode,
    presenterOrganisationId: fields.presenterOrganisationId,
    people: fields.people,
    updatedAt,
  };
}
