/**
 * What each placeholder says for one person, in the document's language: names as written,
 * countries named in that language, days as a sentence ('14, 15 and 17 November 2026'), sessions
 * with their day. Certificates say what the person attended; letters what their passport says.
 */
import { countryName } from '../../../../shared/domain/countries';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { PlaceholderValues } from '../../../../shared/domain/document-template';
import {
  formatDay,
  formatDayList,
  formatDayRange,
  formatWeekday,
} from '../../../../shared/domain/time';
import type { VisaDetailsRecord } from './visa-details.repo';

export type DocumentLanguage = 'en' | 'fr';

export interface DocumentPerson {
  registrationId: number;
  title: string;
  givenNames: string;
  familyNames: string;
  position: string;
  organisationName: string;
  countryCode: string | null;
}

export interface AttendedSession {
  title: string;
  day: string;
  startMinute: number;
}

export type DocumentMeeting = Pick<
  Meeting,
  'title' | 'startDate' | 'endDate' | 'venue' | 'city' | 'countryCode'
>;

const country = (code: string | null, language: DocumentLanguage) =>
  code ? countryName(code, language) : '';

/** 'Lyon, France' or the venue, the city and the country, as far as they are known. */
export function placeOf(meeting: DocumentMeeting, language: DocumentLanguage): string {
  return [meeting.venue, meeting.city, country(meeting.countryCode, language)]
    .filter(Boolean)
    .join(', ');
}

/** The values every document offers: who, from where, which meeting, and the day of issue. */
function commonValues(
  person: DocumentPerson,
  meeting: DocumentMeeting,
  language: DocumentLanguage,
  today: string,
): PlaceholderValues {
  return {
    name: [person.givenNames, person.familyNames].filter(Boolean).join(' '),
    title: person.title,
    givenNames: person.givenNames,
    familyNames: person.familyNames,
    position: person.position,
    organisation: person.organisationName,
    country: country(person.countryCode, language),
    meeting: meeting.title,
    meetingDates: formatDayRange(meeting.startDate, meeting.endDate, language),
    place: placeOf(meeting, language),
    city: meeting.city,
    today: formatDay(today, language),
  };
}

/** A certificate's values: the days and sessions the person was present at. */
export function certificateValues(
  person: DocumentPerson,
  meeting: DocumentMeeting,
  attended: { days: readonly string[]; sessions: readonly AttendedSession[] },
  language: DocumentLanguage,
  today: string,
): PlaceholderValues {
  const sessions = [...attended.sessions]
    .sort((a, b) => a.day.localeCompare(b.day) || a.startMinute - b.startMinute)
    .map((s) => `${s.title} (${formatWeekday(s.day, language)})`);
  return {
    ...commonValues(person, meeting, language, today),
    days: formatDayList(attended.days, language),
    dayCount: attended.days.length.toLocaleString(language),
    sessions,
    sessionCount: sessions.length.toLocaleString(language),
  };
}

/** A visa letter's values: the passport as entered, and the stay the registration plans. */
export function visaLetterValues(
  person: DocumentPerson & {
    personNationalityCode: string | null;
    arrivalDate: string | null;
    departureDate: string | null;
  },
  details: VisaDetailsRecord | null,
  meeting: DocumentMeeting,
  language: DocumentLanguage,
  today: string,
): PlaceholderValues {
  const day = (value: string | null | undefined) => (value ? formatDay(value, language) : '');
  return {
    ...commonValues(person, meeting, language, today),
    nationality: country(details?.nationalityCode ?? person.personNationalityCode, language),
    passportNumber: details?.passportNumber ?? '',
    passportIssued: day(details?.passportIssuedOn),
    passportExpires: day(details?.passportExpiresOn),
    passportAuthority: details?.passportAuthority ?? '',
    dateOfBirth: day(details?.dateOfBirth),
    placeOfBirth: details?.placeOfBirth ?? '',
    // Without travel dates of their own, the letter invites them for the meeting's days.
    arrival: day(person.arrivalDate ?? meeting.startDate),
    departure: day(person.departureDate ?? meeting.endDate),
  };
}
