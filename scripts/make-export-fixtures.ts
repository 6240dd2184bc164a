// `npx tsx scripts/make-export-fixtures.ts`: writes two registrant lists shaped like the files
// registrars really receive, independent of the demo's generator, to tests/fixtures/:
// - indico-registrants.csv: Indico's registrant export (UTF-8 with BOM, commas, CRLF; "ID",
//   "Name", the default form's fields, two custom fields, then "Registration date", "Registration
//   state", "Checked in"), 121 people including eight pairs of namesakes in the same organisation;
// - inscriptions-atelier-regional.csv: a French registrar's Excel sheet saved as "CSV UTF-8"
//   (BOM, semicolons), with French headers and status words, people also in the Indico list
//   (emails in other case), a namesake, a shared mailbox under another name, a row pasted twice,
//   a cell that looks like a formula, and a role word no dictionary has.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  civility,
  NAMES,
  NAMESAKES,
  PLACES,
  POSITIONS,
  WA_FAMILY,
  WA_GIVEN,
  WEST_AFRICA,
} from './export-fixture-names';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

interface Person {
  title: string;
  given: string;
  family: string;
  email: string;
  organisation: string;
  position: string;
  country: string;
  phone: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

const phoneOf = (prefix: string, n: number) =>
  `${prefix} ${String(100 + ((n * 37) % 900))} ${String(1000 + ((n * 7919) % 9000))}`;

function indicoPeople(): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  const add = (given: string, family: string, place: number, email?: string) => {
    const [country, organisation, domain, prefix] = PLACES[place]!;
    const n = people.length;
    people.push({
      title: n % 5 === 2 ? 'Dr' : n % 7 === 3 ? 'Prof.' : '',
      given,
      family,
      email: email ?? `${ascii(given)}.${ascii(family || 'x')}@${domain}`,
      organisation,
      position: POSITIONS[n % POSITIONS.length]!,
      country,
      phone: phoneOf(prefix, n),
    });
  };
  NAMESAKES.forEach(([given, family, place, [email]]) => add(given, family, place, email));
  // An office mailbox, which Indico accepts once per form.
  add('Aïssata', 'Traoré', 4, 'brigade.mineurs@police-ml.example');
  seen.add('Aïssata Traoré');
  for (let round = 0; people.length < 113; round++)
    NAMES.forEach(([givens, families], place) => {
      const given = givens[round % givens.length]!;
      const family = families[Math.floor(round / givens.length) % families.length]!;
      const key = `${given} ${family}`;
      if (people.length >= 113 || seen.has(key) || round >= givens.length * families.length) return;
      seen.add(key);
      add(given, family, place);
    });
  // The second of each pair registers later, in the middle of the list.
  NAMESAKES.forEach(([given, family, place, [, email]], i) =>
    people.splice(40 + i * 9, 0, { ...people[i]!, given, family, email, ...placeOf(place, i) }),
  );
  return people;
}

/** The namesake's own country and phone: the organisation name is shared, not the person. */
function placeOf(place: number, i: number): Partial<Person> {
  const other = place === 0 ? 1 : place;
  const [country, , , prefix] = PLACES[other]!;
  return { country, phone: phoneOf(prefix, 500 + i), position: POSITIONS[(i + 2) % 6]! };
}

const STATES = ['Completed', 'Pending', 'Withdrawn', 'Rejected'];
const stateOf = (n: number) => (n % 17 === 5 ? 1 : n % 29 === 7 ? 2 : n % 41 === 13 ? 3 : 0);

function indicoCsv(people: Person[]): string {
  const headers = [
    'ID',
    'Name',
    'Title',
    'First Name',
    'Last Name',
    'Email Address',
    'Affiliation',
    'Position',
    'Country',
    'Phone Number',
    'Dietary requirements',
    'Visa invitation letter',
    'Registration date',
    'Registration state',
    'Checked in',
  ];
  const rows = people.map((p, n) => {
    const day = 1 + (n % 28);
    const submitted = `2026-09-${String(day).padStart(2, '0')} ${String(8 + (n % 10)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}:${String((n * 13) % 60).padStart(2, '0')}.${String(100000 + n * 7919).slice(0, 6)}+02:00`;
    return [
      String(n + 1),
      `${p.given} ${p.family}`.trim(),
      p.title,
      p.given,
      p.family,
      p.email,
      p.organisation,
      p.position,
      p.country,
      p.phone,
      n % 11 === 3 ? 'Vegetarian' : n % 13 === 4 ? 'Halal' : '',
      n % 4 === 1 ? 'Yes' : 'No',
      submitted,
      STATES[stateOf(n)]!,
      'No',
    ];
  });
  return `\uFEFF${Papa.unparse([headers, ...rows], { newline: '\r\n' })}\r\n`;
}

