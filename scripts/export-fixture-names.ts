/** Invented people and places for scripts/make-export-fixtures.ts (every address is .example). */

// Organisations by country, with a mail domain (all under .example, so no address is real).
export const PLACES: [country: string, organisation: string, domain: string, prefix: string][] = [
  ['Egypt', 'Ministry of Interior', 'moi-eg.example', '+20 2'],
  ['Sudan', 'Ministry of Interior', 'moi-sd.example', '+249 18'],
  ['France', 'Office mineurs (OFMIN)', 'interieur-fr.example', '+33 1'],
  ['Senegal', 'Police nationale', 'police-sn.example', '+221 33'],
  ['Mali', 'Police nationale', 'police-ml.example', '+223 20'],
  ['Spain', 'Policía Nacional', 'policia-es.example', '+34 91'],
  ['China', 'Ministry of Public Security', 'mps-cn.example', '+86 10'],
  ['Vietnam', 'Ministry of Public Security', 'mps-vn.example', '+84 24'],
  ['South Korea', 'Korean National Police Agency', 'police-kr.example', '+82 2'],
  ['United Kingdom', 'National Crime Agency', 'nca-uk.example', '+44 20'],
  ['United States', 'Homeland Security Investigations', 'hsi-us.example', '+1 202'],
  ['Brazil', 'Polícia Federal', 'pf-br.example', '+55 61'],
  ['India', 'Central Bureau of Investigation', 'cbi-in.example', '+91 11'],
  ['Nigeria', 'Nigeria Police Force', 'npf-ng.example', '+234 9'],
  ['Kenya', 'National Police Service', 'nps-ke.example', '+254 20'],
  ['Philippines', 'Philippine National Police', 'pnp-ph.example', '+63 2'],
  ['Thailand', 'Royal Thai Police', 'rtp-th.example', '+66 2'],
  ['Jordan', 'Public Security Directorate', 'psd-jo.example', '+962 6'],
  ['Morocco', 'Direction générale de la sûreté nationale', 'dgsn-ma.example', '+212 537'],
  ['Germany', 'Bundeskriminalamt', 'bka-de.example', '+49 611'],
  ['Côte d’Ivoire', 'Police nationale', 'police-ci.example', '+225 27'],
  ['Netherlands', 'Europol', 'europol.example', '+31 70'],
  ['France', 'INTERPOL', 'interpol.example', '+33 4'],
  ['Austria', 'UNODC', 'unodc.example', '+43 1'],
  ['Ireland', 'Meta', 'meta.example', '+353 1'],
];

// Given and family names by the country's index in PLACES; combined without repeating a name.
export const NAMES: [given: string[], family: string[]][] = [
  [
    ['Omar', 'Yasmin', 'Karim', 'Nour'],
    ['Mahmoud', 'Saleh', 'Fathy'],
  ],
  [
    ['Abdelrahman', 'Amna', 'Osman'],
    ['Elamin', 'Babiker', 'Idris'],
  ],
  [
    ['Claire', 'Julien', 'Sophie', 'Thomas'],
    ['Moreau', 'Lefèvre', 'Girard'],
  ],
  [
    ['Aminata', 'Cheikh', 'Mariama'],
    ['Ndiaye', 'Sow', 'Faye'],
  ],
  [
    ['Aïssata', 'Modibo', 'Kadiatou'],
    ['Traoré', 'Keïta', 'Coulibaly'],
  ],
  [
    ['Lucía', 'Javier', 'Carmen'],
    ['Fernández', 'Martín', 'Ruiz'],
  ],
  [
    ['Min', 'Fang', 'Yang'],
    ['Zhang', 'Wang', 'Liu'],
  ],
  [
    ['Thi Lan', 'Minh Tuấn', 'Thu Hà'],
    ['Trần', 'Phạm', 'Lê'],
  ],
  [
    ['Seo-yeon', 'Ji-ho', 'Hyun-woo'],
    ['Park', 'Choi', 'Jung'],
  ],
  [
    ['Emma', 'Oliver', 'Charlotte'],
    ['Taylor', 'Brown', 'Evans'],
  ],
  [
    ['Jennifer', 'Michael', 'Ashley'],
    ['Johnson', 'Miller', 'Davis'],
  ],
  [
    ['Ana', 'Rafael', 'Beatriz'],
    ['Souza', 'Oliveira', 'Lima'],
  ],
  [
    ['Priya', 'Rahul', 'Ananya'],
    ['Sharma', 'Iyer', 'Gupta'],
  ],
  [
    ['Chiamaka', 'Emeka', 'Ngozi'],
    ['Okafor', 'Adeyemi', 'Bello'],
  ],
  [
    ['Wanjiru', 'Otieno', 'Achieng'],
    ['Kamau', 'Mwangi', 'Njoroge'],
  ],
  [
    ['Maricel', 'Jose', 'Kristine'],
    ['Reyes', 'Santos', 'Bautista'],
  ],
  [
    ['Somchai', 'Nattaya', 'Anan'],
    ['Srisuk', 'Chaiyaporn', 'Wongsa'],
  ],
  [
    ['Lina', 'Khaled', 'Rania'],
    ['Haddad', 'Nasser', 'Khoury'],
  ],
  [
    ['Youssef', 'Salma', 'Hicham'],
    ['El Idrissi', 'Benali', 'Tazi'],
  ],
  [
    ['Lena', 'Jonas', 'Katrin'],
    ['Schneider', 'Weber', 'Becker'],
  ],
  [
    ['Adjoua', 'Koffi', 'Affoué'],
    ['Kouassi', 'Yao', "N'Guessan"],
  ],
  [
    ['Pieter', 'Sanne', 'Daan'],
    ['de Vries', 'Jansen', 'Bakker'],
  ],
  [
    ['Isabel', 'Marc', 'Hélène'],
    ['Dubois', 'Rossi', 'Novak'],
  ],
  [
    ['Ingrid', 'Tomasz', 'Elena'],
    ['Hofer', 'Kowalski', 'Petrova'],
  ],
  [
    ['Siobhan', 'Conor', 'Aoife'],
    ['Murphy', 'Byrne', 'Walsh'],
  ],
];

