import type { Db } from '../db/connection';
import type { Meeting, MeetingKind } from '../../../shared/domain/meeting';

interface MeetingRow {
  id: number;
  title: string;
  kind: MeetingKind;
  venue: string;
  city: string;
  country_code: string | null;
  start_date: string;
  end_date: string;
  time_zone: string;
  languages: string;
  description: string;
  parent_id: number | null;
  created_at: string;
  updated_at: string;
  child_count?: number;
}

export type MeetingFields = Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>;

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    venue: row.venue,
    city: row.city,
    countryCode: row.country_code,
    startDate: row.start_date,
    endDate: row.end_date,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages) as string[],
    description: row.description,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

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
  };
}

/** SQL for meetings; rows become domain objects here and nowhere else. */
export function createMeetingsRepo(db: Db) {
  const statements = {
    list: db.prepare<[], MeetingRow>(`
      SELECT m.*, (SELECT count(*) FROM meeting c WHERE c.parent_id = m.id) AS child_count
      FROM meeting m ORDER BY m.start_date DESC, m.title COLLATE NOCASE`),
    get: db.prepare<[number], MeetingRow>('SELECT * FROM meeting WHERE id = ?'),
    parentOf: db.prepare<[number], { parent_id: number | null }>(
      'SELECT parent_id FROM meeting WHERE id = ?',
    ),
    insert: db.prepare(`
      INSERT INTO meeting (title, kind, venue, city, country_code, start_date, end_date, time_zone,
        languages, description, parent_id, created_at, updated_at)
      VALUES (@title, @kind, @venue, @city, @country_code, @start_date, @end_date, @time_zone,
        @languages, @description, @parent_id, @now, @now)`),
    update: db.prepare(`
      UPDATE meeting SET title = @title, kind = @kind, venue = @venue, city = @city,
        country_code = @country_code, start_date = @start_date, end_date = @end_date,
        time_zone = @time_zone, languages = @languages, description = @description,
        parent_id = @parent_id, updated_at = @now
      WHERE id = @id`),
    delete: db.prepare<[number]>('DELETE FROM meeting WHERE id = ?'),
    findByTitle: db.prepare<[string, string], { id: number }>(
      'SELECT id FROM meeting WHERE title = ? AND start_date = ?',
    ),
  };

  return {
    list(): (Meeting & { childCount: number })[] {
      return statements.list
        .all()
        .map((row) => ({ ...toMeeting(row), childCount: row.child_count ?? 0 }));
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
