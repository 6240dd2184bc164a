/** Vocabulary of the people feature; labels live in i18n under the same names. */

export const POLICE_REGIONS = [
  'africa',
  'americas',
  'asia_south_pacific',
  'europe',
  'mena',
] as const;
export type PoliceRegion = (typeof POLICE_REGIONS)[number];

export const ORGANISATION_TYPES = [
  'law_enforcement',
  'international',
  'regional',
  'ngo',
  'private',
  'academia',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export const ROLES = ['delegate', 'speaker', 'chair', 'staff', 'observer', 'vip'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = [
  'invited',
  'registered',
  'confirmed',
  'waitlisted',
  'declined',
  'cancelled',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that count as "coming" in headline figures ("N registered from M countries"). */
export const ACTIVE_STATUSES: readonly Status[] = ['registered', 'confirmed'];

const PRINTABLE_ASCII = /^[ -~]*$/;

/** Lower-case, accents removed, spacing and punctuation folded: for duplicate detection only. */
export function normaliseName(value: string): string {
  // Printable ASCII has no accents to strip and no letters or digits outside [a-z0-9] once
  // lower-cased, so most names skip Unicode normalisation: the cost when an import keys 10,000 rows.
  if (PRINTABLE_ASCII.test(value))
    return value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A person's name as shown in lists: family name(s) first when both parts exist. */
export function sortName(p: { givenNames: string; familyNames: string }): string {
  return p.familyNames && p.givenNames
    ? `${p.familyNames}, ${p.givenNames}`
    : p.familyNames || p.givenNames;
}

/** A person's name as spoken: given name(s) then family name(s). */
export function displayName(p: {
  title?: string;
  givenNames: string;
  familyNames: string;
}): string {
  return [p.title, p.givenNames, p.familyNames].filter(Boolean).join(' ');
}
