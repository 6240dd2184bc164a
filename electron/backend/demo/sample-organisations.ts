/**
 * Organisations for the sample participants. Public bodies (police forces, international and
 * regional organisations, universities, technology companies) appear under their real names;
 * every NGO is invented.
 */
import type { OrganisationType } from '../../../shared/domain/people';
import type { NameTradition } from './sample-names';

export interface SampleOrganisation {
  name: string;
  acronym: string;
  type: OrganisationType;
  /** Used for the fictional email domain. */
  slug: string;
}

export interface SampleCountry {
  code: string;
  traditions: readonly NameTradition[];
  /** The national police force, as it names itself in its working language. */
  police: string;
  policeAcronym?: string;
  /** French is the working language: positions, titles and ministries are written in French. */
  francophone: boolean;
  /** Working languages (ISO 639-1) of its delegates. */
  languages: readonly string[];
}

const c = (
  code: string,
  traditions: NameTradition | NameTradition[],
  police: string,
  languages: string[],
  francophone = false,
  policeAcronym?: string,
): SampleCountry => ({
  code,
  traditions: Array.isArray(traditions) ? traditions : [traditions],
  police,
  languages,
  francophone,
  policeAcronym,
});

/** The West Africa and Sahel countries of the working-group meeting (Cotonou). */
export const WEST_AFRICA: readonly SampleCountry[] = [
  c('BJ', 'westAfricaFr', 'Police républicaine du Bénin', ['fr'], true),
  c('BF', 'westAfricaFr', 'Police nationale du Burkina Faso', ['fr'], true),
  c('CI', 'westAfricaFr', 'Police nationale de Côte d’Ivoire', ['fr'], true),
  c('GM', 'westAfricaEn', 'Gambia Police Force', ['en'], false, 'GPF'),
  c('GH', 'westAfricaEn', 'Ghana Police Service', ['en'], false, 'GPS'),
  c('GN', 'westAfricaFr', 'Police nationale guinéenne', ['fr'], true),
  c('GW', 'westAfricaFr', 'Polícia Judiciária da Guiné-Bissau', ['pt', 'fr'], true),
  c('LR', 'westAfricaEn', 'Liberia National Police', ['en'], false, 'LNP'),
  c('ML', 'westAfricaFr', 'Police nationale du Mali', ['fr'], true),
  c(
    'MR',
    'sahelArabic',
    'Direction générale de la sûreté nationale (Mauritanie)',
    ['ar', 'fr'],
    true,
  ),
  c('NE', 'westAfricaFr', 'Police nationale du Niger', ['fr'], true),
  c('NG', 'westAfricaEn', 'Nigeria Police Force', ['en'], false, 'NPF'),
  c('SN', 'westAfricaFr', 'Police nationale du Sénégal', ['fr'], true),
  c('TD', ['sahelArabic', 'westAfricaFr'], 'Police nationale tchadienne', ['fr', 'ar'], true),
  c('TG', 'westAfricaFr', 'Police nationale togolaise', ['fr'], true),
];