export const POSITIONS = [
  'Head of unit',
  'Investigator',
  'Criminal intelligence analyst',
  'Victim identification specialist',
  'Detective inspector',
  'Policy officer',
];

// Eight pairs of namesakes working for the same organisation, each with their own address: the
// registrar must end up with sixteen people, not eight.
export const NAMESAKES: [given: string, family: string, place: number, emails: [string, string]][] =
  [
    ['Mohamed', 'Ali', 0, ['m.ali@moi-eg.example', 'mohamed.ali@moi-sd.example']],
    ['Ahmed', 'Hassan', 22, ['a.hassan@interpol.example', 'ahmed.hassan@interpol.example']],
    ['María', 'García', 5, ['maria.garcia@policia-es.example', 'mgarcia2@policia-es.example']],
    ['Wei', 'Li', 6, ['li.wei@mps-cn.example', 'wei.li@mps-cn.example']],
    ['Min-jun', 'Kim', 8, ['minjun.kim@police-kr.example', 'kim.mj@police-kr.example']],
    ['David', 'Smith', 9, ['david.smith@nca-uk.example', 'd.smith2@nca-uk.example']],
    ['Fatou', 'Diop', 3, ['fatou.diop@police-sn.example', 'f.diop@police-sn.example']],
    ['Văn Hùng', 'Nguyễn', 7, ['hung.nguyen@mps-vn.example', 'nguyen.vh@mps-vn.example']],
  ];

// West African and Sahel participants of the regional workshop who are not on the Indico list.
export const WEST_AFRICA: [string, string, string, string][] = [
  ['Bénin', 'Police républicaine', 'police-bj.example', '+229 21'],
  ['Burkina Faso', 'Police nationale', 'police-bf.example', '+226 25'],
  ['Niger', 'Police nationale', 'police-ne.example', '+227 20'],
  ['Tchad', 'Police nationale', 'police-td.example', '+235 22'],
  ['Mauritanie', 'Direction générale de la sûreté nationale', 'dgsn-mr.example', '+222 45'],
  ['Togo', 'Police nationale', 'police-tg.example', '+228 22'],
  [
    'Guinée',
    'Office de protection du genre, de l’enfance et des mœurs',
    'oprogem-gn.example',
    '+224 62',
  ],
  [
    'Sénégal',
    'Direction des droits, de la protection de l’enfance',
    'enfance-sn.example',
    '+221 33',
  ],
];
export const WA_GIVEN = [
  'Adjoa',
  'Moussa',
  'Rokia',
  'Issa',
  'Mariam',
  'Boubacar',
  'Hawa',
  'Seydou',
  'Ramatou',
];
export const WA_FAMILY = [
  'Ouédraogo',
  'Maïga',
  'Hounkpatin',
  'Mahamat',
  'Ould Ahmed',
  'Agbodjan',
  'Camara',
  'Sarr',
];

export const FEMALE = new Set(
  'Yasmin Nour Amna Claire Sophie Aminata Mariama Aïssata Kadiatou Lucía Carmen Fang Thi Lan Thu Hà Seo-yeon Emma Charlotte Jennifer Ashley Ana Beatriz Priya Ananya Chiamaka Ngozi Wanjiru Achieng Maricel Kristine Nattaya Lina Rania Salma Lena Katrin Adjoua Affoué Sanne Isabel Hélène Ingrid Elena Siobhan Aoife María Fatou Adjoa Rokia Mariam Hawa Ramatou'.split(
    ' ',
  ),
);
export const civility = (given: string) => (FEMALE.has(given.split(' ')[0]!) ? 'Mme' : 'M.');
