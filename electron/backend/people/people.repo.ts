import type { Db } from '../db/connection';
import { normaliseName, type Gender } from '../../../shared/domain/people';
import { reindexPeople } from './search.repo';
import type { Person, PersonFields, PersonMeeting } from './types';

interface PersonRow {
  id: number;
  title: string;
  given_names: string;
  family_names: string;
  gender: Gender | null;
  email: string;
  phone: string;
  organisation_id: number | null;
  organisation_name: string | null;
  position: string;
  country_code: string | null;
  nationality_code: string | null;
  languages: string;
  notes: string;
  consent_to_list: number;
  created_at: string;
  updated_at: string;
  anonymised_at: string | null;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    title: row.title,
    givenNames: row.given_names,
    familyNames: row.family_names,
    gender: row.gender,
    email: row.email,
    phone: row.phone,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name ?? '',
    position: row.position,
    countryCode: row.country_code,
    nationalityCode: row.nationality_code,
    languages: JSON.parse(row.languages) as string[],
    notes: row.notes,
    consentToList: row.consent_to_list === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    anonymisedAt: row.anonymised_at,
  };
}

/** The keys duplicate detection compares; exported so imports compute them the same way. */
export function personKeys(p: { givenNames: string; familyNames: string; email: string }) {
  return {
    name_key: normaliseName(`${p.givenNames} ${p.familyNames}`),
    email_key: p.email.trim().toLowerCase(),
  };
}

const toParams = (p: PersonFields) => ({
  title: p.title,
  given_names: p.givenNames,
  family_names: p.familyNames,
  gender: p.gender,
  email: p.email,
  phone: p.phone,
  organisation_id: p.organisationId,
  position: p.position,
  country_code: p.countryCode,
  nationality_code: p.nationalityCode,
  languages: JSON.stringify(p.languages),
  notes: p.notes,
  consent_to_list: p.consentToList ? 1 : 0,
  ...personKeys(p),
});

// ---- people ----------------------------------------------------------------------------------

// Imports and organisations re-index the people they touch through here.
export { reindexPeople };

/** SQL for people. */
export function createPeopleRepo(db: Db) {
  const statements = {
    get: db.prepare<[number], PersonRow>(`
      SELECT p.*, o.name AS organisation_name
      FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?`),
    meetings: db.prepare<
      [number],
      {
        id: number;
        meeting_id: number;
        title: string;
        start_date: string;
        role: string;
        status: string;
      }
    >(`
      SELECT r.id, m.id AS meeting_id, m.title, m.start_date, r.role, r.status
      FROM registration r JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY m.start_date DESC, m.id DESC`),
    insert: db.prepare(`
      INSERT INTO person (title, given_names, family_names, gender, email, phone, organisation_id,
        position, country_code, nationality_code, languages, notes, consent_to_list, name_key,
        email_key, created_at, updated_at)
      VALUES (@title, @given_names, @family_names, @gender, @email, @phone, @organisation_id,
        @position, @country_code, @nationality_code, @languages, @notes, @consent_to_list, @name_key,
        @email_key, @now, @now)`),
    update: db.prepare(`
      UPDATE person SET title = @title, given_names = @given_names, family_names = @family_names,
        gender = @gender, email = @email, phone = @phone, organisation_id = @organisation_id,
        position = @position, country_code = @country_code, nationality_code = @nationality_code,
        languages = @languages, notes = @notes, consent_to_list = @consent_to_list,
        name_key = @name_key, email_key = @email_key, updated_at = @now
      WHERE id = @id`),
  };

  return {
    get(id: number): Person | null {
      const row = statements.get.get(id);
      return row ? toPerson(row) : null;
    },
    meetingsOf: (id: number): PersonMeeting[] =>
      statements.meetings.all(id).map((r) => ({
        registrationId: r.id,
        meetingId: r.meeting_id,
        meetingTitle: r.title,
        startDate: r.start_date,
        role: r.role,
        status: r.status,
      })),
    insert(fields: PersonFields, now: string): number {
      const id = Number(statements.insert.run({ ...toParams(fields), now }).lastInsertRowid);
      reindexPeople(db, [id]);
      return id;
    },
    update(id: number, fields: PersonFields, now: string): boolean {
      const changed = statements.update.run({ ...toParams(fields), id, now }).changes > 0;
      if (changed) reindexPeople(db, [id]);
      return changed;
    },
  };
}
