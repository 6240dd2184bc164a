/**
 * Duplicate detection for imports: the same email, or the same name and organisation, against the
 * people already stored and against earlier rows of the same file. Map lookups only, so 10,000
 * rows against 50,000 people stay in milliseconds.
 */
import { normaliseName } from './people';

const PLAIN = /^[A-Za-z0-9 ]*$/;

/** normaliseName, skipping Unicode normalisation for plain ASCII (most rows, and it is the cost). */
function normalised(value: string): string {
  return PLAIN.test(value) ? value.toLowerCase().trim().replace(/ +/g, ' ') : normaliseName(value);
}

/** Name parts in any order ("DIALLO Aminata" = "Aminata Diallo"), accents and case ignored. */
export function personMatchKey(givenNames: string, familyNames: string): string {
  const words = normalised(`${givenNames} ${familyNames}`).split(' ');
  return words.length > 1 ? words.sort().join(' ') : (words[0] ?? '');
}

/** How emails are compared: case and surrounding spaces ignored. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export interface ExistingPerson {
  id: number;
  givenNames: string;
  familyNames: string;
  email: string;
  organisationName: string;
  organisationAcronym: string;
  countryCode: string | null;
  /** Already registered to the meeting being imported into. */
  registered: boolean;
}

export interface IncomingPerson {
  row: number;
  givenNames: string;
  familyNames: string;
  email: string;
  organisation: string;
  organisationAcronym: string;
}

export type DuplicateMatch =
  | { kind: 'existing'; row: number; match: 'email' | 'name'; person: ExistingPerson }
  | { kind: 'file'; row: number; match: 'email' | 'name'; firstRow: number };

function nameOrgKeys(name: string, organisation: string, acronym: string): string[] {
  const first = `${name}|${normalised(organisation)}`;
  if (!acronym) return [first];
  const second = `${name}|${normalised(acronym)}`;
  return second === first ? [first] : [first, second];
}

/** Finds each incoming row's duplicate, remembering the rows it has seen (call in file order). */
export function createDuplicateFinder(existing: readonly ExistingPerson[]) {
  const byEmail = new Map<string, ExistingPerson>();
  const byNameOrg = new Map<string, ExistingPerson>();
  for (const p of existing) {
    const email = emailKey(p.email);
    if (email && !byEmail.has(email)) byEmail.set(email, p);
    const name = personMatchKey(p.givenNames, p.familyNames);
    for (const key of nameOrgKeys(name, p.organisationName, p.organisationAcronym))
      if (!byNameOrg.has(key)) byNameOrg.set(key, p);
  }
  const rowByEmail = new Map<string, number>();
  const rowByNameOrg = new Map<string, number>();

  return function find(p: IncomingPerson): DuplicateMatch | null {
    const email = emailKey(p.email);
    const keys = nameOrgKeys(
      personMatchKey(p.givenNames, p.familyNames),
      p.organisation,
      p.organisationAcronym,
    );
    let match: DuplicateMatch | null = null;
    const existingByEmail = email ? byEmail.get(email) : undefined;
    if (existingByEmail)
      match = { kind: 'existing', row: p.row, match: 'email', person: existingByEmail };
    const existingByName = match ? undefined : keys.map((k) => byNameOrg.get(k)).find(Boolean);
    if (existingByName)
      match = { kind: 'existing', row: p.row, match: 'name', person: existingByName };
    if (!match) {
      const firstByEmail = email ? rowByEmail.get(email) : undefined;
      const firstByName = keys.map((k) => rowByNameOrg.get(k)).find((r) => r !== undefined);
      if (firstByEmail !== undefined)
        match = { kind: 'file', row: p.row, match: 'email', firstRow: firstByEmail };
      else if (firstByName !== undefined)
        match = { kind: 'file', row: p.row, match: 'name', firstRow: firstByName };
    }
    if (email && !rowByEmail.has(email)) rowByEmail.set(email, p.row);
    for (const key of keys) if (!rowByNameOrg.has(key)) rowByNameOrg.set(key, p.row);
    return match;
  };
}
