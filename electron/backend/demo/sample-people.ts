/**
 * The generated participants of the two reference meetings (shared/SCENARIO.md): about 230 people
 * from about 60 countries in Lyon, 100 from 15 West African and Sahel countries in Cotonou, some
 * at both. A seeded generator, so every run (the demo, the committed fixtures) gives the same people.
 */
import worldCountries from 'world-countries';
import { countryName } from '../../../shared/domain/countries';
import type { OrganisationType, Role, Status } from '../../../shared/domain/people';
import { NAME_POOLS, poolNames, type SampleName } from './sample-names';
import { createRandom } from './seeded-random';
import {
  COMPANIES,
  INTERNATIONAL,
  NGOS,
  ORGANISER,
  POSITIONS,
  REGIONAL,
  UNIVERSITIES,
  WEST_AFRICA,
  WEST_AFRICA_NGOS,
  WEST_AFRICA_REGIONAL,
  WORLDWIDE,
  type SampleCountry,
  type SampleOrganisation,
} from './sample-organisations';

export interface SamplePerson {
  gender: 'female' | 'male';
  givenNames: string;
  familyNames: string;
  doctor: boolean;
  email: string;
  phone: string;
  organisation: SampleOrganisation;
  position: string;
  countryCode: string;
  nationalityCode: string;
  languages: readonly string[];
  francophone: boolean;
}

export const DIETS = ['vegetarian', 'halal', 'noPork', 'glutenFree', 'vegan'] as const;
export const NEEDS = ['wheelchair', 'hearingLoop'] as const;

export interface SampleRegistration {
  person: SamplePerson;
  role: Role;
  status: Status;
  diet: (typeof DIETS)[number] | null;
  need: (typeof NEEDS)[number] | null;
  visaLetter: boolean;
}

type Random = ReturnType<typeof createRandom>;

const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DIALLING = new Map(
  worldCountries.map((w) => [
    w.cca2,
    `${w.idd.root}${w.idd.suffixes.length === 1 ? w.idd.suffixes[0] : ''}`,
  ]),
);

