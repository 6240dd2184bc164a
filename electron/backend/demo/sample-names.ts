/**
 * Name pools for the generated sample participants, by naming tradition. Names are combined at
 * random, so every person is invented. Written compactly: names separated by '|', a name in
 * another script followed by '=' and its Latin transliteration (only used for the fictional
 * .example email address), and a family name that changes with gender as 'feminine/masculine'.
 */
export interface NamePool {
  female: string;
  male: string;
  family: string;
  /** Share of people known by one name only (stored as the family name, as typed). */
  oneName?: number;
}

/** A name as written, and in Latin letters. */
export interface SampleName {
  written: string;
  latin: string;
}

const parseName = (spec: string): SampleName => {
  const [written = '', latin] = spec.split('=');
  return { written, latin: latin ?? written };
};

/** The pool's given names for a gender, or its family names in that gender's form. */
export function poolNames(
  pool: NamePool,
  part: 'female' | 'male' | 'family',
  gender: 'female' | 'male',
): SampleName[] {
  return pool[part].split('|').map((spec) => {
    const forms = spec.split('/');
    return parseName((gender === 'female' ? forms[0] : forms[forms.length - 1]) ?? spec);
  });
}

export const NAME_POOLS = {
  westAfricaFr: {
    female:
      'Aïssata|Fatoumata|Aminata|Mariam|Kadiatou|Awa|Rokia|Adjoa|Sènami|Fifamè|Ramatoulaye|Ndèye|Salimata|Akossiwa|Oumou',
    male: 'Mamadou|Ousmane|Moussa|Ibrahim|Sékou|Abdoulaye|Boubacar|Koffi|Yao|Komi|Edem|Hervé|Gbêtondji|Issouf|Cheikh Tidiane|Hamidou',
    family:
      'Diallo|Traoré|Keïta|Coulibaly|Ouédraogo|Sawadogo|Kaboré|Koné|Touré|Sylla|Ndiaye|Diop|Fall|Sow|Agbodjan|Houngbédji|Adjovi|Dossou|Zinsou|Kpadonou|Amégah|Maïga|Hamani|Kouassi|Konan|N’Guessan|Bamba|Mahamat|Abakar',
  },
  westAfricaEn: {
    female: 'Ama|Akosua|Efua|Ngozi|Funmilayo|Aisha|Blessing|Fatmata|Isatou|Adaeze',
    male: 'Kwame|Kofi|Yaw|Chinedu|Oluwaseun|Emeka|Abubakar|Tunde|Musa|Momodou',
    family:
      'Mensah|Owusu|Boateng|Asante|Okafor|Adeyemi|Eze|Bello|Okonkwo|Jallow|Ceesay|Kamara|Sesay|Koroma|Kollie|Freeman',
  },
  sahelArabic: {
    female: 'Mariem|Aïcha|Khadijetou|Zeinabou|Hawa|Achta',
    male: 'Mohamed Lemine|Sidi|Ahmedou|Brahim|Abdelkader|Hassane',
    family: 'Ould Cheikh|Mint Ahmed|Ould Sidi|Ould Mohamed|Abdallah|Ahmat|Idriss',
  },
  eastAfrica: {
    female: 'Wanjiru|Achieng|Nakato|Uwase|Neema|ትዕግስት=Tigist|መቅደስ=Mekdes',
    male: 'Otieno|Kiprop|Mugisha|Habimana|Baraka|አበበ=Abebe|ዳዊት=Dawit',
    family: 'Kamau|Odhiambo|Mutua|Nsubuga|Niyonzima|Mwangi|ከበደ=Kebede|ታደሰ=Tadesse',
  },
  southernAfrica: {
    female: 'Nomvula|Lerato|Anele|Thandiwe|Karabo',
    male: 'Thabo|Sipho|Pieter|Lwazi|Themba',
    family: 'Nkosi|Dlamini|Mokoena|van der Merwe|Naidoo|Botha|Khumalo',
  },
  central: {
    female: 'Ngono|Clarisse|Mireille|Brigitte',
    male: 'Jean-Pierre|Emmanuel|Serge|Achille',
    family: 'Mbarga|Fotso|Nkoulou|Essomba|Tchatchoua|Ngo Bakang',
  },
  french: {
    female: 'Camille|Élodie|Hélène|Chloé|Anaïs|Gaëlle|Maëlle|Sophie|Isabelle',
    male: 'Julien|Mathieu|François|Sébastien|Benoît|Jérôme|Théo|Nicolas',
    family:
      'Lefèvre|Moreau|Girard|Fontaine|Rousseau|Lambert|Chevalier|Garnier|Faure|Mercier|Dupuis|Lemoine|Peeters|Rochat',
  },
  english: {
    female: 'Emily|Olivia|Sarah|Hannah|Grace|Chloe|Aroha|Siobhan|Keisha',
    male: 'James|Daniel|Michael|Thomas|Liam|Nathan|Tane|Declan|Andre',
    family:
      'Walker|Thompson|Bennett|Hughes|Carter|Mitchell|Reid|Foster|Hayes|Brooks|Campbell|Morgan|O’Connor|MacLeod|Ngata',
  },
  spanish: {
    female: 'Lucía|María José|Valentina|Camila|Sofía|Ximena|Daniela',
    male: 'Alejandro|Javier|Diego|Andrés|Mateo|Santiago|José Luis',
    family:
      'García Núñez|Rodríguez|Martínez Peña|Hernández|López Ortega|Ramírez|Castillo|Vargas|Muñoz|Fernández de la Vega|Quispe|Mamani',
  },
  portuguese: {
    female: 'Ana Beatriz|Luísa|Inês|Mariana|Thaís|Gabriela',
    male: 'João|Tiago|Gonçalo|Rafael|Luiz Fernando|Caio',
    family: 'Silva|Santos|Oliveira|Pereira|Costa|Ferreira|Gonçalves|Araújo|da Conceição',
  },
  german: {
    female: 'Lena|Katrin|Anja|Sabine|Jana',
    male: 'Jonas|Matthias|Lukas|Jürgen|Tobias',
    family: 'Müller|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Köhler',
  },
  dutch: {
    female: 'Sanne|Femke|Lotte|Annelies',
    male: 'Daan|Joris|Pieter-Jan|Wouter',
    family: 'de Vries|van den Berg|Jansen|Bakker|Visser|de Jong|Claes',
  },
  italian: {
    female: 'Giulia|Chiara|Francesca|Elisa',
    male: 'Marco|Alessandro|Luca|Davide',
    family: 'Rossi|Bianchi|Esposito|Romano|Colombo|Ricci|De Luca',
  },
  nordic: {
    female: 'Astrid|Ingrid|Sigrid|Maja|Ebba',
    male: 'Erik|Lars|Håkon|Oskar|Nils',
    family: 'Johansson|Lindqvist|Hansen|Berg|Solberg|Ødegaard|Åberg',
  },
  polish: {
    female: 'Agnieszka|Katarzyna|Małgorzata|Zofia',
    male: 'Paweł|Tomasz|Grzegorz|Wojciech',
    family: 'Nowak|Wójcik|Kaczmarek|Mazur|Krawczyk|Wiśniewska/Wiśniewski',
  },
  romanian: {
    female: 'Ioana|Elena|Andreea|Raluca',
    male: 'Andrei|Mihai|Bogdan|Radu',
    family: 'Popescu|Ionescu|Constantinescu|Dumitru|Stoica',
  },
  greek: {
    female: 'Ελένη=Eleni|Μαρία=Maria|Κατερίνα=Katerina|Δήμητρα=Dimitra',
    male: 'Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas|Σπύρος=Spyros',
    family:
      'Παπαδοπούλου=Papadopoulou/Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou/Γεωργίου=Georgiou|Οικονόμου=Oikonomou/Οικονόμου=Oikonomou|Νικολάου=Nikolaou/Νικολάου=Nikolaou',
  },
  ukrainian: {
    female: 'Олена=Olena|Ірина=Iryna|Оксана=Oksana',
    male: 'Андрій=Andrii|Дмитро=Dmytro|Тарас=Taras',
    family: 'Шевчук=Shevchuk|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko',
  },
  bulgarian: {
    female: 'Мария=Maria|Десислава=Desislava|Гергана=Gergana',
    male: 'Георги=Georgi|Стоян=Stoyan|Иван=Ivan',
    family:
      'Иванова=Ivanova/Иванов=Ivanov|Петрова=Petrova/Петров=Petrov|Димитрова=Dimitrova/Димитров=Dimitrov',
  },
  maghreb: {
    female: 'Fatima Zahra|Nadia|Samira|Leïla|Amira|Salma|Imane',
    male: 'Youssef|Karim|Mehdi|Rachid|Omar|Hassan|Walid',
    family: 'El Amrani|Benali|Haddad|Mansour|Chaouch|Belkacem|Bensaïd|Trabelsi|Ait Ouarab',
  },
  mashriq: {
    female: 'فاطمة=Fatima|ليلى=Layla|ريم=Reem|Nour|Rania',
    male: 'يوسف=Youssef|عمر=Omar|حسن=Hassan|Khaled|Tarek',
    family: 'حداد=Haddad|منصور=Mansour|خليل=Khalil|صالح=Saleh|Al Mansoori|Nasser|Azzam|Khoury',
  },
  southAsia: {
    female: 'Priya|Ananya|Deepa|Kavya|प्रिया=Priya|Nimali',
    male: 'Arjun|Rahul|Vikram|Sanjay|अर्जुन=Arjun|Chaminda',
    family: 'Sharma|Iyer|Reddy|Nair|Gupta|शर्मा=Sharma|Perera|Fernando|Jayasuriya',
  },
  chinese: {
    female: '芳=Fang|静=Jing|婷=Ting|秀英=Xiuying',
    male: '伟=Wei|磊=Lei|强=Qiang|建华=Jianhua',
    family: '王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang',
  },
  japanese: {
    female: '美咲=Misaki|由美=Yumi|彩=Aya|真理子=Mariko',
    male: '健太=Kenta|翔=Sho|大輔=Daisuke|拓也=Takuya',
    family: '佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|中村=Nakamura',
  },
  korean: {
    female: '서연=Seoyeon|하은=Haeun|지현=Jihyun',
    male: '민준=Minjun|도윤=Doyun|성호=Sungho',
    family: '김=Kim|이=Lee|박=Park|최=Choi|정=Jung',
  },
  thai: {
    female: 'สุดา=Suda|นภา=Napa|กมลา=Kamala',
    male: 'สมชาย=Somchai|วิชัย=Wichai|ธนากร=Thanakorn',
    family: 'ศรีสุข=Srisuk|วงศ์ไทย=Wongthai|แสงทอง=Saengthong|บุญมา=Boonma',
  },
  vietnamese: {
    female: 'Lan|Hương|Thảo|Ngọc Anh',
    male: 'Minh|Tuấn|Quang|Đức Huy',
    family: 'Nguyễn|Trần|Lê|Phạm|Hoàng|Võ',
  },
  malay: {
    female: 'Siti|Dewi|Nurul|Putri|Mei Ling',
    male: 'Budi|Agus|Hafiz|Rizal|Wei Jie',
    family: 'Santoso|Wijaya|Rahman|Abdullah|Hidayat|Lim|Tan',
    oneName: 0.2,
  },
  filipino: {
    female: 'Maria Cristina|Angelica|Rowena|Jasmine',
    male: 'Jose Miguel|Mark Anthony|Ramon|Paolo',
    family: 'Santos|Reyes|Cruz|Bautista|Dela Cruz|Villanueva',
  },
  pacific: {
    female: 'Mere|Losana|Salote|Ana',
    male: 'Josaia|Viliame|Sitiveni|Tevita',
    family: 'Naivalu|Waqa|Tuikabe|Nadolo|Rokotuiloma',
  },
} as const satisfies Record<string, NamePool>;

export type NameTradition = keyof typeof NAME_POOLS;
