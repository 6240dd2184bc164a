import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { createPeopleRepo } from '../people/people.repo';
import { createAuditRepo, type AuditEntry } from '../audit/audit.repo';
import type { Person } from '../people/types';
import type { OrganisationType, Role, Status } from '../../../shared/domain/people';
import type { SessionPersonRole } from '../../../shared/domain/agenda';

export interface SubjectRegistration {
  meetingTitle: string;
  startDate: string;
  endDate: string;
  role: Role;
  status: Status;
  plannedDays: string[];
  arrivalDate: string | null;
  departureDate: string | null;
  dietary: string;
  accessibility: string;
  visaLetter: boolean;
  /** This meeting's own answer; null when the person's standing answer applies. */
  consentToList: boolean | null;
  badgeName: string;
  internalNotes: string;
  createdAt: string;
  updatedAt: string;
  history: { status: Status; changedAt: string }[];
}

/** Rows of a table the collector has no section for, shown column by column. */
export interface OtherRecords {
  table: string;
  rows: Record<string, string | number | null>[];
}

/** Everything Plenary holds about one person, table by table. */
export interface SubjectData {
  person: Person;
  organisation: {
    name: string;
    acronym: string;
    type: OrganisationType;
    countryCode: string | null;
  } | null;
  registrations: SubjectRegistration[];
  sessionRoles: {
    meetingTitle: string;
    sessionTitle: string;
    day: string;
    startMinute: number;
    endMinute: number;
    role: SessionPersonRole;
  }[];
  /** Passport details entered for a meeting's visa letter (migration 0220). */
  visaDetails: {
    meetingTitle: string;
    passportNumber: string;
    nationalityCode: string | null;
    dateOfBirth: string | null;
    placeOfBirth: string;
    passportIssuedOn: string | null;
    passportExpiresOn: string | null;
    passportAuthority: string;
    updatedAt: string;
  }[];
  awards: { meetingTitle: string; name: string; citation: string; sessionTitle: string | null }[];
  imports: { meetingTitle: string; fileName: string; createdAt: string; kind: string }[];
  attendance: {
    days: {
      meetingTitle: string;
      day: string;
      checkedInAt: string;
      checkedOutAt: string | null;
      method: string;
      operator: string;
    }[];
    sessions: {
      meetingTitle: string;
      sessionTitle: string | null;
      checkedInAt: string;
      method: string;
      operator: string;
    }[];
    /** Badges issued to them: when, collected, replaced (the token itself is a key, not shown). */
    badges: {
      meetingTitle: string;
      issuedAt: string;
      collectedAt: string | null;
      replacedAt: string | null;
    }[];
    deskNotes: { meetingTitle: string; note: string; updatedAt: string }[];
  };
  otherRecords: OtherRecords[];
  audit: AuditEntry[];
}

/**
 * Tables with a section of their own, or that hold nothing about a person beyond what those
 * sections show. Any other table with a person_id or registration_id column is shown as it is
 * (OtherRecords): a table added later is in the file before anyone writes a section for it.
 */
export const COVERED_TABLES = [
  'person',
  'registration',
  'registration_status_change',
  'session_person',
  'award',
  'import_change',
  'audit_entry',
  'attendance_day',
  'attendance_session',
  'badge',
  'desk_note',
  'visa_details',
  // Its entries are the audit log's attendance entries, which have their own section.
  'attendance_change',
] as const;

const LINK_COLUMNS = ['person_id', 'registration_id', 'recipient_person_id'] as const;

