import { createBackend, type Backend } from '../electron/backend/backend';
import { SAMPLE_SPECIALISTS_GROUP } from '../electron/backend/demo/sample-meetings';
import { createOrganisationsRepo } from '../electron/backend/people/organisations.repo';
import { createPeopleRepo } from '../electron/backend/people/people.repo';
import { searchMatch } from '../electron/backend/people/search-terms';
import type { PersonFields } from '../electron/backend/people/types';
import { createRegistrationsRepo } from '../electron/backend/registrations/registrations.repo';
import type { RegistrationFields } from '../electron/backend/registrations/types';
import { RegistrationInput } from '../shared/api/registrations';
import { normaliseName, type OrganisationType } from '../shared/domain/people';
import { nowIso } from '../shared/domain/time';
import { sampleInterleaved } from './lib/measure';
import { call } from './lib/seed';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/temp';
import type { BenchRow } from './lib/types';
import { blankPerson } from '../shared/api/people';

const PEOPLE = 50_000;
const N = 200; // per query kind: 8 kinds make 1,600 timed searches
const WARMUP = 30;
const TARGET_P95_MS = 5;

/** Given names | family names | countries | national organisations (name/acronym/type; …). */
type Culture = [given: string, family: string, countries: string, organisations: string];

// Names as people type them, accents and scripts included, so the index's diacritic folding is
// exercised the way a registrar's queries exercise it.
const CULTURES: Culture[] = [
  [
    'María|José|Lucía|Andrés|Sofía|Martín|Inés|Raúl|Begoña|Íñigo|Ramón|Ángela',
    'Núñez|García|Muñoz|Peña|Hernández|Martínez|Ibáñez|Rodríguez|Suárez|Castañeda|López|Gómez',
    'ES MX AR CO CL PE',
    'Policía Nacional/PN/law_enforcement;Guardia Civil//law_enforcement;Ministerio del Interior//law_enforcement;Fiscalía General//law_enforcement',
  ],
  [
    'João|Conceição|Gonçalo|Ana|Luís|Sebastião|Inês|Tânia',
    'Gonçalves|Araújo|Simões|Magalhães|Brandão|da Silva|dos Santos|Ferreira',
    'PT BR AO MZ',
    'Polícia Federal/PF/law_enforcement;Ministério da Justiça//law_enforcement;Polícia Judiciária/PJ/law_enforcement',
  ],
  [
    'François|Hélène|Zoé|Jérôme|Cécile|Benoît|Anaïs|Gaëlle|Loïc|Élodie',
    'Lefèvre|Dubois|Béranger|Rousseau|Faure|Mercier|Gérard|Lemaître|Chevalier',
    'FR BE CH CA LU',
    'Police nationale//law_enforcement;Gendarmerie nationale//law_enforcement;Ministère de l’Intérieur//law_enforcement;Direction générale des douanes/DGDDI/law_enforcement',
  ],
  [
    'Jürgen|Jörg|Lukas|Anneliese|Günther|Käthe|Sören|Maximilian',
    'Müller|Schröder|Weiß|Groß|Köhler|Böhm|Schäfer|Hoffmann|Krüger',
    'DE AT CH',
    'Bundeskriminalamt/BKA/law_enforcement;Bundespolizei//law_enforcement;Bundesministerium des Innern/BMI/law_enforcement',
  ],
  [
    'Søren|Åsa|Bjørn|Sigrún|Jón|Ingrid|Mikael|Päivi',
    'Sørensen|Ødegaard|Åberg|Jónsdóttir|Lindqvist|Håkansson|Nyström|Virtanen',
    'DK NO SE IS FI',
    'National Police/NP/law_enforcement;Ministry of Justice//law_enforcement;Customs Service//law_enforcement',
  ],
  [
    'Łukasz|Małgorzata|Wojciech|Zofia|Jiří|Tomáš|Kateřina|Agnieszka',
    'Wiśniewski|Kowalski|Wójcik|Dvořák|Novák|Černá|Łukaszewicz|Szczepańska',
    'PL CZ SK',
    'Policja/KGP/law_enforcement;Ministry of the Interior//law_enforcement;Central Bureau of Investigation/CBŚP/law_enforcement',
  ],
  [
    'Ayşe|Mehmet|Çağlar|Gülşen|Oğuz|Şükrü|Elif',
    'Yılmaz|Şahin|Öztürk|Çelik|Doğan|Aydın|Kılıç',
    'TR',
    'Emniyet Genel Müdürlüğü/EGM/law_enforcement;Jandarma Genel Komutanlığı//law_enforcement',
  ],
  [
    'Thị Lan|Văn Đức|Minh|Hương|Quốc Anh|Thu Trang',
    'Nguyễn|Trần|Lê|Phạm|Hoàng|Đặng',
    'VN',
    'Ministry of Public Security/MPS/law_enforcement;Supreme People’s Procuracy//law_enforcement',
  ],
  [
    'Aïcha|Mamadou|Fatoumata|Ousmane|Adjoa|Kwame|Chinedu|Ngozi|Aminata',
    'Koné|Diallo|Traoré|Ouédraogo|Okafor|Mensah|Adébáyọ̀|N’Diaye|Sow|Coulibaly',
    'CI SN ML BF NG GH',
    'Police nationale//law_enforcement;Gendarmerie nationale//law_enforcement;Nigeria Police Force/NPF/law_enforcement;Economic and Financial Crimes Commission/EFCC/law_enforcement',
  ],
  [
    'Mohammed|Fatima|Youssef|Layla|Abdelkader|Noura|Khalid|Hanane',
    'Al-Hassan|El Amrani|Abdullah|Ben Salah|Haddad|Al-Farsi|Benali|Mansour',
    'MA DZ TN EG JO AE SA',
    'Direction générale de la Sûreté nationale/DGSN/law_enforcement;Ministry of Interior/MOI/law_enforcement;Public Prosecution//law_enforcement',
  ],
  [
    'Wei|Xiaoming|Li Na|Yuki|Haruto|Sakura|Min-jun|Ji-woo',
    'Wang|Li|Zhang|Chen|Tanaka|Satō|Itō|Kim|Park|Lee',
    'CN JP KR SG',
    'National Police Agency/NPA/law_enforcement;Ministry of Public Security/MPS/law_enforcement;Korean National Police Agency/KNPA/law_enforcement',
  ],
  [
    'Priya|Rahul|Anil|Sunita|Imran|Ayesha|Deepak',
    'Sharma|Patel|Gupta|Singh|Khan|Rahman|Chowdhury',
    'IN PK BD LK',
    'Central Bureau of Investigation/CBI/law_enforcement;Federal Investigation Agency/FIA/law_enforcement;Ministry of Home Affairs/MHA/law_enforcement',
  ],
  [
    'Dmitri|Olga|Aleksandr|Natalia|Ekaterina|Александр|Ольга|Тарас',
    'Ivanov|Petrova|Kuznetsov|Smirnova|Иванов|Петрова|Шевченко',
    'RU UA KZ',
    'Ministry of Internal Affairs/MVD/law_enforcement;National Police//law_enforcement',
  ],
  [
    'Giorgos|Eleni|Dimitris|Αικατερίνη|Νίκος',
    'Papadopoulos|Nikolaidou|Georgiou|Παπαδόπουλος',
    'GR CY',
    'Hellenic Police/ELAS/law_enforcement;Ministry of Citizen Protection//law_enforcement',
  ],
  [
    'John|Sarah|Michael|Emily|David|Olivia|Siobhán|Seán',
    'Smith|Johnson|O’Brien|Williams|Brown|MacDonald|Ó Súilleabháin|Taylor',
    'GB US AU NZ IE',
    'National Crime Agency/NCA/law_enforcement;Federal Bureau of Investigation/FBI/law_enforcement;Australian Federal Police/AFP/law_enforcement;Home Office//law_enforcement',
  ],
  [
    'László|Zsófia|Ștefan|Ioana|Mihály|Andreea',
    'Nagy|Kovács|Szabó|Popescu|Țăranu|Tóth',
    'HU RO',
    'Police//law_enforcement;Directorate for Investigating Organized Crime and Terrorism/DIICOT/law_enforcement',
  ],
  [
    'Wanjiru|Abebe|Amina|Tendai|Baraka|Nomvula',
    'Otieno|Mwangi|Kamau|Bekele|Moyo|Mutasa|Dlamini',
    'KE ET TZ UG ZW ZA',
    'National Police Service/NPS/law_enforcement;Directorate of Criminal Investigations/DCI/law_enforcement;South African Police Service/SAPS/law_enforcement',
  ],
];

