import type { Db } from '../db/connection';
import type { Change } from './changes';

interface EditRow {
  id: number;
  action: string;
  subject: string;
  changes: string;
}

export interface Edit {
  id: number;
  action: string;
  subject: string;
  changes: Change[];
}

/** How many edits a meeting keeps for undo; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

const toEdit = (r: EditRow): Edit => ({
  id: r.id,
  action: r.action,
  subject: r.subject,
  changes: JSON.parse(r.changes) as Change[],
});

/** SQL for the agenda's edit history (see migration 0100). */
export function createHistoryRepo(db: Db) {
  const s = {
    insert: db.prepare<[number, string, string, string, string]>(
      'INSERT INTO agenda_edit (meeting_id, action, subject, changes, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    // A new edit ends the redo branch: what was undone can no longer be redone on top of it.
    dropUndone: db.prepare<[number]>('DELETE FROM agenda_edit WHERE meeting_id = ? AND undone = 1'),
    trim: db.prepare<[{ meeting: number; keep: number }]>(`
      DELETE FROM agenda_edit WHERE meeting_id = @meeting AND id <= (
        SELECT id FROM agenda_edit WHERE meeting_id = @meeting ORDER BY id DESC LIMIT 1 OFFSET @keep)`),
    lastDone: db.prepare<[number], EditRow>(
      'SELECT * FROM agenda_edit WHERE meeting_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1',
    ),
    firstUndone: db.prepare<[number], EditRow>(
      'SELECT * FROM agenda_edit WHERE meeting_id = ? AND undone = 1 ORDER BY id LIMIT 1',
    ),
    setUndone: db.prepare<[number, number]>('UPDATE agenda_edit SET undone = ? WHERE id = ?'),
    delete: db.prepare<[number]>('DELETE FROM agenda_edit WHERE id = ?'),
  };

  return {
    record(meetingId: number, action: string, subject: string, changes: Change[], now: string) {
      s.dropUndone.run(meetingId);
      s.insert.run(meetingId, action, subject, JSON.stringify(changes), now);
      s.trim.run({ meeting: meetingId, keep: HISTORY_LIMIT });
    },
    lastDone(meetingId: number): Edit | null {
      const row = s.lastDone.get(meetingId);
      return row ? toEdit(row) : null;
    },
    firstUndone(meetingId: number): Edit | null {
      const row = s.firstUndone.get(meetingId);
      return row ? toEdit(row) : null;
    },
    markUndone: (id: number, undone: boolean) => void s.setUndone.run(undone ? 1 : 0, id),
    /** Forgets an edit that can no longer be applied (its rows were changed elsewhere). */
    forget: (id: number) => void s.delete.run(id),
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
