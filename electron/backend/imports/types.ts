import type { Role, Status } from '../../../shared/domain/people';

/** Rows of the import's tables as SQLite returns them; undo snapshots keep them whole. */

/** A person row as stored, kept whole in import_change.before_json so a merge can be undone. */
export interface PersonRow {
  id: number;
  title: string;
  given_names: string;
  family_names: string;
  gender: string | null;
  email: string;
  phone: string;
  organisation_id: number | null;
  position: string;
  country_code: string | null;
  nationality_code: string | null;
  languages: string;
  notes: string;
  consent_to_list: number;
  name_key: string;
  email_key: string;
  created_at: string;
  updated_at: string;
}

export interface RegistrationRow {
  id: number;
  role: Role;
  status: Status;
  badge_name: string;
  dietary: string;
  accessibility: string;
  visa_letter: number;
  /** NULL: the person's standing answer applies (migration 0200). */
  consent_to_list: number | null;
  updated_at: string;
}

export type NewPerson = Omit<
  PersonRow,
  'id' | 'name_key' | 'email_key' | 'created_at' | 'updated_at'
>;

export interface NewRegistration {
  meeting_id: number;
  person_id: number;
  role: Role;
  status: Status;
  badge_name: string;
  dietary: string;
  accessibility: string;
  visa_letter: number;
  consent_to_list: number | null;
  import_batch_id: number;
}

export interface BatchRow {
  id: number;
  meeting_id: number;
  file_name: string;
  created_count: number;
  merged_count: number;
  skipped_count: number;
  created_at: string;
  undone_at: string | null;
}

export type ChangeKind =
  | 'person_created'
  | 'person_updated'
  | 'organisation_created'
  | 'registration_created'
  | 'registration_updated';

export interface ChangeRow {
  id: number;
  kind: ChangeKind;
  row_id: number;
  before_json: string | null;
}
