import type { Db } from '../../db/connection';
import type { Status } from '../../../../shared/domain/people';

export interface VisaDetailsRecord {
  passportNumber: string;
  nationalityCode: string | null;
  dateOfBirth: string | null;
  placeOfBirth: string;
  passportIssuedOn: string | null;
  passportExpiresOn: string | null;
  passportAuthority: string;
  updatedAt: string;
}

interface DetailsRow {
  passport_number: string;
  nationality_code: string | null;
  date_of_birth: string | null;
  place_of_birth: string;
  passport_issued_on: string | null;
  passport_expires_on: string | null;
  passport_authority: string;
  updated_at: string;
}

const toDetails = (r: DetailsRow): VisaDetailsRecord => ({
  passportNumber: r.passport_number,
  nationalityCode: r.nationality_code,
  dateOfBirth: r.date_of_birth,
  placeOfBirth: r.place_of_birth,
  passportIssuedOn: r.passport_issued_on,
  passportExpiresOn: r.passport_expires_on,
  passportAuthority: r.passport_authority,
  updatedAt: r.updated_at,
});

/** A registration that asked for a letter, with what the letter says of the person. */
export interface VisaRequestRow {
  registrationId: number;
  title: string;
  givenNames: string;
  familyNames: string;
  position: string;
  organisationName: string;
  countryCode: string | null;
  personNationalityCode: string | null;
  status: Status;
  arrivalDate: string | null;
  departureDate: string | null;
  details: VisaDetailsRecord | null;
}

interface RequestRow extends Omit<
  DetailsRow,
  'passport_number' | 'place_of_birth' | 'passport_authority' | 'updated_at'
> {
  registration_id: number;
  title: string;
  given_names: string;
  family_names: string;
  position: string;
  organisation_name: string;
  country_code: string | null;
  person_nationality_code: string | null;
  status: Status;
  arrival_date: string | null;
  departure_date: string | null;
  // Null when no details were entered (the LEFT JOIN found none).
  passport_number: string | null;
  place_of_birth: string | null;
  passport_authority: string | null;
  updated_at: string | null;
}

/** Statuses whose letters are no longer wanted: the person will not come. */
const GONE = "('declined', 'cancelled')";

/**
 * SQL of the passport details (migration 0220). They are read here only, for the letters and the
 * screen where they are entered: no other list or export joins this table.
 */
export function createVisaDetailsRepo(db: Db) {
  const s = {
    requests: db.prepare<[number], RequestRow>(
      `SELECT r.id AS registration_id, p.title, p.given_names, p.family_names, p.position,
         coalesce(o.name, '') AS organisation_name, p.country_code,
         p.nationality_code AS person_nationality_code, r.status, r.arrival_date,
         r.departure_date, v.passport_number, v.nationality_code, v.date_of_birth,
         v.place_of_birth, v.passport_issued_on, v.passport_expires_on, v.passport_authority,
         v.updated_at
       FROM registration r
       JOIN person p ON p.id = r.person_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
       LEFT JOIN visa_details v ON v.registration_id = r.id
       WHERE r.meeting_id = ? AND r.visa_letter = 1 AND r.status NOT IN ${GONE}
       ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, r.id`,
    ),
    counts: db.prepare<[number], { asked: number; ready: number }>(
      `SELECT count(*) AS asked, count(v.registration_id) AS ready
       FROM registration r LEFT JOIN visa_details v ON v.registration_id = r.id
       WHERE r.meeting_id = ? AND r.visa_letter = 1 AND r.status NOT IN ${GONE}`,
    ),
    get: db.prepare<[number], DetailsRow>(
      `SELECT passport_number, nationality_code, date_of_birth, place_of_birth,
         passport_issued_on, passport_expires_on, passport_authority, updated_at
       FROM visa_details WHERE registration_id = ?`,
    ),
    save: db.prepare(`
      INSERT INTO visa_details (registration_id, passport_number, nationality_code, date_of_birth,
        place_of_birth, passport_issued_on, passport_expires_on, passport_authority, updated_at)
      VALUES (@registrationId, @passportNumber, @nationalityCode, @dateOfBirth, @placeOfBirth,
        @passportIssuedOn, @passportExpiresOn, @passportAuthority, @updatedAt)
      ON CONFLICT (registration_id) DO UPDATE SET passport_number = excluded.passport_number,
        nationality_code = excluded.nationality_code, date_of_birth = excluded.date_of_birth,
        place_of_birth = excluded.place_of_birth,
        passport_issued_on = excluded.passport_issued_on,
        passport_expires_on = excluded.passport_expires_on,
        passport_authority = excluded.passport_authority, updated_at = excluded.updated_at`),
    remove: db.prepare<[number]>('DELETE FROM visa_details WHERE registration_id = ?'),
    registration: db.prepare<[number], { meeting_id: number; visa_letter: number }>(
      'SELECT meeting_id, visa_letter FROM registration WHERE id = ?',
    ),
  };

  return {
    requests: (meetingId: number): VisaRequestRow[] =>
      s.requests.all(meetingId).map((r) => ({
        registrationId: r.registration_id,
        title: r.title,
        givenNames: r.given_names,
        familyNames: r.family_names,
        position: r.position,
        organisationName: r.organisation_name,
        countryCode: r.country_code,
        personNationalityCode: r.person_nationality_code,
        status: r.status,
        arrivalDate: r.arrival_date,
        departureDate: r.departure_date,
        details: r.passport_number === null ? null : toDetails(r as DetailsRow),
      })),
    counts: (meetingId: number) => s.counts.get(meetingId) ?? { asked: 0, ready: 0 },
    get(registrationId: number): VisaDetailsRecord | null {
      const row = s.get.get(registrationId);
      return row ? toDetails(row) : null;
    },
    registration: (registrationId: number) => s.registration.get(registrationId) ?? null,
    save(registrationId: number, details: VisaDetailsRecord): void {
      s.save.run({ registrationId, ...details });
    },
    remove: (registrationId: number): boolean => s.remove.run(registrationId).changes > 0,
  };
}

export type VisaDetailsRepo = ReturnType<typeof createVisaDetailsRepo>;
