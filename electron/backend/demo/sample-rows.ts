/**
 * The sample participants as spreadsheet rows, the way national contacts send them: English
 * headers for the specialists group, French ones for the working group, country names written
 * in several ways. The demo imports these rows; scripts/make-fixtures.ts writes them to files.
 */
import { countryName } from '../../../shared/domain/countries';
import type { SampleRegistration } from './sample-people';

export type SheetLanguage = 'en' | 'fr';

const HEADERS: Record<SheetLanguage, string[]> = {
  en: [
    'Title',
    'First name',
    'Last name',
    'Gender',
    'Email',
    'Phone',
    'Organisation',
    'Acronym',
    'Organisation type',
    'Position',
    'Country',
    'Nationality',
    'Languages',
    'Role',
    'Status',
    'Dietary requirements',
    'Accessibility',
    'Visa letter',
    'Consent to be listed',
  ],
  fr: [
    'Civilité',
    'Prénom',
    'Nom',
    'Sexe',
    'Courriel',
    'Téléphone',
    'Organisation',
    'Sigle',
    'Type d’organisation',
    'Fonction',
    'Pays',
    'Nationalité',
    'Langues',
    'Rôle',
    'Statut',
    'Régime alimentaire',
    'Accessibilité',
    'Lettre de visa',
    'Accepte de figurer sur la liste',
  ],
};

const LABELS = {
  en: {
    type: {
      law_enforcement: 'Law enforcement / government',
      international: 'International organisation',
      regional: 'Regional organisation',
      ngo: 'NGO / civil society',
      private: 'Private sector',
      academia: 'Academia',
      other: 'Other',
    },
    role: {
      delegate: 'Delegate',
      speaker: 'Speaker',
      chair: 'Chair',
      staff: 'Staff',
      observer: 'Observer',
      vip: 'VIP',
    },
    status: {
      invited: 'Invited',
      registered: 'Registered',
      confirmed: 'Confirmed',
      waitlisted: 'Waitlist',
      declined: 'Declined',
      cancelled: 'Cancelled',
    },
    diet: {
      vegetarian: 'Vegetarian',
      halal: 'Halal',
      noPork: 'No pork',
      glutenFree: 'Gluten-free',
      vegan: 'Vegan',
    },
    need: { wheelchair: 'Wheelchair access', hearingLoop: 'Hearing loop' },
    yes: 'Yes',
    no: 'No',
  },
  fr: {
    type: {
      law_enforcement: 'Forces de l’ordre / administration',
      international: 'Organisation internationale',
      regional: 'Organisation régionale',
      ngo: 'ONG / société civile',
      private: 'Secteur privé',
      academia: 'Milieu universitaire',
      other: 'Autre',
    },
    role: {
      delegate: 'Délégué',
      speaker: 'Intervenant',
      chair: 'Président',
      staff: 'Organisateur',
      observer: 'Observateur',
      vip: 'VIP',
    },
    status: {
      invited: 'Invité',
      registered: 'Inscrit',
      confirmed: 'Confirmé',
      waitlisted: 'Liste d’attente',
      declined: 'Décliné',
      cancelled: 'Annulé',
    },
    diet: {
      vegetarian: 'Végétarien',
      halal: 'Halal',
      noPork: 'Sans porc',
      glutenFree: 'Sans gluten',
      vegan: 'Végétalien',
    },
    need: { wheelchair: 'Accès fauteuil roulant', hearingLoop: 'Boucle magnétique' },
    yes: 'Oui',
    no: 'Non',
  },
} as const;

// French agrees roles and statuses with the person ("Déléguée", "Confirmée").
const FEMININE: Record<string, string> = {
  Organisateur: 'Organisatrice',
  Observateur: 'Observatrice',
};
const feminine = (word: string) =>
  FEMININE[word] ?? (/^(VIP|Liste|Annul|Décl)/.test(word) ? word : `${word}e`);

// Some national contacts write "Ivory Coast", others "CIV" or "Cote d'Ivoire": every one of these
// resolves to the same country on import.
const VARIANTS: Record<SheetLanguage, Record<string, string[]>> = {
  en: {
    CI: ['Ivory Coast', "Cote d'Ivoire", 'CIV'],
    US: ['USA', 'United States'],
    GB: ['UK', 'United Kingdom'],
    KR: ['Korea, Republic of', 'South Korea'],
    NL: ['The Netherlands', 'Holland'],
    CD: ['DR Congo'],
  },
  fr: {
    CI: ['Côte d’Ivoire', "Cote d'Ivoire", 'CIV'],
    SN: ['Sénégal', 'Senegal'],
    TD: ['Tchad'],
    GW: ['Guinée-Bissau', 'Guinee Bissau'],
    GM: ['Gambie', 'The Gambia'],
  },
};

function countryText(code: string, language: SheetLanguage, index: number): string {
  const variants = VARIANTS[language][code];
  return variants && index % 3 !== 0
    ? variants[index % variants.length]!
    : countryName(code, language);
}

function languagesText(codes: readonly string[], language: SheetLanguage): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}

/** Header row and one row per registration, in the sheet's language. */
export function sampleRows(registrations: readonly SampleRegistration[], language: SheetLanguage) {
  const l = LABELS[language];
  const rows = registrations.map((r, i) => {
    const p = r.person;
    const female = p.gender === 'female';
    const agree = (word: string) => (language === 'fr' && female ? feminine(word) : word);
    const title = p.doctor
      ? 'Dr'
      : language === 'fr'
        ? female
          ? 'Mme'
          : 'M.'
        : female
          ? 'Ms'
          : 'Mr';
    return [
      title,
      p.givenNames,
      p.familyNames,
      language === 'fr' ? (female ? 'F' : 'M') : female ? 'Female' : 'Male',
      p.email,
      p.phone,
      p.organisation.name,
      p.organisation.acronym,
      l.type[p.organisation.type],
      p.position,
      countryText(p.countryCode, language, i),
      countryText(p.nationalityCode, language, i + 1),
      languagesText(p.languages, language),
      agree(l.role[r.role]),
      agree(l.status[r.status]),
      r.diet ? l.diet[r.diet] : '',
      r.need ? l.need[r.need] : '',
      r.visaLetter ? l.yes : l.no,
      // About one in eleven does not want to be named in the participant list.
      i % 11 === 5 ? l.no : l.yes,
    ];
  });
  return { headers: HEADERS[language], rows };
}
