import type { Db } from '../db/connection';
import { countryNames } from '../../../shared/domain/country-aliases';
import { normaliseName, type Gender } from '../../../shared/domain/people';
import type { SearchTerms } from './search-terms';
import type { Person, PersonDirectoryRow, PersonFields, PersonMeeting } from './types';

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

// ---- search index ----------------------------------------------------------------------------

interface DocumentRow {
  id: number;
  title: string;
  given_names: string;
  family_names: string;
  email: string;
  country_code: string | null;
  organisation_name: string | null;
  organisation_acronym: string | null;
}

/** A country's names in English and French, every alias included. */
function countryAliases(code: string): string[] {
  return [...countryNames(code, 'en'), ...countryNames(code, 'fr')];
}

function documentOf(row: DocumentRow, aliases: (code: string) => string[]): string {
  // Every alias too, so "Ivory Coast", "USA" or "China" find who they should; a Set drops the
  // names English and French share, keeping the index (and bulk re-indexing) small.
  const country = row.country_code ? aliases(row.country_code) : [];
  const parts = [
    row.given_names,
    row.family_names,
    row.title,
    row.email,
    row.organisation_name,
    row.organisation_acronym,
    ...country,
  ];
  return [...new Set(parts.filter(Boolean))].join(' | ');
}

function indexStatements(db: Db) {
  return {
    remove: db.prepare<[number]>('DELETE FROM person_search WHERE rowid = ?'),
    // FTS5 serves this from its rowid order without a scan.
    lastIndexed: db
      .prepare<[], number>('SELECT rowid FROM person_search ORDER BY rowid DESC LIMIT 1')
      .pluck(),
    insert: db.prepare<[number, string]>('INSERT INTO person_search (rowid, text) VALUES (?, ?)'),
    documents: db.prepare<[string], DocumentRow>(`
      SELECT p.id, p.title, p.given_names, p.family_names, p.email, p.country_code,
        o.name AS organisation_name, o.acronym AS organisation_acronym
      FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE p.id IN (SELECT value FROM json_each(?))`),
  };
}
const indexCache = new WeakMap<Db, ReturnType<typeof indexStatements>>();
const CHUNK = 5_000;

/**
 * Rebuilds the search documents of these people (names, title, email, organisation, country names
 * in English and French) in one transaction. Ids of people that no longer exist lose their
 * document, so callers may pass deleted people too (an import's undo).
 */
export function reindexPeople(db: Db, personIds: number[]): void {
  if (personIds.length === 0) return;
  let s = indexCache.get(db);
  if (!s) indexCache.set(db, (s = indexStatements(db)));
  const statements = s;
  // An import's 10,000 people share a handful of countries: look each one's names up once.
  const known = new Map<string, string[]>();
  const aliases = (code: string) => {
    let names = known.get(code);
    if (!names) known.set(code, (names = countryAliases(code)));
    return names;
  };
  db.transaction(() => {
    // Only an id at or below the highest indexed one can have a document to replace: people
    // just created (an import's) skip the delete. Person ids can be reused, hence the check
    // against the index itself rather than a caller's word that the people are new.
    const lastIndexed = statements.lastIndexed.get() ?? 0;
    for (const id of personIds) if (id <= lastIndexed) statements.remove.run(id);
    for (let i = 0; i < personIds.length; i += CHUNK)
      for (const row of statements.documents.all(JSON.stringify(personIds.slice(i, i + CHUNK))))
        statements.insert.run(row.id, documentOf(row, aliases));
  })();
}

/**
 * SQL conditions on person `p` for a search, with their parameters; the FTS5 lookup comes first so
 * the index narrows the rows before anything else is read.
 */
export function personSearchConditions(terms: SearchTerms) {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (terms.match) {
    conditions.push('p.id IN (SELECT rowid FROM person_search WHERE person_search MATCH @match)');
    params.match = terms.match;
  }
  if (!terms.match && terms.nameMatch) {
    // Only short words: the name-word index (migration 0040) finds exactly what the LIKE patterns
    // would, without reading every person.
    conditions.push('p.id IN (SELECT rowid FROM person_name WHERE person_name MATCH @names)');
    params.names = terms.nameMatch;
    return { conditions, params };
  }
  terms.namePrefixes.forEach((pattern, i) => {
    conditions.push(`(' ' || p.name_key) LIKE @prefix${i}`);
    params[`prefix${i}`] = pattern;
  });
  return { conditions, params };
}

// ---- people ----------------------------------------------------------------------------------

interface DirectoryRow {
  id: number;
  given_names: string;
  family_names: string;
  email: string;
  organisation_name: string | null;
  country_code: string | null;
  meeting_count: number;
}

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
    directory(terms: SearchTerms, limit: number): PersonDirectoryRow[] {
      const { conditions, params } = personSearchConditions(terms);
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const rows = db
        .prepare<[Record<string, string | number>], DirectoryRow>(
          `SELECT p.id, p.given_names, p.family_names, p.email, o.name AS organisation_name,
             p.country_code,
             (SELECT count(*) FROM registration r WHERE r.person_id = p.id) AS meeting_count
           FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
           ${where}
           ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, p.id
           LIMIT @limit`,
        )
        .all({ ...params, limit });
      return rows.map((r) => ({
        id: r.id,
        givenNames: r.given_names,
        familyNames: r.family_names,
        email: r.email,
        organisationName: r.organisation_name ?? '',
        countryCode: r.country_code,
        meetingCount: r.meeting_count,
      }));
    },
  };
}
