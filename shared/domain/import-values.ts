/**
 * Reading the values registrars type in spreadsheets, in English or French: roles, statuses,
 * genders, organisation types, yes/no. Unknown values are reported, never guessed.
 */
import {
  GENDERS,
  ORGANISATION_TYPES,
  ROLES,
  STATUSES,
  type Gender,
  type OrganisationType,
  type Role,
  type Status,
} from './people';

/** Lower case, accents and punctuation removed: "Délégué(e)" → "delegue e". */
export function normaliseValue(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function lookup<T extends string>(
  codes: readonly T[],
  synonyms: Record<T, readonly string[]>,
): (value: string) => T | null {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(normaliseValue(code), code);
    for (const s of synonyms[code]) map.set(normaliseValue(s), code);
  }
  return (value) => map.get(normaliseValue(value)) ?? null;
}

export const parseRole = lookup<Role>(ROLES, {
  delegate: [
    'delegate',
    'délégué',
    'déléguée',
    'délégué(e)',
    'participant',
    'participante',
    'member',
    'membre',
    'attendee',
    'expert',
    'experte',
    'regular',
    'standard',
    'general admission',
  ],
  speaker: [
    'speaker',
    'presenter',
    'panelist',
    'panellist',
    'keynote',
    'intervenant',
    'intervenante',
    'orateur',
    'oratrice',
    'conférencier',
    'speaker ticket',
    'présentateur',
    'présentatrice',
    'conférencière',
    'panéliste',
  ],
  chair: [
    'chair',
    'chairperson',
    'co-chair',
    'moderator',
    'chair/moderator',
    'président',
    'présidente',
    'modérateur',
    'modératrice',
    'président(e)/modérateur(trice)',
  ],
  staff: [
    'staff',
    'organiser',
    'organizer',
    'organiser/staff',
    'secretariat',
    'organisateur',
    'organisatrice',
    'personnel',
    'secrétariat',
    'organisateur/personnel',
  ],
  observer: ['observer', 'observateur', 'observatrice', 'auditeur', 'auditrice', 'auditor'],
  vip: [
    'vip',
    'guest of honour',
    'guest of honor',
    'dignitary',
    "invité d'honneur",
    'personnalité',
    'haute personnalité',
  ],
});

// Statuses as registration tools write them: Indico's registration states in English and French
// ("Completed"/"Terminé", "Pending"/"En attente", "Rejected"/"Refusé", "Withdrawn"/"Retiré",
// "Awaiting payment"/"En attente du paiement"), pretix's order statuses (paid, pending, canceled,
// expired), Eventbrite's attendee statuses, and what registrars type in French spreadsheets.
export const parseStatus = lookup<Status>(STATUSES, {
  invited: [
    'invited',
    'invitation sent',
    'pending',
    'awaiting confirmation',
    'invité',
    'invitée',
    'invité(e)',
    'en attente',
    'en attente de confirmation',
    'en attente de validation',
  ],
  registered: [
    'registered',
    'awaiting payment',
    'unpaid',
    'attending',
    'inscrit',
    'inscrite',
    'inscrit(e)',
    'enregistré',
    'enregistrée',
    'en attente du paiement',
    'en attente de paiement',
  ],
  confirmed: [
    'confirmed',
    'complete',
    'completed',
    'paid',
    'checked in',
    'approved',
    'accepted',
    'confirmé',
    'confirmée',
    'confirmé(e)',
    'terminé',
    'terminée',
    'complet',
    'complète',
    'validé',
    'validée',
    'payé',
    'payée',
    'accepté',
    'acceptée',
  ],
  waitlisted: [
    'waitlist',
    'waitlisted',
    'waiting list',
    'on waiting list',
    "liste d'attente",
    'sur liste d’attente',
  ],
  declined: [
    'declined',
    'refused',
    'rejected',
    'not attending',
    'décliné',
    'déclinée',
    'refusé',
    'refusée',
    'rejeté',
    'rejetée',
    'a décliné',
    'excusé',
    'excusée',
  ],
  cancelled: [
    'canceled',
    'withdrawn',
    'expired',
    'refunded',
    'deleted',
    'annulé',
    'annulée',
    'annulé(e)',
    'retiré',
    'retirée',
    'désisté',
    'désistée',
    'désistement',
    'expiré',
    'expirée',
    'remboursé',
  ],
});

export const parseGender = lookup<Gender>(GENDERS, {
  female: ['f', 'w', 'woman', 'femme', 'féminin', 'feminin', 'mrs', 'ms', 'mme', 'madame'],
  male: ['m', 'h', 'man', 'homme', 'masculin', 'mr', 'monsieur'],
  other: ['autre', 'non-binary', 'non binaire', 'x'],
  undisclosed: [
    'prefer not to say',
    'not stated',
    'non précisé',
    'non communiqué',
    'ne souhaite pas répondre',
  ],
});

export const parseOrganisationType = lookup<OrganisationType>(ORGANISATION_TYPES, {
  law_enforcement: [
    'law enforcement',
    'law enforcement / government',
    'police',
    'gendarmerie',
    'government',
    'ministry',
    'customs',
    'justice',
    'forces de l’ordre',
    "forces de l'ordre",
    "forces de l'ordre / administration",
    'gouvernement',
    'ministère',
    'douane',
    'douanes',
    'administration',
  ],
  international: [
    'international organisation',
    'international organization',
    'international',
    'io',
    'organisation internationale',
    'oi',
  ],
  regional: [
    'regional organisation',
    'regional organization',
    'regional',
    'organisation régionale',
  ],
  ngo: [
    'ngo',
    'ngo / civil society',
    'civil society',
    'charity',
    'foundation',
    'ong',
    'ong / société civile',
    'société civile',
    'association',
    'fondation',
  ],
  private: ['private sector', 'private', 'company', 'industry', 'secteur privé', 'entreprise'],
  academia: [
    'academia',
    'academic',
    'university',
    'research',
    'université',
    'recherche',
    'milieu universitaire',
  ],
  other: ['autre'],
});

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'oui',
  'o',
  'vrai',
  'required',
  'needed',
  'requis',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'non',
  'faux',
  'none',
  'aucun',
  'aucune',
  'not needed',
]);

/** 'Yes' / 'oui' / 'x' → true, 'No' / 'non' / '' → false, anything else → null (unknown). */
export function parseYesNo(value: string): boolean | null {
  const v = normaliseValue(value);
  if (v === '' || NO.has(v)) return false;
  if (YES.has(v)) return true;
  return null;
}

/** The shape the people form accepts; an import must not store what the form would refuse. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const PHONE_LIKE = /^\+?[\d\s().\-/]+$/;

/**
 * True when a cell would run as a formula if the text were opened in a spreadsheet: it starts with
 * '=', or with '+', '-' or '@' followed by something a formula needs. Phone numbers such as
 * "+33 (0)4 72 44 70 00" are not formulas.
 */
export function looksLikeFormula(value: string): boolean {
  const v = value.trimStart();
  if (v.startsWith('=')) return v.length > 1;
  if (/^[+\-@]/.test(v) && !PHONE_LIKE.test(v)) return /[(|!]/.test(v);
  return false;
}

/** Splits "English, French; Arabic" or "en/fr" into items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;/|\n]+|\s+(?:and|et)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);
}
