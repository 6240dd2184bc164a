/**
 * The audit log's vocabulary, shared by the backend (which writes and exports entries) and the
 * renderer (which shows them): what an entry can be about, the areas the log is filtered by, and
 * every field a change can name, with how its values read and whether they are personal data
 * (removed from the log when a person is anonymised or deleted).
 */

/** What an entry is about. */
export const AUDIT_ENTITIES = [
  'person',
  'registration',
  'meeting',
  'import',
  'session',
  'session_person',
  'room',
  'track',
  'award',
  'colour',
  'attendance',
  'privacy',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The groups the log is filtered by, as users think of them. */
export const AUDIT_AREAS = [
  'people',
  'registrations',
  'attendance',
  'agenda',
  'meetings',
  'privacy',
] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

export const ENTITY_AREA: Record<AuditEntity, AuditArea> = {
  person: 'people',
  registration: 'registrations',
  import: 'registrations',
  meeting: 'meetings',
  session: 'agenda',
  session_person: 'agenda',
  room: 'agenda',
  track: 'agenda',
  award: 'agenda',
  colour: 'agenda',
  attendance: 'attendance',
  privacy: 'privacy',
};

/** The entities of each area, for the SQL filter. */
export function entitiesOf(areas: readonly AuditArea[]): AuditEntity[] {
  return AUDIT_ENTITIES.filter((e) => areas.includes(ENTITY_AREA[e]));
}

/**
 * How a field's values read. Enumerations name the i18n prefix of their labels; `days` and
 * `languages` are JSON arrays as stored; `minute` is minutes after midnight; `text` is shown as
 * written (names of rooms or organisations are written as they were named then).
 */
export type FieldKind =
  | 'text'
  | 'bool'
  | 'count'
  | 'day'
  | 'days'
  | 'minute'
  | 'country'
  | 'languages'
  | 'instant'
  | { enum: string };

interface FieldInfo {
  kind: FieldKind;
  /** Personal data: removed from the log's entries about a person anonymised or deleted. */
  personal?: true;
}

const personal = (kind: FieldKind = 'text'): FieldInfo => ({ kind, personal: true });
const plain = (kind: FieldKind = 'text'): FieldInfo => ({ kind });

/** Every field an entry's changes may name; the label of each is i18n `audit.field.<name>`. */
export const AUDIT_FIELDS = {
  // person
  title: personal(),
  givenNames: personal(),
  familyNames: personal(),
  gender: plain({ enum: 'gender' }),
  email: personal(),
  phone: personal(),
  organisation: plain(),
  position: personal(),
  country: plain('country'),
  nationality: plain('country'),
  languages: plain('languages'),
  notes: personal(),
  consentToList: plain('bool'),
  // registration
  role: plain({ enum: 'role' }),
  status: plain({ enum: 'status' }),
  plannedDays: plain('days'),
  arrivalDate: plain('day'),
  departureDate: plain('day'),
  dietary: personal(),
  accessibility: personal(),
  visaLetter: plain('bool'),
  badgeName: personal(),
  internalNotes: personal(),
  /** This meeting's own answer on being named in its participant list: 'yes', 'no' or none. */
  listedForMeeting: plain({ enum: 'audit' }),
  // meeting
  meetingTitle: plain(),
  meetingKind: plain({ enum: 'meetingKind' }),
  venue: plain(),
  city: plain(),
  startDate: plain('day'),
  endDate: plain('day'),
  timeZone: plain(),
  meetingLanguages: plain('languages'),
  description: plain(),
  parent: plain(),
  retentionDate: plain('day'),
  // import
  fileName: plain(),
  created: plain('count'),
  merged: plain('count'),
  skipped: plain('count'),
  // agenda
  sessionTitle: plain(),
  sessionType: plain({ enum: 'agenda.sessionType' }),
  day: plain('day'),
  start: plain('minute'),
  end: plain('minute'),
  room: plain(),
  allRooms: plain('bool'),
  track: plain(),
  region: plain({ enum: 'region' }),
  tentative: plain('bool'),
  expectedAudience: plain('count'),
  restricted: plain('bool'),
  presenterCountry: plain('country'),
  presenterOrganisation: plain(),
  participant: personal(),
  sessionRole: plain({ enum: 'agenda.personRole' }),
  name: plain(),
  capacity: plain('count'),
  location: plain(),
  closedDays: plain('days'),
  colour: plain(),
  awardName: plain(),
  recipientOrganisation: plain(),
  recipientPerson: personal(),
  recipientName: personal(),
  session: plain(),
  citation: personal(),
  // attendance
  method: plain({ enum: 'attendance.method' }),
  checkedInAt: plain('instant'),
  checkedOutAt: plain('instant'),
  deskNote: personal(),
  // privacy
  registrations: plain('count'),
  sessionRoles: plain('count'),
  awards: plain('count'),
  attendanceRecords: plain('count'),
  visaDetails: plain('count'),
  anonymised: plain('count'),
  kept: plain('count'),
  registrationsCleared: plain('count'),
} satisfies Record<string, FieldInfo>;
export type AuditField = keyof typeof AUDIT_FIELDS;

export const isAuditField = (name: string): name is AuditField => Object.hasOwn(AUDIT_FIELDS, name);

/** True for fields that hold personal data (unknown fields count as personal: safer). */
export function isPersonalField(name: string): boolean {
  if (!isAuditField(name)) return true;
  return 'personal' in AUDIT_FIELDS[name];
}

export type AuditValue = string | number | null;

/** One field of one change; `removed` when its values were taken out for privacy. */
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
  removed?: boolean;
}