const INTERNATIONAL: [name: string, acronym: string, type: OrganisationType][] = [
  ['International Criminal Police Organization', 'INTERPOL', 'international'],
  ['United Nations Office on Drugs and Crime', 'UNODC', 'international'],
  ['European Union Agency for Law Enforcement Cooperation', 'Europol', 'regional'],
  ['African Union Mechanism for Police Cooperation', 'AFRIPOL', 'regional'],
  ['ASEAN National Police', 'ASEANAPOL', 'regional'],
  ['World Customs Organization', 'WCO', 'international'],
  ['Organisation pour la sécurité et la coopération en Europe', 'OSCE', 'regional'],
  ['United Nations Children’s Fund', 'UNICEF', 'international'],
  ['Global Initiative Against Transnational Organized Crime', 'GI-TOC', 'ngo'],
  ['Institute for Security Studies', 'ISS', 'ngo'],
  ['Université de Genève', 'UNIGE', 'academia'],
  ['Universidad de Buenos Aires', 'UBA', 'academia'],
  ['Cybersecurity Response Partners Ltd', '', 'private'],
];
const INTERNATIONAL_DOMAINS = [
  'interpol.int',
  'unodc.org',
  'europol.europa.eu',
  'afripol.africa-union.org',
];

/** mulberry32: a small seeded PRNG, so every run searches the same 50,000 people. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSON: PersonFields = blankPerson();
// Every field at the contract's default, status aside.
const REGISTRATION: RegistrationFields = RegistrationInput.parse({ status: 'registered' });

/**
 * A meeting through the contract, then 50,000 people from 17 cultures with their national or
 * international organisations and countries, registered to it, through the repos in one transaction
 * (dispatching 50,000 creates would take minutes and measure nothing this bench is about).
 */
