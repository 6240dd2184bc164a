/**
 * The fields a spreadsheet column can be mapped to, and suggestions from English and French headers.
 * Plain data and pure functions: the backend suggests, the wizard shows and corrects.
 */

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

// Normalised (see normaliseHeader) header texts, English then French. A header equal to one of them
// is a sure match; a header that merely contains one is a weaker one (longer phrases win).
const SYNONYMS: Record<ImportField, readonly string[]> = {
  title: ['title', 'salutation', 'honorific', 'civilite', 'titre', 'titre de civilite'],
  givenNames: [
    'first name',
    'firstname',
    'given name',
    'given names',
    'forename',
    'forenames',
    'prenom',
    'prenoms',
  ],
  familyNames: [
    'last name',
    'lastname',
    'surname',
    'family name',
    'family names',
    'nom',
    'nom de famille',
    'noms',
  ],
  fullName: [
    'name',
    'full name',
    'participant',
    'participant name',
    'nom complet',
    'nom et prenom',
  ],
  gender: ['gender', 'sex', 'sexe', 'genre'],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'courriel',
    'adresse electronique',
    'adresse e mail',
  ],
  phone: ['phone', 'telephone', 'tel', 'mobile', 'phone number', 'portable', 'numero de telephone'],
  organisation: [
    'organisation',
    'organization',
    'institution',
    'agency',
    'employer',
    'organisme',
    'structure',
    'service',
    'administration',
  ],
  organisationAcronym: [
    'acronym',
    'organisation acronym',
    'organization acronym',
    'sigle',
    'acronyme',
  ],
  organisationType: [
    'organisation type',
    'organization type',
    'type of organisation',
    'type of organization',
    'sector',
    'type d organisation',
    'type d organisme',
    'secteur',
  ],
  position: [
    'position',
    'job title',
    'function',
    'post',
    'rank',
    'fonction',
    'poste',
    'grade',
    'titre du poste',
  ],
  country: ['country', 'country represented', 'pays', 'pays represente', 'delegation'],
  nationality: ['nationality', 'citizenship', 'nationalite'],
  languages: [
    'languages',
    'language',
    'working languages',
    'langues',
    'langue',
    'langues de travail',
  ],
  role: ['role', 'participation', 'category', 'role in meeting', 'categorie', 'qualite'],
  status: ['status', 'registration status', 'statut', 'statut d inscription'],
  badgeName: ['badge name', 'name on badge', 'badge', 'nom sur le badge', 'nom du badge'],
  dietary: [
    'dietary',
    'diet',
    'dietary requirements',
    'dietary needs',
    'regime',
    'regime alimentaire',
  ],
  accessibility: [
    'accessibility',
    'access needs',
    'special needs',
    'accessibilite',
    'besoins particuliers',
    'besoins specifiques',
  ],
  visaLetter: [
    'visa',
    'visa letter',
    'visa support letter',
    'lettre de visa',
    'lettre d invitation visa',
  ],
  // Consent to be named in the meeting's participant list (a registration's own answer).
  listed: [
    'listed',
    'consent',
    'consent to be listed',
    'consents to be listed',
    'consent to list',
    'list consent',
    'publish name',
    'name in participant list',
    'include in participant list',
    'consentement',
    'accord de publication',
    'figurer sur la liste',
    'liste des participants',
    'publication du nom',
  ],
  notes: ['notes', 'note', 'remarks', 'comments', 'remarques', 'commentaires', 'observations'],
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

function score(header: string, field: ImportField): number {
  if (!header) return 0;
  let best = 0;
  for (const synonym of SYNONYMS[field]) {
    if (header === synonym) return 1000;
    // A one-word synonym such as "name" inside "organisation name" says little: only phrases count,
    // and never for the full name (it would swallow "badge name", "nom de l'organisation"...).
    if (field === 'fullName' || synonym.length < 4) continue;
    if (` ${header} `.includes(` ${synonym} `)) best = Math.max(best, 100 + synonym.length);
  }
  return best;
}

/** Suggests a column for each field from the headers; each column serves at most one field. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const candidates: { field: ImportField; column: number; score: number }[] = [];
  normalised.forEach((header, column) => {
    for (const field of IMPORT_FIELDS) {
      const s = score(header, field);
      if (s > 0) candidates.push({ field, column, score: s });
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
  if (mapping.fullName !== undefined && (mapping.givenNames ?? mapping.familyNames) !== undefined)
    delete mapping.fullName;
  return mapping;
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