/**
 * How changes are kept in audit_entry.changes: a list of {f, b, a} (an update; `x` marks values
 * taken out for privacy), or a whole row as it was created ({"a": {field: value}}) or deleted
 * ({"b": {...}}), the cheap form the triggers write for every row of an import.
 */
export interface StoredChange {
  f: string;
  b?: AuditValue;
  a?: AuditValue;
  x?: 1;
}
export type StoredChanges =
  StoredChange[] | { a: Record<string, AuditValue> } | { b: Record<string, AuditValue> };

/** Values that say nothing about a row being created or deleted. */
const isEmptyValue = (v: AuditValue | undefined) =>
  v === null || v === undefined || v === '' || v === '[]' || v === 0;

export function fromStored(stored: StoredChanges): AuditChange[] {
  if (!Array.isArray(stored)) {
    const side = 'a' in stored ? 'after' : 'before';
    const row = 'a' in stored ? stored.a : stored.b;
    return Object.entries(row)
      .filter(([, v]) => !isEmptyValue(v))
      .map(([field, v]) => ({ field, before: null, after: null, [side]: v }));
  }
  return stored.map((c) =>
    c.x
      ? { field: c.f, before: null, after: null, removed: true }
      : { field: c.f, before: c.b ?? null, after: c.a ?? null },
  );
}

export function toStored(changes: AuditChange[]): StoredChange[] {
  return changes.map((c) =>
    c.removed ? { f: c.field, x: 1 } : { f: c.field, b: c.before, a: c.after },
  );
}

/**
 * Takes the personal values out of a change list (all values when `everything`): what changed
 * stays known, what it was does not.
 */
export function scrubChanges(changes: AuditChange[], everything = false): AuditChange[] {
  return changes.map((c) =>
    c.removed || !(everything || isPersonalField(c.field))
      ? c
      : { field: c.field, before: null, after: null, removed: true },
  );
}

/** Entities whose entries are labelled with the person's name (a session's keep its title). */
export const LABELLED_BY_PERSON: ReadonlySet<AuditEntity> = new Set([
  'person',
  'registration',
  'attendance',
  'privacy',
]);

/** The name to show for who made a change: the operator chosen in the app, else the account. */
export function auditWho(entry: { operator: string; osUser: string }): string {
  return entry.operator || entry.osUser;
}
