import { z } from 'zod';
import { channel } from './channel';
import { id, multilineText, requiredText, searchText, text } from './zod-messages';
import { GENDERS, ORGANISATION_TYPES, POLICE_REGIONS } from '../domain/people';
import { DIRECTORY_SORTS } from '../domain/people-directory';
import { UI_LANGUAGES } from '../domain/ui-languages';
import { isCountryCode } from '../domain/countries';
import { isLanguageCode } from '../domain/languages';

const countryCode = z
  .string()
  .refine(isCountryCode, { error: 'errors.unknownCountry' })
  .nullable()
  .default(null);

const email = z
  .string()
  .max(254, { error: 'errors.tooLong?max=254' })
  .transform((s) => s.trim())
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: 'errors.invalidEmail' })
  .default('');

// ---- countries -------------------------------------------------------------------------------

export const Country = z.object({
  code: z.string(),
  alpha3: z.string(),
  numeric: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  m49Region: z.string(),
  m49Subregion: z.string(),
  policeRegion: z.enum(POLICE_REGIONS).nullable(),
  regionAdjusted: z.boolean(),
});

// ---- organisations ---------------------------------------------------------------------------

export const OrganisationInput = z.object({
  name: requiredText(300),
  acronym: text(40).default(''),
  type: z.enum(ORGANISATION_TYPES, { error: 'errors.invalid' }).default('other'),
  countryCode,
});
export type OrganisationInput = z.input<typeof OrganisationInput>;

export const Organisation = z.object({
  id: z.number(),
  name: z.string(),
  acronym: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  countryCode: z.string().nullable(),
  peopleCount: z.number(),
});

// ---- people ----------------------------------------------------------------------------------

/** One-part names are allowed (either part may be empty, not both); stored exactly as typed. */
export const PersonInput = z
  .object({
    title: text(40).default(''),
    givenNames: text(200).default(''),
    familyNames: text(200).default(''),
    gender: z.enum(GENDERS, { error: 'errors.invalid' }).nullable().default(null),
    email,
    phone: text(50).default(''),
    organisationId: id.nullable().default(null),
    position: text(200).default(''),
    countryCode,
    nationalityCode: countryCode,
    languages: z
      .array(z.string().refine(isLanguageCode, { error: 'errors.unknownLanguage' }))
      .max(20, { error: 'errors.tooMany?max=20' })
      .default([]),
    notes: multilineText(5000).default(''),
    consentToList: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (!p.givenNames && !p.familyNames)
      ctx.addIssue({ code: 'custom', path: ['familyNames'], message: 'errors.nameRequired' });
  });
export type PersonInput = z.input<typeof PersonInput>;

/** Every person field empty: the start of a new-person form, or of a fixture that adds a name. */
export function blankPerson(): z.output<typeof PersonInput> {
  return {
    title: '',
    givenNames: '',
    familyNames: '',
    gender: null,
    email: '',
    phone: '',
    organisationId: null,
    position: '',
    countryCode: null,
    nationalityCode: null,
    languages: [],
    notes: '',
    consentToList: false,
  };
}

export const Person = z.object({
  id: z.number(),
  title: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  gender: z.enum(GENDERS).nullable(),
  email: z.string(),
  phone: z.string(),
  organisationId: z.number().nullable(),
  organisationName: z.string(),
  position: z.string(),
  countryCode: z.string().nullable(),
  nationalityCode: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string(),
  consentToList: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the retention rule anonymised them (ISO), null while their data is kept. */
  anonymisedAt: z.string().nullable(),
});

export const PersonMeeting = z.object({
  registrationId: z.number(),
  meetingId: z.number(),
  meetingTitle: z.string(),
  startDate: z.string(),
  role: z.string(),
  status: z.string(),
});

export const PersonDirectoryRow = z.object({
  id: z.number(),
  givenNames: z.string(),
  familyNames: z.string(),
  email: z.string(),
  organisationId: z.number().nullable(),
  organisationName: z.string(),
  countryCode: z.string().nullable(),
  meetingCount: z.number(),
});

/** Someone of an organisation, as its page lists them. */
export const OrganisationMember = z.object({
  id: z.number(),
  givenNames: z.string(),
  familyNames: z.string(),
  position: z.string(),
  email: z.string(),
  countryCode: z.string().nullable(),
  meetingCount: z.number(),
});

/** A meeting at least one of an organisation's people is registered to, with how many. */
export const OrganisationMeeting = z.object({
  meetingId: z.number(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  city: z.string(),
  countryCode: z.string().nullable(),
  /** The organisation's people registered to it, whatever their status. */
  registered: z.number(),
  /** Of those, the ones coming (registered or confirmed). */
  coming: z.number(),
});

/** A people filter's choice: `null` stands for "no country" or "no organisation". */
const countryChoice = z
  .string()
  .refine(isCountryCode, { error: 'errors.unknownCountry' })
  .nullable();

/** How many people a filter option would show, given the search and the other filter. */
const CountryCount = z.object({ code: z.string().nullable(), count: z.number() });
const OrganisationCount = z.object({
  id: z.number().nullable(),
  name: z.string(),
  count: z.number(),
});

export const peopleChannels = {
  'countries.list': channel(z.object({}), z.array(Country)),
  'countries.setRegion': channel(
    z.object({
      code: z.string().refine(isCountryCode, { error: 'errors.unknownCountry' }),
      policeRegion: z.enum(POLICE_REGIONS),
    }),
    Country,
  ),
  'countries.resetRegion': channel(z.object({ code: z.string() }), Country),
  'organisations.list': channel(z.object({}), z.array(Organisation)),
  'organisations.create': channel(OrganisationInput, Organisation),
  'organisations.update': channel(z.object({ id, organisation: OrganisationInput }), Organisation),
  /** Folds `mergeId` into `keepId`: every person pointing at it is moved, then it is deleted. */
  'organisations.merge': channel(z.object({ keepId: id, mergeId: id }), Organisation),
  /** An organisation with its people and the meetings they are registered to, newest first. */
  'organisations.get': channel(
    z.object({ id }),
    Organisation.extend({
      people: z.array(OrganisationMember),
      meetings: z.array(OrganisationMeeting),
    }),
  ),
  /** People matching a search, by name, at most `limit`: for pickers. */
  'people.directory': channel(
    z.object({
      query: searchText(200).default(''),
      limit: z.number().int().min(1).max(100_000).default(100_000),
    }),
    z.array(PersonDirectoryRow),
  ),
  /**
   * The people directory: everyone matching the search and both filters (any of the countries,
   * any of the organisations), in the chosen order, with how many people each country and each
   * organisation would show under the search and the other filter, and how many people there are.
   */
  'people.browse': channel(
    z.object({
      query: searchText(200).default(''),
      countryCodes: z.array(countryChoice).max(400).default([]),
      organisationIds: z.array(id.nullable()).max(10_000).default([]),
      sort: z.enum(DIRECTORY_SORTS).default('name'),
      descending: z.boolean().default(false),
      /** The language country names sort in. */
      language: z.enum(UI_LANGUAGES).default('en'),
    }),
    z.object({
      rows: z.array(PersonDirectoryRow),
      total: z.number(),
      countries: z.array(CountryCount),
      organisations: z.array(OrganisationCount),
    }),
  ),
  'people.get': channel(z.object({ id }), Person.extend({ meetings: z.array(PersonMeeting) })),
  'people.create': channel(PersonInput, Person),
  'people.update': channel(z.object({ id, person: PersonInput }), Person),
};