/** The specialists group's countries (Lyon), about sixty across the five police regions. */
export const WORLDWIDE: readonly SampleCountry[] = [
  ...WEST_AFRICA.filter((x) =>
    ['BJ', 'BF', 'CI', 'GH', 'ML', 'NE', 'NG', 'SN', 'TG'].includes(x.code),
  ),
  c('KE', 'eastAfrica', 'National Police Service (Kenya)', ['en', 'sw']),
  c('UG', 'eastAfrica', 'Uganda Police Force', ['en']),
  c('RW', 'eastAfrica', 'Rwanda National Police', ['en', 'fr']),
  c('ET', 'eastAfrica', 'Ethiopian Federal Police', ['am', 'en']),
  c('ZA', 'southernAfrica', 'South African Police Service', ['en'], false, 'SAPS'),
  c('CM', 'central', 'Délégation générale à la sûreté nationale (Cameroun)', ['fr', 'en'], true),
  c('CD', 'central', 'Police nationale congolaise', ['fr'], true),
  c('US', 'english', 'Federal Bureau of Investigation', ['en'], false, 'FBI'),
  c('CA', ['english', 'french'], 'Royal Canadian Mounted Police', ['en', 'fr'], false, 'RCMP'),
  c('MX', 'spanish', 'Guardia Nacional (México)', ['es']),
  c('BR', 'portuguese', 'Polícia Federal (Brasil)', ['pt'], false, 'PF'),
  c('AR', 'spanish', 'Policía Federal Argentina', ['es'], false, 'PFA'),
  c('CO', 'spanish', 'Policía Nacional de Colombia', ['es']),
  c('CL', 'spanish', 'Policía de Investigaciones de Chile', ['es'], false, 'PDI'),
  c('PE', 'spanish', 'Policía Nacional del Perú', ['es'], false, 'PNP Perú'),
  c('JM', 'english', 'Jamaica Constabulary Force', ['en'], false, 'JCF'),
  c('CR', 'spanish', 'Organismo de Investigación Judicial (Costa Rica)', ['es'], false, 'OIJ'),
  c('JP', 'japanese', 'National Police Agency (Japan)', ['ja', 'en']),
  c('KR', 'korean', 'Korean National Police Agency', ['ko', 'en'], false, 'KNPA'),
  c('CN', 'chinese', 'Ministry of Public Security (China)', ['zh', 'en']),
  c('IN', 'southAsia', 'Central Bureau of Investigation (India)', ['en', 'hi'], false, 'CBI'),
  c('LK', 'southAsia', 'Sri Lanka Police', ['en']),
  c('ID', 'malay', 'Indonesian National Police', ['id', 'en'], false, 'POLRI'),
  c('MY', 'malay', 'Royal Malaysia Police', ['ms', 'en'], false, 'PDRM'),
  c('PH', 'filipino', 'Philippine National Police', ['en'], false, 'PNP'),
  c('TH', 'thai', 'Royal Thai Police', ['th', 'en']),
  c('VN', 'vietnamese', 'Ministry of Public Security (Viet Nam)', ['vi', 'en']),
  c('AU', 'english', 'Australian Federal Police', ['en'], false, 'AFP'),
  c('NZ', 'english', 'New Zealand Police', ['en']),
  c('FJ', 'pacific', 'Fiji Police Force', ['en']),
  c('FR', 'french', 'Office mineurs (OFMIN), Police nationale', ['fr', 'en'], true, 'OFMIN'),
  c('GB', 'english', 'National Crime Agency', ['en'], false, 'NCA'),
  c('DE', 'german', 'Bundeskriminalamt', ['de', 'en'], false, 'BKA'),
  c('ES', 'spanish', 'Policía Nacional (España)', ['es', 'en']),
  c('IT', 'italian', 'Polizia di Stato', ['it', 'en']),
  c('PT', 'portuguese', 'Polícia Judiciária', ['pt', 'en'], false, 'PJ'),
  c('NL', 'dutch', 'Politie (Nederland)', ['nl', 'en']),
  c('BE', ['dutch', 'french'], 'Police fédérale belge', ['fr', 'nl', 'en'], true),
  c(
    'CH',
    ['german', 'french'],
    'Office fédéral de la police (fedpol)',
    ['de', 'fr'],
    true,
    'fedpol',
  ),
  c('SE', 'nordic', 'Swedish Police Authority', ['sv', 'en']),
  c('NO', 'nordic', 'Kripos (Norway)', ['no', 'en']),
  c('PL', 'polish', 'Policja (Polska)', ['pl', 'en']),
  c('RO', 'romanian', 'Poliția Română', ['ro', 'en']),
  c('GR', 'greek', 'Hellenic Police', ['el', 'en']),
  c('UA', 'ukrainian', 'National Police of Ukraine', ['uk', 'en']),
  c('BG', 'bulgarian', 'Ministry of Interior (Bulgaria)', ['bg', 'en']),
  c(
    'MA',
    'maghreb',
    'Direction générale de la sûreté nationale (Maroc)',
    ['ar', 'fr'],
    true,
    'DGSN',
  ),
  c('DZ', 'maghreb', 'Direction générale de la sûreté nationale (Algérie)', ['ar', 'fr'], true),
  c('TN', 'maghreb', 'Sûreté nationale (Tunisie)', ['ar', 'fr'], true),
  c('EG', 'mashriq', 'Ministry of Interior (Egypt)', ['ar', 'en']),
  c('JO', 'mashriq', 'Public Security Directorate (Jordan)', ['ar', 'en'], false, 'PSD'),
  c('LB', 'mashriq', 'Internal Security Forces (Lebanon)', ['ar', 'fr'], true, 'ISF'),
  c('AE', 'mashriq', 'Ministry of Interior (United Arab Emirates)', ['ar', 'en']),
];

const o = (name: string, acronym: string, type: OrganisationType, slug: string) => ({
  name,
  acronym,
  type,
  slug,
});

export const ORGANISER = o('INTERPOL General Secretariat', 'INTERPOL', 'international', 'interpol');

