import type { Input } from '../../shared/api';
import type { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

type TestBackend = ReturnType<typeof testBackend>;

// Organisations as registrants write them in Indico or an Excel sheet: national ministries and
// police forces, an NGO, a UN office; curly apostrophes, and a hyphen written as U+2010.
const ORGANISATIONS = {
  justice: { name: 'Ministère de la Justice', type: 'law_enforcement', countryCode: 'FR' },
  interior: { name: 'Ministère de l’Intérieur', type: 'law_enforcement', countryCode: 'FR' },
  mali: { name: 'Police Nationale du Mali', type: 'law_enforcement', countryCode: 'ML' },
  civ: {
    name: 'Direction Générale de la Police Nationale',
    acronym: 'DGPN',
    type: 'law_enforcement',
    countryCode: 'CI',
  },
  nca: { name: 'National Crime Agency', acronym: 'NCA', type: 'law_enforcement' },
  tech: { name: 'Tech Safety Alliance', type: 'ngo', countryCode: 'US' },
  unodc: {
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    type: 'international',
  },
  garda: { name: 'An Garda Síochána', type: 'law_enforcement', countryCode: 'IE' },
  bka: { name: 'Bundeskriminalamt', acronym: 'BKA', type: 'law_enforcement', countryCode: 'DE' },
  jordan: { name: 'Public Security Directorate', acronym: 'PSD', type: 'law_enforcement' },
  pf: { name: 'Polícia Federal', acronym: 'PF', type: 'law_enforcement', countryCode: 'BR' },
  none: null,
} as const satisfies Record<string, Input<'organisations.create'> | null>;

type Person = [
  key: string,
  given: string,
  family: string,
  country: string | null,
  organisation: keyof typeof ORGANISATIONS,
  email: string,
];

const PEOPLE: Person[] = [
  ['dubois', 'Jean-Pierre', 'Dubois', 'FR', 'justice', 'jp.dubois@justice.gouv.fr'],
  ['dupont', 'Marie‐Claire', 'Dupont–Lefèvre', 'FR', 'interior', 'mc.dupont@interieur.gouv.fr'],
  ['ndiaye', 'Moussa', 'N’Diaye', 'ML', 'mali', 'm.ndiaye@police.gouv.ml'],
  ['traore', 'Oumar', 'Traoré', 'ML', 'mali', ''],
  ['kone', 'Aïcha', 'Koné', 'CI', 'civ', 'a.kone@police.ci'],
  ['clarke', 'Emily', 'Clarke', 'GB', 'nca', 'emily.clarke@nca.gov.uk'],
  ['sharma', 'Priya', 'Sharma', 'US', 'tech', 'priya@techsafety.org'],
  ['garcia', 'Lucía', 'García', 'AR', 'unodc', 'lucia.garcia@un.org'],
  ['obrien', 'Seán', 'O’Brien', 'IE', 'garda', 'sean.obrien@garda.ie'],
  ['groß', 'Jürgen', 'Groß', 'DE', 'bka', 'j.gross@bka.bund.de'],
  ['alhassan', 'Mohammed', 'Al-Hassan', 'JO', 'jordan', ''],
  ['odegaard', 'Søren', 'Ødegaard', 'NO', 'none', 'soren.odegaard@politiet.no'],
  ['wisniewski', 'Łukasz', 'Wiśniewski', 'PL', 'none', ''],
  ['yilmaz', 'Ayşe', 'Yılmaz', 'TR', 'none', ''],
  ['nguyen', 'Thị Lan', 'Nguyễn', 'VN', 'none', ''],
  ['lima', 'Ana', 'Lima', 'BR', 'pf', 'ana.lima@pf.gov.br'],
  ['li', 'Wei', 'Li', 'CN', 'none', ''],
  ['kim', '민준', '김', 'KR', 'none', ''],
];

/**
 * One meeting with eighteen people shaped like a real participants list, and one more person in
 * the directory only (registered nowhere) who matches many of the queries.
 */
export async function searchWorld(backend: TestBackend) {
  const meetingId = await addMeeting(backend);
  const organisationIds = new Map<string, number>();
  for (const [key, organisation] of Object.entries(ORGANISATIONS))
    if (organisation)
      organisationIds.set(key, (await backend.call('organisations.create', organisation)).id);
  const registrationOf = new Map<string, number>();
  const personOf = new Map<number, string>();
  for (const [key, givenNames, familyNames, countryCode, organisation, email] of PEOPLE) {
    const row = await register(backend, meetingId, {
      givenNames,
      familyNames,
      countryCode,
      email,
      organisationId: organisationIds.get(organisation) ?? null,
    });
    registrationOf.set(key, row.id);
    personOf.set(row.personId, key);
  }
  const outsider = await backend.call('people.create', {
    givenNames: 'Jean-Pierre',
    familyNames: 'Koné',
    countryCode: 'CI',
    organisationId: organisationIds.get('mali') ?? null,
  });
  personOf.set(outsider.id, 'outsider');
  const keysOf = (ids: number[], names: Map<number, string>) =>
    ids.map((id) => names.get(id) ?? `#${id}`).sort();
  const participantKeys = new Map([...registrationOf].map(([key, id]) => [id, key]));

  return {
    /** Keys of the meeting's participants that `query` finds, sorted. */
    async participants(query: string): Promise<string[]> {
      const { ids } = await backend.call('registrations.search', { meetingId, query });
      return keysOf(ids, participantKeys);
    },
    /** Keys of the people the directory finds for `query`, sorted. */
    async directory(query: string): Promise<string[]> {
      const rows = await backend.call('people.directory', { query });
      return keysOf(
        rows.map((r) => r.id),
        personOf,
      );
    },
    everyone: [...PEOPLE.map(([key]) => key)].sort(),
  };
}
