import type { TFunction } from 'i18next';
import { countryName } from '../../../../shared/domain/countries';
import { languageName } from '../../../../shared/domain/languages';
import { formatDayRange } from '../../../../shared/domain/time';
import type { Meeting } from '../../../../shared/domain/meeting';

/** 'Lyon, France' in the UI language, or '' when neither is known. */
export function placeLabel(m: Pick<Meeting, 'city' | 'countryCode'>, language: string): string {
  const country = m.countryCode ? countryName(m.countryCode, language) : '';
  return [m.city, country].filter(Boolean).join(', ');
}

export function datesLabel(m: Pick<Meeting, 'startDate' | 'endDate'>, language: string): string {
  return formatDayRange(m.startDate, m.endDate, language);
}

export function languagesLabel(codes: string[], language: string): string {
  return codes.map((c) => languageName(c, language)).join(', ');
}

export function kindLabel(t: TFunction, kind: Meeting['kind']): string {
  return t(`meetingKind.${kind}`);
}
