/**
 * The fields a spreadsheet column can be mapped to, and suggestions from the headers (the known
 * headers are data, in import-header-sources.ts). Pure functions: the backend suggests, the
 * wizard shows and corrects.
 */
import {
  HEADER_SOURCES,
  SOURCE_HEADERS,
  SPREADSHEET_HEADERS,
  SPREADSHEET_UNMAPPED,
  type HeaderSource,
} from './import-header-sources';

export const IMPORT_FIELDS = [
  'title',
  'givenNames',
  'familyNames',
  'fullName',
  'gender',
  'email',
  'phone',
  'organisation',
  'organisationAcronym',
  'organisationType',
  'position',
  'country',
  'nationality',
  'languages',
  'role',
  'status',
  'badgeName',
  'dietary',
  'accessibility',
  'visaLetter',
  'listed',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → index of the column it reads (0-based); unmapped fields are absent. */
export type ColumnMapping = Partial<Record<ImportField, number>>;
/** Field → header text: how the last mapping is remembered, so it survives a change of column order. */
export type HeaderMapping = Partial<Record<ImportField, string>>;

export const NAME_FIELDS: readonly ImportField[] = ['givenNames', 'familyNames', 'fullName'];

/** The longest text each field may hold; the same limits as the people and registrations forms. */
export const FIELD_MAX_LENGTH: Record<ImportField, number> = {
  title: 40,
  givenNames: 200,
  familyNames: 200,
  fullName: 200,
  gender: 60,
  email: 254,
  phone: 50,
  organisation: 300,
  organisationAcronym: 40,
  organisationType: 100,
  position: 200,
  country: 200,
  nationality: 200,
  languages: 500,
  role: 100,
  status: 100,
  badgeName: 60,
  dietary: 500,
  accessibility: 500,
  visaLetter: 20,
  listed: 20,
  notes: 5000,
};

/** Lower case, accents removed, punctuation folded to single spaces: "Prénom(s) *" → "prenom s". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One header's verdict: the field it fills (and how surely), or null for "known, not imported". */
interface Verdict {
  field: ImportField | null;
  score: number;
}

interface HeaderIndex {
  exact: Map<string, Verdict>;
  ignoredPrefixes: string[];
}

const SURE = 1000;
const index = (entries: Iterable<[string, Verdict]>, ignoredPrefixes: readonly string[] = []) => {
  const exact = new Map<string, Verdict>();
  for (const [header, verdict] of entries) {
    const key = normaliseHeader(header);
    const known = exact.get(key);
    if (!known || verdict.score > known.score) exact.set(key, verdict);
  }
  return { exact, ignoredPrefixes: ignoredPrefixes.map(normaliseHeader) };
};

function sourceIndex(source: HeaderSource, weight: number): HeaderIndex {
  const { headers, fallbacks = [], ignoredPrefixes = [] } = SOURCE_HEADERS[source];
  return index(
    Object.entries(headers).map(([header, field]) => [
      header,
      { field, score: weight - (fallbacks.includes(header) ? 100 : 0) },
    ]),
    ignoredPrefixes,
  );
}

let built: {
  sources: Map<HeaderSource, HeaderIndex>;
  spreadsheet: HeaderIndex;
  anySource: HeaderIndex;
} | null = null;

function knowledge() {
  if (built) return built;
  const sources = new Map(HEADER_SOURCES.map((s) => [s, sourceIndex(s, 3 * SURE)]));
  const spreadsheet = index([
    ...IMPORT_FIELDS.flatMap((field) =>
      SPREADSHEET_HEADERS[field].map((h): [string, Verdict] => [h, { field, score: 2 * SURE }]),
    ),
    ...SPREADSHEET_UNMAPPED.map((h): [string, Verdict] => [h, { field: null, score: 2 * SURE }]),
  ]);
  // Another tool's header still says what it holds ("Affiliation" in a home-made sheet), less
  // surely than the file's own vocabulary.
  const anySource = index(
    HEADER_SOURCES.flatMap((s) =>
      [...sources.get(s)!.exact].map(([h, v]): [string, Verdict] => [
        h,
        { field: v.field, score: v.score - 1.5 * SURE },
      ]),
    ),
  );
  built = { sources, spreadsheet, anySource };
  return built;
}

/** The tool the headers say the file comes from: the one with most of its signature present. */
export function detectSource(headers: readonly string[]): HeaderSource | null {
  const present = new Set(headers.map(normaliseHeader));
  let found: { source: HeaderSource; hits: number } | null = null;
  for (const source of HEADER_SOURCES) {
    const { signature, detectWith } = SOURCE_HEADERS[source];
    const hits = signature.filter((h) => present.has(normaliseHeader(h))).length;
    if (hits >= detectWith && (!found || hits > found.hits)) found = { source, hits };
  }
  return found?.source ?? null;
}

/** A weaker match: a header containing a known phrase ("Adresse e-mail professionnelle"). */
function containedScore(header: string, field: ImportField): number {
  let best = 0;
  // A one-word synonym such as "name" inside "organisation name" says little: only phrases count,
  // and never for the full name (it would swallow "badge name", "nom de l'organisation"...).
  if (field === 'fullName') return 0;
  for (const synonym of SPREADSHEET_HEADERS[field]) {
    if (synonym.length < 4) continue;
    if (` ${header} `.includes(` ${synonym} `)) best = Math.max(best, 100 + synonym.length);
  }
  return best;
}

export interface ColumnRecognition {
  mapping: ColumnMapping;
  /** Columns whose header is known to hold nothing Plenary keeps. */
  knownUnmapped: number[];
  /** A whole-name column left out because given and family name columns say it better. */
  repeatedName: number | null;
  source: HeaderSource | null;
}

/**
 * Suggests a column for each field from the headers (each column serves at most one field), and
 * names the columns known to have no field, so they are shown as such instead of being guessed.
 */
export function recogniseColumns(headers: readonly string[]): ColumnRecognition {
  const { sources, spreadsheet, anySource } = knowledge();
  const source = detectSource(headers);
  const own = source ? sources.get(source)! : null;
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  const knownUnmapped: number[] = [];
  headers.forEach((raw, column) => {
    const header = normaliseHeader(raw);
    if (!header) return;
    const verdict =
      own?.exact.get(header) ?? spreadsheet.exact.get(header) ?? anySource.exact.get(header);
    const ignored = [own, ...sources.values()].some((s) =>
      s?.ignoredPrefixes.some((p) => header === p || header.startsWith(`${p} `)),
    );
    if (verdict?.field === null || (!verdict && ignored)) {
      knownUnmapped.push(column);
      return;
    }
    if (verdict?.field) {
      candidates.push({ field: verdict.field, column, score: verdict.score });
      return;
    }
    for (const field of IMPORT_FIELDS) {
      const score = containedScore(header, field);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  // Strongest pairs first, ties to the leftmost column, so "Nom" beats a later "Nom du badge".
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  // A "Name" column alongside first/last name columns is something else (often the full name
  // repeated); the split columns are more precise.
  let repeatedName: number | null = null;
  if (mapping.fullName !== undefined && (mapping.givenNames ?? mapping.familyNames) !== undefined) {
    repeatedName = mapping.fullName;
    delete mapping.fullName;
  }
  return { mapping, knownUnmapped, repeatedName, source };
}

/** Suggests a column for each field from the headers; each column serves at most one field. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return recogniseColumns(headers).mapping;
}

/** The mapping as header texts, to remember it. */
export function toHeaderMapping(mapping: ColumnMapping, headers: readonly string[]): HeaderMapping {
  const out: HeaderMapping = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    const header = column === undefined ? undefined : headers[column];
    if (header) out[field] = header;
  }
  return out;
}

/**
 * A remembered mapping applied to new headers, or null when the file does not have every remembered
 * header (then it is another kind of spreadsheet and the suggestions fit better).
 */
export function applyHeaderMapping(
  remembered: HeaderMapping,
  headers: readonly string[],
): ColumnMapping | null {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  const out: ColumnMapping = {};
  let count = 0;
  for (const field of IMPORT_FIELDS) {
    const header = remembered[field];
    if (header === undefined) continue;
    const column = index.get(normaliseHeader(header));
    if (column === undefined) return null;
    out[field] = column;
    count++;
  }
  return count > 0 ? out : null;
}

/** True when the mapping names the person: a given, family or full name column. */
export function mapsAName(mapping: ColumnMapping): boolean {
  return NAME_FIELDS.some((f) => mapping[f] !== undefined);
}
