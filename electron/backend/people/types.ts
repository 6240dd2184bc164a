import type { z } from 'zod';
import type {
  Country as CountrySchema,
  Organisation as OrganisationSchema,
  OrganisationInput,
  OrganisationMeeting as OrganisationMeetingSchema,
  OrganisationMember as OrganisationMemberSchema,
  Person as PersonSchema,
  PersonDirectoryRow as PersonDirectoryRowSchema,
  PersonInput,
  PersonMeeting as PersonMeetingSchema,
} from '../../../shared/api/people';

// The domain shapes of the people slice are the contract's outputs, so repos cannot drift from it.
export type Country = z.output<typeof CountrySchema>;
export type Organisation = z.output<typeof OrganisationSchema>;
export type OrganisationFields = z.output<typeof OrganisationInput>;
export type OrganisationMember = z.output<typeof OrganisationMemberSchema>;
export type OrganisationMeeting = z.output<typeof OrganisationMeetingSchema>;
export type Person = z.output<typeof PersonSchema>;
export type PersonFields = z.output<typeof PersonInput>;
export type PersonMeeting = z.output<typeof PersonMeetingSchema>;
export type PersonDirectoryRow = z.output<typeof PersonDirectoryRowSchema>;
