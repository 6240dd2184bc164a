import type { TFunction } from 'i18next';
import { countryName } from '../../../../shared/domain/countries';
import { languageName } from '../../../../shared/domain/languages';
import { formatDayRange } from '../../../../shared/domain/time';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { ParticipantFigures } from '../../../../shared/domain/participant-figures';
import { noneExpectedText } from '../../ui/participant-headline';

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

/** A meetings-list cell: '183 expected' over 'of 230 on the list', with the headline's words. */
export function participantsLabel(
  t: TFunction,
  figures: Pick<ParticipantFigures, 'total' | 'expected' | 'byStatus'>,
  language: string,
): { main: string; secondary: string | null; strong: boolean; muted: boolean } {
  if (figures.total === 0)
    return { main: t('meetings.list.nobody'), secondary: null, strong: false, muted: true };
  if (figures.expected === 0)
    return {
      main: noneExpectedText(t, figures.byStatus, language),
      secondary: null,
      strong: false,
      muted: false,
    };
  return {
    main: t('meetings.list.expected', { count: figures.expected }),
    secondary:
      figures.total > figures.expected
        ? t('meetings.list.ofTotal', { count: figures.total })
        : null,
    strong: true,
    muted: false,
  };
}
