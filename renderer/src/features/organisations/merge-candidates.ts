import { normaliseName } from '../../../../shared/domain/people';
import type { Organisation } from './organisations.store';

/**
 * True when two organisations look like the same one typed twice ("INTERPOL" / "Interpol",
 * "Police nationale" / "Police Nationale (France)", same acronym), so the merge picker can offer
 * them first.
 */
export function looksLikeDuplicate(a: Organisation, b: Organisation): boolean {
  const nameA = normaliseName(a.name);
  const nameB = normaliseName(b.name);
  const acrA = normaliseName(a.acronym);
  const acrB = normaliseName(b.acronym);
  if (nameA === nameB) return true;
  if (acrA && (acrA === acrB || acrA === nameB)) return true;
  if (acrB && acrB === nameA) return true;
  const shorter = nameA.length < nameB.length ? nameA : nameB;
  const longer = shorter === nameA ? nameB : nameA;
  // Containment only counts for names long enough not to match by accident ("UN" in "UNODC").
  return shorter.length >= 6 && longer.includes(shorter);
}

/** The organisation's name as listed in pickers: "Name (ACR)". */
export function organisationLabel(o: Pick<Organisation, 'name' | 'acronym'>): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}