async function seed(backend: Backend): Promise<number> {
  const meeting = (await call(backend, 'meetings.create', SAMPLE_SPECIALISTS_GROUP)) as {
    id: number;
  };
  const { db } = backend;
  const organisations = createOrganisationsRepo(db);
  const people = createPeopleRepo(db);
  const registrations = createRegistrationsRepo(db);
  const random = prng(20260914);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const now = nowIso();
  db.transaction(() => {
    const international = INTERNATIONAL.map(([name, acronym, type]) =>
      organisations.insert({ name, acronym, type, countryCode: null }, now),
    );
    const cultures = CULTURES.map(([given, family, codes, orgs]) => {
      const countries = codes.split(' ').map((code) => {
        const local = orgs.split(';').map((o) => {
          const [name = '', acronym = '', type = 'other'] = o.split('/');
          const fields = { name, acronym, type: type as OrganisationType, countryCode: code };
          return { id: organisations.insert(fields, now), slug: (acronym || name).toLowerCase() };
        });
        return { code, local };
      });
      return { given: given.split('|'), family: family.split('|'), countries };
    });
    for (let i = 0; i < PEOPLE; i++) {
      const culture = pick(cultures);
      const country = pick(culture.countries);
      const givenNames =
        random() < 0.15 ? `${pick(culture.given)} ${pick(culture.given)}` : pick(culture.given);
      const familyNames =
        random() < 0.2 ? `${pick(culture.family)} ${pick(culture.family)}` : pick(culture.family);
      const where = random();
      const local = pick(country.local);
      const organisationId = where < 0.75 ? local.id : where < 0.9 ? pick(international) : null;
      const domain =
        where < 0.75
          ? `${normaliseName(local.slug).split(' ')[0]}.gov.${country.code.toLowerCase()}`
          : where < 0.9
            ? pick(INTERNATIONAL_DOMAINS)
            : 'mail.example';
      // An initial and the family name; names in other scripts get a Latin mailbox, as they do.
      const initial = normaliseName(givenNames).slice(0, 1);
      const mailbox = normaliseName(`${initial} ${familyNames}`).replaceAll(' ', '.');
      const address = /^[a-z.]+$/.test(mailbox) ? mailbox : `user${i}`;
      const id = people.insert(
        {
          ...PERSON,
          givenNames,
          familyNames,
          gender: pick(['female', 'male', null] as const),
          email: random() < 0.9 ? `${address}@${domain}` : '',
          organisationId,
          countryCode: random() < 0.95 ? country.code : pick(cultures).countries[0]!.code,
        },
        now,
      );
      registrations.insert(meeting.id, id, REGISTRATION, now);
    }
  })();
  return meeting.id;
}

