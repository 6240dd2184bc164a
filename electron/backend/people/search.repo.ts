import type { Db } from '../db/connection';
import { countryNames } from '../../../shared/domain/country-aliases';
import { searchDocument, searchWords } from '../../../shared/domain/search-text';

/** What a person's search document is made of: person, organisation and country columns. */
export interface DocumentRow {
  id: number;
  title: string;
  given_names: string;
  family_names: string;
  email: string;
  country_code: string | null;
  organisation_name: string | null;
  organisation_acronym: string | null;
}

/** The SQL that reads DocumentRows for the people whose ids are the JSON array `?`. */
export const DOCUMENT_ROWS = `
  SELECT p.id, p.title, p.given_names, p.family_names, p.email, p.country_code,
    o.name AS organisation_name, o.acronym AS organisation_acronym
  FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
  WHERE p.id IN (SELECT value FROM json_each(?))`;

/** A country's names in English and French, every alias included. */
function countryAliases(code: string): string[] {
  return [...countryNames(code, 'en'), ...countryNames(code, 'fr')];
}

/**
 * Looks each country's names up and folds them once: an import's 10,000 people share a handful of
 * countries (folding their names for every person was a third of an import's indexing).
 * Returns the indexed text of a person: names, title, email, organisation and acronym, and every
 * name of their country in English and French, so "Ivory Coast", "USA" or "Allemagne" find them.
 */
export function documentBuilder(): (row: DocumentRow) => string {
  const known = new Map<string, string[]>();
  const countryWords = (code: string) => {
    let words = known.get(code);
    if (!words) known.set(code, (words = countryAliases(code).flatMap(searchWords)));
    return words;
  };
  return (row) =>
    searchDocument(
      [row.given_names, row.family_names],
      [row.title, row.email, row.organisation_name ?? '', row.organisation_acronym ?? ''],
      row.country_code ? countryWords(row.country_code) : [],
    );
}

function indexStatements(db: Db) {
  return {
    remove: db.prepare<[number]>('DELETE FROM person_search WHERE rowid = ?'),
    // FTS5 serves this from its rowid order without a scan.
    lastIndexed: db
      .prepare<[], number>('SELECT rowid FROM person_search ORDER BY rowid DESC LIMIT 1')
      .pluck(),
    insert: db.prepare<[number, string]>('INSERT INTO person_search (rowid, text) VALUES (?, ?)'),
    documents: db.prepare<[string], DocumentRow>(DOCUMENT_ROWS),
  };
}
const indexCache = new WeakMap<Db, ReturnType<typeof indexStatements>>();
const CHUNK = 5_000;

/**
 * Rebuilds the search documents of these people in one transaction. Ids of people that no longer
 * exist lose their document, so callers may pass deleted people too (an import's undo).
 */
export function reindexPeople(db: Db, personIds: number[]): void {
  if (personIds.length === 0) return;
  let s = indexCache.get(db);
  if (!s) indexCache.set(db, (s = indexStatements(db)));
  const statements = s;
  const documentOf = documentBuilder();
  db.transaction(() => {
    // Only an id at or below the highest indexed one can have a document to replace: people
    // just created (an import's) skip the delete. Person ids can be reused, hence the check
    // against the index itself rather than a caller's word that the people are new.
    const lastIndexed = statements.lastIndexed.get() ?? 0;
    for (const id of personIds) if (id <= lastIndexed) statements.remove.run(id);
    for (let i = 0; i < personIds.length; i += CHUNK)
      for (const row of statements.documents.all(JSON.stringify(personIds.slice(i, i + CHUNK))))
        statements.insert.run(row.id, documentOf(row));
  })();
}

/**
 * The SQL condition on person `p` for a search: bind the expression (from searchMatch) as @match.
 * The FTS5 lookup narrows the rows before anything else is read.
 */
export const PERSON_MATCHES =
  'p.id IN (SELECT rowid FROM person_search WHERE person_search MATCH @match)';

const matchCache = new WeakMap<Db, (match: string) => number[]>();

/**
 * Ids of the people a search expression (from searchMatch) finds, in ascending order. The index
 * hands them out in rowid order; one JSON array instead of a row per id is several times cheaper
 * when a one-letter search finds half the directory.
 */
export function matchingPeople(db: Db, match: string): number[] {
  let run = matchCache.get(db);
  if (!run) {
    const statement = db
      .prepare<[string], string>(
        `SELECT json_group_array(id) FROM (
           SELECT rowid AS id FROM person_search WHERE person_search MATCH ? ORDER BY rowid)`,
      )
      .pluck();
    run = (expression) => JSON.parse(statement.get(expression) ?? '[]') as number[];
    matchCache.set(db, run);
  }
  return run(match);
}
