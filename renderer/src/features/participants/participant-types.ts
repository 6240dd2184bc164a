import type { z } from 'zod';
import type { Organisation } from '../../../../shared/api/people';
import type { ParticipantRow, StatusChange } from '../../../../shared/api/registrations';
import type {
  OrganisationType,
  PoliceRegion,
  Role,
  Status,
} from '../../../../shared/domain/people';

/** Everything about one registration and its person, as `registrations.get` returns it. */
export type ParticipantDetails = z.output<typeof ParticipantRow>;

/** One line of the table: the compact list's tuple with its organisation and country resolved. */
export type Participant = Pick<
  ParticipantDetails,
  | 'id'
  | 'personId'
  | 'givenNames'
  | 'familyNames'
  | 'email'
  | 'organisationId'
  | 'organisationName'
  | 'organisationAcronym'
  | 'organisationType'
  | 'countryCode'
  | 'policeRegion'
  | 'role'
  | 'status'
  | 'consentToList'
>;
export type StatusChangeEntry = z.output<typeof StatusChange>;
export type OrganisationItem = z.output<typeof Organisation>;

/** The columns of the participants table, in display order. */
export const COLUMNS = [
  'name',
  'organisation',
  'country',
  'region',
  'role',
  'status',
  'email',
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export interface SortState {
  column: ColumnId;
  direction: 'asc' | 'desc';
}

/** Multi-select filters; an empty list means "any". */
export interface Filters {
  country: string[];
  region: PoliceRegion[];
  orgType: OrganisationType[];
  role: Role[];
  status: Status[];
}
export type FilterKey = keyof Filters;

export const NO_FILTERS: Filters = { country: [], region: [], orgType: [], role: [], status: [] };

export type PanelState = { kind: 'closed' } | { kind: 'edit'; id: number } | { kind: 'create' };
