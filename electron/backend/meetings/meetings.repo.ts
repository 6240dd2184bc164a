import type { Db } from '../db/connection';
import type { Meeting } from '../../../shared/domain/meeting';
import { meetingTitleKey } from '../../../shared/domain/meeting-search';
import { meetingSearchText } from './meeting-search-text';
import { toMeeting, type MeetingRow } from './meeting-row';

export type MeetingFields = Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>;

function toParams(m: MeetingFields) {
  return {
    title: m.title,
    kind: m.kind,
    venue: m.venue,
    city: m.city,
    country_code: m.countryCode,
    start_date: m.startDate,
    end_date: m.endDate,
    time_zone: m.timeZone,
    languages: JSON.stringify(m.languages),
    description: m.description,
    parent_id: m.parentId,
    retention_date: m.retentionDate,
    search_text: meetingSearchText(m),
    title_key: meetingTitleKey(m.title),
  };
}

/** SQL for meetings; rows become domain objects here and nowhere else. */
export function createMeetingsRepo(db: Db) {
  const statements = {
    all: db.prepare<[], MeetingRow & { search_text: string; title_key: string }>(
      'SELECT * FROM meeting',
    ),
    setSearch: db.prepare<[string, string, number]>(
      'UPDATE meeting SET search_text = ?, title_key = ? WHERE id = ?',
    ),
    get: db.prepare<[number], MeetingRow>('SELECT * FROM meeting WHERE id = ?'),
    parentOf: db.prepare<[number], { parent_id: number | null }>(
      'SELECT parent_id FROM meeting WHERE id = ?',
    ),
    insert: db.prepare(`
      INSERT INTO meeting (title, kind, venue, city, country_code, start_date, end_date, time_zone,
        languages, description, parent_id, retention_date, search_text, title_key, created_at,
        updated_at)
      VALUES (@title, @kind, @venue, @city, @country_code, @start_date, @end_date, @time_zone,
        @languages, @description, @parent_id, @retention_date, @search_text, @title_key, @now,
        @now)`),
    update: db.prepare(`
      UPDATE meeting SET title = @title, kind = @kind, venue = @venue, city = @city,
        country_code = @country_code, start_date = @start_date, end_date = @end_date,
        time_zone = @time_zone, languages = @languages, description = @description,
        parent_id = @parent_id, retention_date = @retention_date, search_text = @search_text, title_key = @title_key,
        updated_at = @now
      WHERE id = @id`),
    delete: db.prepare<[number]>('DELETE FROM meeting WHERE id = ?'),
    findByTitle: db.prepare<[string, string], { id: number }>(
      'SELECT id FROM meeting WHERE title = ? AND start_date = ?',
    ),
  };

  return {
    /**
     * Recomputes every meeting's search text and title key where they differ: after the migration
     * that added them, and when country names change with a library update. Returns how many.
     */
    refreshSearch(): number {
      let changed = 0;
      db.transaction(() => {
        for (const row of statements.all.all()) {
          const fields = toParams(toMeeting(row));
          if (fields.search_text === row.search_text && fields.title_key === row.title_key)
            continue;
          statements.setSearch.run(fields.search_text, fields.title_key, row.id);
          changed++;
        }
      })();
      return changed;
    },
    get(id: number): Meeting | null {
      const row = statements.get.get(id);
      return row ? toMeeting(row) : null;
    },
    parentOf(id: number): number | null {
      return statements.parentOf.get(id)?.parent_id ?? null;
    },
    insert(fields: MeetingFields, now: string): number {
      return Number(statements.insert.run({ ...toParams(fields), now }).lastInsertRowid);
    },
    update(id: number, fields: MeetingFields, now: string): boolean {
      return statements.update.run({ ...toParams(fields), id, now }).changes > 0;
    },
    delete(id: number): boolean {
      return statements.delete.run(id).changes > 0;
    },
    findByTitle(title: string, startDate: string): number | null {
      return statements.findByTitle.get(title, startDate)?.id ?? null;
    },
  };
}

export type MeetingsRepo = ReturnType<typeof createMeetingsRepo>;