const FR_STATUS = ['Confirmé', 'Inscrite', 'En attente', 'Désisté', 'Refusé', ''];
const FR_ROLES = [
  'Participant',
  'Participante',
  'Intervenant',
  'Président de séance',
  'Observateur',
];

function frenchRows(indico: Person[]): string[][] {
  const headers = [
    'N°',
    'Civilité',
    'NOM',
    'Prénom',
    'Organisme',
    'Fonction',
    'Pays',
    'Courriel',
    'Téléphone',
    'Rôle',
    'Statut de l’inscription',
    'Date d’inscription',
    'Observations',
  ];
  const rows: string[][] = [];
  const push = (p: Omit<Person, 'title'>, civ: string, n: number, notes = '') =>
    rows.push([
      String(rows.length + 1),
      civ,
      p.family.toUpperCase(),
      p.given,
      p.organisation,
      n % 3 === 0
        ? 'Commissaire de police'
        : n % 3 === 1
          ? 'Officier de police judiciaire'
          : 'Enquêtrice',
      p.country,
      p.email,
      p.phone,
      FR_ROLES[n % FR_ROLES.length]!,
      FR_STATUS[n % FR_STATUS.length]!,
      `${String(1 + (n % 28)).padStart(2, '0')}/10/2026`,
      notes,
    ]);
  // Twenty people from the Indico list come again, their email typed in capitals now and then.
  const again = indico.filter((p) => /police-(sn|ml|ci)|interieur-fr|dgsn-ma|moi-eg/.test(p.email));
  again.slice(0, 20).forEach((p, n) =>
    push(
      {
        ...p,
        email: n % 3 === 0 ? p.email.toUpperCase() : p.email,
        country: frenchCountry(p.country),
      },
      civility(p.given),
      n,
    ),
  );
  const newcomers = WA_FAMILY.flatMap((family, f) =>
    WA_GIVEN.slice(f % 3, (f % 3) + 5).map((given) => ({ given, family })),
  ).slice(0, 35);
  newcomers.forEach(({ given, family }, n) => {
    const [country, organisation, domain, prefix] = WEST_AFRICA[n % WEST_AFRICA.length]!;
    const notes =
      n === 7 ? '=RECHERCHEV(A9;Feuil2!A:C;3;FAUX)' : n === 12 ? 'Arrivée le 13 au soir' : '';
    const person = {
      given,
      family,
      email: `${ascii(given)}.${ascii(family)}@${domain}`,
      organisation,
      position: '',
      country,
      phone: phoneOf(prefix, 300 + n),
    };
    push(person, civility(given), n, notes);
  });
  // A third Mohamed Ali, from Nouakchott, with his own address: a namesake, not a duplicate.
  push(
    {
      given: 'Mohamed',
      family: 'Ali',
      email: 'mohamed.ali@dgsn-mr.example',
      organisation: 'Direction générale de la sûreté nationale',
      position: '',
      country: 'Mauritanie',
      phone: '+222 45 25 17 00',
    },
    'M.',
    3,
  );
  // Another officer of the Malian unit, registered with the unit's mailbox.
  push(
    {
      given: 'Boubacar',
      family: 'Coulibaly',
      email: 'brigade.mineurs@police-ml.example',
      organisation: 'Police nationale',
      position: '',
      country: 'Mali',
      phone: '+223 20 22 31 45',
    },
    'M.',
    1,
  );
  // The row pasted twice.
  rows.push([String(rows.length + 1), ...rows[25]!.slice(1)]);
  return [headers, ...rows];
}

function frenchCountry(country: string): string {
  const map: Record<string, string> = {
    Senegal: 'Sénégal',
    'Côte d’Ivoire': 'Côte d’Ivoire',
    Egypt: 'Égypte',
    Morocco: 'Maroc',
  };
  return map[country] ?? country;
}

const indico = indicoPeople();
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'indico-registrants.csv'), indicoCsv(indico));
const french = frenchRows(indico);
fs.writeFileSync(
  path.join(OUT, 'inscriptions-atelier-regional.csv'),
  `\uFEFF${Papa.unparse(french, { delimiter: ';', newline: '\r\n' })}\r\n`,
);
console.log(
  `Wrote ${indico.length} + ${french.length - 1} rows to ${path.relative(process.cwd(), OUT)}`,
);