/** Reads every table's rows about one person, for the subject-access file. */
export function createSubjectDataRepo(db: Db) {
  const people = createPeopleRepo(db);
  const audit = createAuditRepo(db);
  const s = {
    organisation: db.prepare<
      [number],
      { name: string; acronym: string; type: OrganisationType; country_code: string | null }
    >(`SELECT o.name, o.acronym, o.type, o.country_code FROM organisation o
       JOIN person p ON p.organisation_id = o.id WHERE p.id = ?`),
    registrations: db.prepare<
      [number],
      {
        id: number;
        title: string;
        start_date: string;
        end_date: string;
        role: Role;
        status: Status;
        planned_days: string;
        arrival_date: string | null;
        departure_date: string | null;
        dietary: string;
        accessibility: string;
        visa_letter: number;
        consent_to_list: number | null;
        badge_name: string;
        internal_notes: string;
        created_at: string;
        updated_at: string;
      }
    >(`SELECT r.*, m.title, m.start_date, m.end_date FROM registration r
       JOIN meeting m ON m.id = r.meeting_id WHERE r.person_id = ? ORDER BY m.start_date, m.id`),
    history: db.prepare<[number], { status: Status; changedAt: string }>(
      `SELECT status, changed_at AS changedAt FROM registration_status_change
       WHERE registration_id = ? ORDER BY id`,
    ),
    sessionRoles: db.prepare<[number], SubjectData['sessionRoles'][number]>(`
      SELECT m.title AS meetingTitle, s.title AS sessionTitle, s.day, s.start_minute AS startMinute,
        s.end_minute AS endMinute, sp.role
      FROM session_person sp JOIN registration r ON r.id = sp.registration_id
        JOIN session s ON s.id = sp.session_id JOIN meeting m ON m.id = s.meeting_id
      WHERE r.person_id = ? ORDER BY s.day, s.start_minute`),
    visaDetails: db.prepare<[number], SubjectData['visaDetails'][number]>(`
      SELECT m.title AS meetingTitle, v.passport_number AS passportNumber,
        v.nationality_code AS nationalityCode, v.date_of_birth AS dateOfBirth,
        v.place_of_birth AS placeOfBirth, v.passport_issued_on AS passportIssuedOn,
        v.passport_expires_on AS passportExpiresOn, v.passport_authority AS passportAuthority,
        v.updated_at AS updatedAt
      FROM visa_details v JOIN registration r ON r.id = v.registration_id
        JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY m.start_date, m.id`),
    awards: db.prepare<[number], SubjectData['awards'][number]>(`
      SELECT m.title AS meetingTitle, a.name, a.citation, s.title AS sessionTitle
      FROM award a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN session s ON s.id = a.session_id
      WHERE a.recipient_person_id = ? ORDER BY m.start_date, a.name`),
    // What each import did to them, and the registrations imports made (found by their batch).
    imports: db.prepare<[number, number, number], SubjectData['imports'][number]>(`
      SELECT meetingTitle, fileName, createdAt, kind FROM (
        SELECT m.title AS meetingTitle, b.file_name AS fileName, b.created_at AS createdAt, c.kind,
          b.id AS batch, c.id AS n
        FROM import_change c JOIN import_batch b ON b.id = c.batch_id
          JOIN meeting m ON m.id = b.meeting_id
        WHERE (c.kind LIKE 'person_%' AND c.row_id = ?)
          OR (c.kind LIKE 'registration_%' AND c.row_id IN (
            SELECT id FROM registration WHERE person_id = ?))
        UNION ALL
        SELECT m.title, b.file_name, b.created_at, 'registration_created', b.id, 0
        FROM registration r JOIN import_batch b ON b.id = r.import_batch_id
          JOIN meeting m ON m.id = b.meeting_id
        WHERE r.person_id = ?)
      ORDER BY batch, n`),
    attendanceDays: db.prepare<[number], SubjectData['attendance']['days'][number]>(`
      SELECT m.title AS meetingTitle, a.day, a.checked_in_at AS checkedInAt,
        a.checked_out_at AS checkedOutAt, a.method, a.operator
      FROM attendance_day a JOIN registration r ON r.id = a.registration_id
        JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY a.day`),
    attendanceSessions: db.prepare<[number], SubjectData['attendance']['sessions'][number]>(`
      SELECT m.title AS meetingTitle, s.title AS sessionTitle, a.checked_in_at AS checkedInAt,
        a.method, a.operator
      FROM attendance_session a JOIN registration r ON r.id = a.registration_id
        JOIN meeting m ON m.id = r.meeting_id LEFT JOIN session s ON s.id = a.session_id
      WHERE r.person_id = ? ORDER BY a.checked_in_at`),
    badges: db.prepare<[number], SubjectData['attendance']['badges'][number]>(`
      SELECT m.title AS meetingTitle, b.issued_at AS issuedAt, b.collected_at AS collectedAt,
        b.replaced_at AS replacedAt
      FROM badge b JOIN registration r ON r.id = b.registration_id
        JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ? ORDER BY b.issued_at`),
    deskNotes: db.prepare<[number], SubjectData['attendance']['deskNotes'][number]>(`
      SELECT m.title AS meetingTitle, n.note, n.updated_at AS updatedAt
      FROM desk_note n JOIN registration r ON r.id = n.registration_id
        JOIN meeting m ON m.id = r.meeting_id
      WHERE r.person_id = ?`),
    linkedTables: db.prepare<[], { table: string; column: string }>(`
      SELECT m.name AS "table", p.name AS "column"
      FROM sqlite_master m JOIN pragma_table_info(m.name) p
      WHERE m.type = 'table' AND p.name IN (${LINK_COLUMNS.map((c) => `'${c}'`).join(', ')})
      ORDER BY m.name`),
  };

  /** Rows of tables no section covers, linked to the person or one of their registrations. */
  function otherRecords(personId: number, registrationIds: number[]): OtherRecords[] {
    const covered = new Set<string>(COVERED_TABLES);
    const out: OtherRecords[] = [];
    for (const { table, column } of s.linkedTables.all()) {
      if (covered.has(table)) continue;
      const ids = column === 'registration_id' ? registrationIds : [personId];
      const rows = db
        .prepare<[string], Record<string, string | number | null>>(
          `SELECT * FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids));
      if (rows.length) out.push({ table, rows });
    }
    return out;
  }

  return {
    /** The tables that link rows to a person: a test checks each is covered or shown as is. */
    linkedTables: () => s.linkedTables.all(),
    collect(personId: number): SubjectData {
      const person = people.get(personId);
      if (!person) throw notFound('The person');
      const organisation = s.organisation.get(personId);
      const registrations = s.registrations.all(personId);
      return {
        person,
        organisation: organisation
          ? {
              name: organisation.name,
              acronym: organisation.acronym,
              type: organisation.type,
              countryCode: organisation.country_code,
            }
          : null,
        registrations: registrations.map((r) => ({
          meetingTitle: r.title,
          startDate: r.start_date,
          endDate: r.end_date,
          role: r.role,
          status: r.status,
          plannedDays: JSON.parse(r.planned_days) as string[],
          arrivalDate: r.arrival_date,
          departureDate: r.departure_date,
          dietary: r.dietary,
          accessibility: r.accessibility,
          visaLetter: r.visa_letter === 1,
          consentToList: r.consent_to_list === null ? null : r.consent_to_list === 1,
          badgeName: r.badge_name,
          internalNotes: r.internal_notes,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          history: s.history.all(r.id),
        })),
        sessionRoles: s.sessionRoles.all(personId),
        visaDetails: s.visaDetails.all(personId),
        awards: s.awards.all(personId),
        imports: s.imports.all(personId, personId, personId),
        attendance: {
          days: s.attendanceDays.all(personId),
          sessions: s.attendanceSessions.all(personId),
          badges: s.badges.all(personId),
          deskNotes: s.deskNotes.all(personId),
        },
        otherRecords: otherRecords(
          personId,
          registrations.map((r) => r.id),
        ),
        audit: audit.list({ personId, areas: [], query: '' }, 1_000_000).reverse(),
      };
    },
  };
}
