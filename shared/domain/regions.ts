import type { PoliceRegion } from './people';

/** Where UN M49 places a country: region and sub-region names as the standard spells them. */
export interface M49Placement {
  alpha3: string;
  m49Region: string;
  m49Subregion: string;
}

// Arab states of M49's Western Asia, which sit in the police organisation's Middle East and North
// Africa region; the other Western Asian states (Armenia, Azerbaijan, Cyprus, Georgia, Israel,
// Türkiye) take part in its European region.
const MENA_WESTERN_ASIA = new Set([
  'ARE',
  'BHR',
  'IRQ',
  'JOR',
  'KWT',
  'LBN',
  'OMN',
  'PSE',
  'QAT',
  'SAU',
  'SYR',
  'YEM',
]);

/**
 * The police organisation's region a country falls in by default, derived from UN M49: Northern
 * Africa (Sudan and Western Sahara included) and the Arab states of Western Asia → MENA; the rest of
 * Africa → Africa; the Americas; Europe with the rest of Western Asia → Europe; the rest of Asia
 * (Iran and Central Asia included) and Oceania → Asia and South Pacific. Organisers adjust
 * exceptions country by country. Null when M49 places it nowhere (Antarctica).
 */
export function defaultPoliceRegion(p: M49Placement): PoliceRegion | null {
  switch (p.m49Region) {
    case 'Africa':
      return p.m49Subregion === 'Northern Africa' ? 'mena' : 'africa';
    case 'Americas':
      return 'americas';
    case 'Europe':
      return 'europe';
    case 'Oceania':
      return 'asia_south_pacific';
    case 'Asia':
      if (p.m49Subregion !== 'Western Asia') return 'asia_south_pacific';
      return MENA_WESTERN_ASIA.has(p.alpha3) ? 'mena' : 'europe';
    default:
      return null;
  }
}