// What registrars type: name fragments without accents, organisation words, countries (English or
// French), email fragments, one or two first letters, a given name with a family name, organisations
// typed in full, and queries whose last word is still being typed (one or two letters).
const QUERIES = {
  name: 'nunez|mull|garcia|kowal|nguy|diallo|sahin|schro|dvor|tanaka|gonc|lefev|oztu|hassan',
  organisation: 'police|interpol|douanes|ministry|gendarmerie|unodc|customs|guardia|bundes|crime',
  country: 'france|brazil|nigeria|allemagne|japon|ivory coast|senegal|turkey|vietnam|espagne',
  email: 'gov.br|@interpol|nunez@|npf.gov|europa.eu|m.muller|.gov.fr|unodc.org',
  prefix: 'a|n|k|mo|li|ng|de|s|ko|j',
  'two words': 'maria nunez|a kone|ma garcia|wei zhang|jorg muller|ay yilmaz',
  'several words':
    'ministère de l’intérieur|direction générale de la sûreté nationale|ministerio del interior|' +
    'national police agency|ministry of public security|police nationale côte d’ivoire|' +
    'federal bureau of investigation|united nations office on drugs and crime',
  'short last word':
    'united ki|cote d|police na|ministry of|de la|ministere de l|nigeria police f|' +
    'national crime a|guardia c|korean n',
};
type Kind = keyof typeof QUERIES;

/** A function that runs the next of `items` on each call, round-robin. */
function cycle<T>(items: readonly T[], run: (item: T) => unknown): () => unknown {
  let i = 0;
  return () => run(items[i++ % items.length] as T);
}

/**
 * registrations.search through backend.dispatch (input parsing included, as both shells call it)
 * over 50,000 registered people, per query kind, against a bare FTS5 MATCH of the same
 * queries on the same database: rowids straight from the index, no join, no meeting, no dispatch.
 */
export async function benchSearch(): Promise<BenchRow[]> {
  return withTempDir('plenary-bench-search-', async (dir) => {
    const backend = createBackend({ dataDir: dir });
    try {
      const seedStart = performance.now();
      const meetingId = await seed(backend);
      const seedMs = performance.now() - seedStart;
      const hits: Record<string, number[]> = {};
      const search = (kind: Kind) =>
        cycle(QUERIES[kind].split('|'), async (query) => {
          const reply = await backend.dispatch('registrations.search', { meetingId, query });
          if (!reply.ok) throw new Error(`registrations.search failed: ${reply.error.message}`);
          (hits[kind] ??= []).push((reply.value as { ids: number[] }).ids.length);
        });
      const match = backend.db
        .prepare<[string], number>('SELECT rowid FROM person_search WHERE person_search MATCH ?')
        .pluck();
      const expressions = Object.values(QUERIES).flatMap((queries) =>
        queries.split('|').flatMap((q) => searchMatch(q) ?? []),
      );
      const kinds = Object.keys(QUERIES) as Kind[];
      const samples = await sampleInterleaved(
        {
          ...(Object.fromEntries(kinds.map((k) => [k, search(k)])) as Record<Kind, () => unknown>),
          baseline: cycle(expressions, (expression) => match.all(expression)),
        },
        { warmup: WARMUP, n: N },
      );

      const baseline = 'search: bare FTS5 MATCH, rowids only (baseline)';
      const mean = (xs: number[] = []) =>
        Math.round(xs.reduce((s, x) => s + x, 0) / (xs.length || 1));
      const overall = kinds.flatMap((k) => samples[k]);
      return [
        {
          name: baseline,
          unit: 'ms',
          n: N,
          stats: summarize(samples.baseline),
          note: 'the MATCH expressions of every kind, on person_search alone',
        },
        ...kinds.map((kind): BenchRow => ({
          name: `search: ${kind} (~${mean(hits[kind])} hits)`,
          unit: 'ms',
          n: N,
          stats: summarize(samples[kind]),
          baseline,
        })),
        {
          name: 'search: 50,000 people, all kinds',
          unit: 'ms',
          n: overall.length,
          stats: summarize(overall),
          baseline,
          targets: [{ stat: 'p95', max: TARGET_P95_MS }],
          note:
            `registrations.search dispatched in-process over ${PEOPLE.toLocaleString('en')} people ` +
            `registered to one meeting (seeded in ${(seedMs / 1000).toFixed(1)} s); ` +
            `${N} searches per kind after ${WARMUP} warm-up rounds, kinds interleaved`,
        },
      ];
    } finally {
      backend.close();
    }
  });
}