export const INTERNATIONAL = [
  o('International Organization for Migration', 'IOM', 'international', 'iom'),
  o('UNICEF', 'UNICEF', 'international', 'unicef'),
  o('United Nations Office on Drugs and Crime', 'UNODC', 'international', 'unodc'),
  o('Council of Europe', 'CoE', 'international', 'coe'),
];

export const REGIONAL = [
  o('Europol', 'Europol', 'regional', 'europol'),
  o('African Union Mechanism for Police Cooperation', 'AFRIPOL', 'regional', 'afripol'),
  o('ASEANAPOL Secretariat', 'ASEANAPOL', 'regional', 'aseanapol'),
  o('Organization of American States', 'OAS', 'regional', 'oas'),
];

export const WEST_AFRICA_REGIONAL = [
  o('ECOWAS Commission', 'ECOWAS', 'regional', 'ecowas'),
  o('African Union Mechanism for Police Cooperation', 'AFRIPOL', 'regional', 'afripol'),
];

/** Invented NGOs: no real charity is named. */
export const NGOS = [
  o('End Child Exploitation Network', 'ECEN', 'ngo', 'ecen'),
  o('Global Alliance against Online Child Abuse', 'GAOCA', 'ngo', 'gaoca'),
  o('SafeChild Alliance', '', 'ngo', 'safechild'),
  o('Kids Shield International', '', 'ngo', 'kidsshield'),
  o('Voices for Children Coalition', '', 'ngo', 'voicesforchildren'),
  o('Open Hands Foundation', '', 'ngo', 'openhands'),
];

export const WEST_AFRICA_NGOS = [
  o('Réseau Enfance Protégée', 'REP', 'ngo', 'enfance-protegee'),
  o('Sahel Enfance Solidarité', 'SES', 'ngo', 'sahel-enfance'),
  o('Terre des Enfants Unis', '', 'ngo', 'enfants-unis'),
  o('End Child Exploitation Network', 'ECEN', 'ngo', 'ecen'),
];

export const COMPANIES = [
  o('Microsoft', '', 'private', 'microsoft'),
  o('Google', '', 'private', 'google'),
  o('Meta', '', 'private', 'meta'),
  o('TikTok', '', 'private', 'tiktok'),
  o('Apple', '', 'private', 'apple'),
];

export const UNIVERSITIES = [
  o('Université Lumière Lyon 2', '', 'academia', 'univ-lyon2'),
  o('University of Cape Town', 'UCT', 'academia', 'uct'),
  o('Universidade de São Paulo', 'USP', 'academia', 'usp'),
  o('University of Melbourne', '', 'academia', 'unimelb'),
  o('Middlesex University London', '', 'academia', 'mdx'),
  o('Université Cheikh Anta Diop de Dakar', 'UCAD', 'academia', 'ucad'),
];

/** Positions by organisation type, in English and French, separated by '|'. */
export const POSITIONS: Record<OrganisationType | 'staff', { en: string; fr: string }> = {
  law_enforcement: {
    en: 'Detective Inspector|Head of Crimes against Children Unit|Victim Identification Specialist|Digital Forensics Analyst|Chief Superintendent|Liaison Officer|Anti-Trafficking Investigator|Child Protection Officer',
    fr: 'Commissaire divisionnaire|Chef de la brigade des mineurs|Officier de police judiciaire|Analyste criminel|Enquêteur spécialisé traite des personnes|Chargée de la protection de l’enfance|Commandant de brigade|Directeur adjoint',
  },
  international: {
    en: 'Programme Officer|Senior Analyst|Regional Coordinator|Child Protection Specialist',
    fr: 'Chargé de programme|Coordinatrice régionale|Spécialiste protection de l’enfance|Analyste principal',
  },
  regional: {
    en: 'Senior Specialist|Head of Unit|Policy Officer',
    fr: 'Chef d’unité|Chargée de mission|Spécialiste principal',
  },
  ngo: {
    en: 'Executive Director|Advocacy Manager|Hotline Analyst|Programme Manager',
    fr: 'Directrice exécutive|Responsable plaidoyer|Coordinateur de programme|Juriste',
  },
  private: {
    en: 'Trust & Safety Lead|Law Enforcement Response Manager|Child Safety Engineer',
    fr: 'Responsable confiance et sécurité',
  },
  academia: {
    en: 'Professor of Criminology|Research Fellow|Senior Lecturer',
    fr: 'Professeure de criminologie|Chercheur',
  },
  other: { en: 'Consultant', fr: 'Consultant' },
  staff: {
    en: 'Criminal Intelligence Officer|Conference Officer|Specialised Officer|Director of Police Services',
    fr: 'Officier de renseignement criminel|Chargée de conférence|Officier spécialisé',
  },
};