function createPeopleFactory(random: Random) {
  const emails = new Set<string>();
  const names = new Set<string>();

  return function person(
    country: SampleCountry,
    organisation: SampleOrganisation,
    positionKind: OrganisationType | 'staff',
  ): SamplePerson {
    const gender = random.next() < 0.46 ? 'female' : 'male';
    const pool = NAME_POOLS[random.pick(country.traditions)];
    const oneName = 'oneName' in pool && random.next() < pool.oneName;
    // Drawn again until the name is new, so the sample has no accidental namesakes (real
    // duplicates are added on purpose where a test needs them).
    let given: SampleName;
    let family: SampleName;
    let tries = 0;
    do {
      given = random.pick(poolNames(pool, gender, gender));
      family = random.pick(poolNames(pool, 'family', gender));
    } while (
      names.has(oneName ? given.written : `${given.written} ${family.written}`) &&
      ++tries < 50
    );
    names.add(oneName ? given.written : `${given.written} ${family.written}`);
    const local = oneName ? ascii(given.latin) : `${ascii(given.latin)}.${ascii(family.latin)}`;
    const domain =
      organisation.type === 'law_enforcement'
        ? `${organisation.slug}-${country.code.toLowerCase()}`
        : organisation.slug;
    let email = `${local}@${domain}.example`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}.example`;
    emails.add(email);
    const digits = Array.from({ length: 8 }, () => Math.floor(random.next() * 10)).join('');
    const positions = POSITIONS[positionKind][country.francophone ? 'fr' : 'en'].split('|');
    return {
      gender,
      givenNames: oneName ? '' : given.written,
      familyNames: oneName ? given.written : family.written,
      doctor: positionKind === 'academia' || random.next() < 0.05,
      email,
      phone: `${DIALLING.get(country.code) ?? '+'} ${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5)}`,
      organisation,
      position: random.pick(positions),
      countryCode: country.code,
      nationalityCode: country.code,
      languages: country.languages,
      francophone: country.francophone,
    };
  };
}

const police = (country: SampleCountry): SampleOrganisation => ({
  name: country.police,
  acronym: country.policeAcronym ?? '',
  type: 'law_enforcement',
  slug: 'police',
});

const childServices = (country: SampleCountry): SampleOrganisation => ({
  name: country.francophone
    ? `Direction de la protection de l’enfance (${countryName(country.code, 'fr')})`
    : `Child Protection Directorate (${countryName(country.code, 'en')})`,
  acronym: '',
  type: 'law_enforcement',
  slug: 'childprotection',
});

function registration(
  random: Random,
  person: SamplePerson,
  role: Role,
  schengenFree: boolean,
): SampleRegistration {
  const leading = role === 'staff' || role === 'vip' || role === 'chair' || role === 'speaker';
  const status: Status = leading
    ? random.weighted({ confirmed: 85, registered: 15 })
    : random.weighted({
        confirmed: 52,
        registered: 20,
        invited: 11,
        waitlisted: 5,
        declined: 7,
        cancelled: 5,
      });
  return {
    person,
    role,
    status,
    diet: random.next() < 0.14 ? random.pick(DIETS) : null,
    need: random.next() < 0.025 ? random.pick(NEEDS) : null,
    visaLetter: role !== 'staff' && !schengenFree && random.next() < 0.7,
  };
}

const SCHENGEN = new Set([
  'FR',
  'DE',
  'ES',
  'IT',
  'PT',
  'NL',
  'BE',
  'CH',
  'SE',
  'NO',
  'PL',
  'RO',
  'GR',
  'BG',
]);
const ECOWAS = new Set([
  'BJ',
  'BF',
  'CI',
  'GM',
  'GH',
  'GN',
  'GW',
  'LR',
  'ML',
  'NE',
  'NG',
  'SN',
  'TG',
]);

/** Roles for a list of people: the first few lead, the rest are delegates or observers. */
function assignRoles(random: Random, count: number, leads: Partial<Record<Role, number>>): Role[] {
  const roles: Role[] = [];
  for (const [role, n] of Object.entries(leads) as [Role, number][])
    for (let i = 0; i < n; i++) roles.push(role);
  while (roles.length < count) roles.push(random.next() < 0.06 ? 'observer' : 'delegate');
  // Shuffled so leads are spread over countries and organisations, deterministically.
  for (let i = roles.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [roles[i], roles[j]] = [roles[j]!, roles[i]!];
  }
  return roles;
}

/** Both meetings' participants; the same seed always gives the same people. */
export function sampleParticipants(seed = 20261114) {
  const random = createRandom(seed);
  const person = createPeopleFactory(random);
  const byCode = new Map(WEST_AFRICA.map((c) => [c.code, c]));
  const anyWestAfrica = () => random.pick(WEST_AFRICA);

  // Cotonou: 72 from police and child services, 15 from international, 5 regional, 8 NGO.
  const cotonou: SamplePerson[] = [];
  for (let i = 0; i < 72; i++) {
    const country = WEST_AFRICA[i % WEST_AFRICA.length]!;
    cotonou.push(
      person(
        country,
        random.next() < 0.75 ? police(country) : childServices(country),
        'law_enforcement',
      ),
    );
  }
  for (let i = 0; i < 4; i++) cotonou.push(person(byCode.get('CI')!, ORGANISER, 'staff'));
  const agencies = [INTERNATIONAL[0]!, INTERNATIONAL[0]!, INTERNATIONAL[1]!, INTERNATIONAL[2]!];
  for (let i = 0; i < 11; i++)
    cotonou.push(person(anyWestAfrica(), agencies[i % agencies.length]!, 'international'));
  for (let i = 0; i < 5; i++)
    cotonou.push(person(anyWestAfrica(), random.pick(WEST_AFRICA_REGIONAL), 'regional'));
  for (let i = 0; i < 8; i++)
    cotonou.push(person(anyWestAfrica(), random.pick(WEST_AFRICA_NGOS), 'ngo'));
  const cotonouRoles = assignRoles(random, cotonou.length - 4, { vip: 3, chair: 4, speaker: 15 });
  const workingGroup = cotonou.map((p) =>
    registration(
      random,
      p,
      p.organisation === ORGANISER ? 'staff' : cotonouRoles.shift()!,
      ECOWAS.has(p.countryCode),
    ),
  );

  // Lyon: 18 of Cotonou's police officers, then the world.
  const inLyon = new Set(WORLDWIDE.map((c) => c.code));
  const shared = cotonou
    .filter((p) => p.organisation.type === 'law_enforcement' && inLyon.has(p.countryCode))
    .slice(0, 18);
  const lyon: SamplePerson[] = [...shared];
  for (const country of WORLDWIDE) lyon.push(person(country, police(country), 'law_enforcement'));
  const france = WORLDWIDE.find((c) => c.code === 'FR')!;
  for (let i = 0; i < 14; i++)
    lyon.push(person(i < 9 ? france : random.pick(WORLDWIDE), ORGANISER, 'staff'));
  const others: [readonly SampleOrganisation[], OrganisationType, number][] = [
    [INTERNATIONAL, 'international', 16],
    [REGIONAL, 'regional', 8],
    [NGOS, 'ngo', 24],
    [COMPANIES, 'private', 14],
    [UNIVERSITIES, 'academia', 10],
  ];
  for (const [organisations, kind, count] of others)
    for (let i = 0; i < count; i++)
      lyon.push(person(random.pick(WORLDWIDE), random.pick(organisations), kind));
  while (lyon.length < 230) {
    const country = random.pick(WORLDWIDE);
    lyon.push(
      person(
        country,
        random.next() < 0.8 ? police(country) : childServices(country),
        'law_enforcement',
      ),
    );
  }
  const staffCount = lyon.filter((p) => p.organisation === ORGANISER).length;
  const lyonRoles = assignRoles(random, lyon.length - staffCount, {
    vip: 5,
    chair: 8,
    speaker: 28,
  });
  const specialists = lyon.map((p) =>
    registration(
      random,
      p,
      p.organisation === ORGANISER ? 'staff' : lyonRoles.shift()!,
      SCHENGEN.has(p.countryCode),
    ),
  );
  return { specialists, workingGroup };
}
