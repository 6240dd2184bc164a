import type { Meeting, MeetingKind } from '../../../shared/domain/meeting';

/** A row of the meeting table, as SQLite returns it. */
export interface MeetingRow {
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
  retention_date: string | null;
  created_at: string;
  updated_at: string;
}

/** A meeting row as the domain type; the one place rows become meetings. */
export function toMeeting(row: MeetingRow): Meeting {
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
    retentionDate: row.retention_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
