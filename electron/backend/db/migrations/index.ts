import type { Migration } from '../migrate';
import settings from './0010-settings';
import meetings from './0020-meetings';
import people from './0030-people';
import personNameIndex from './0040-person-name-index';
import searchWords from './0060-search-words';
import meetingSearch from './0090-meeting-search';
import agenda from './0100-agenda';
import attendance from './0110-attendance';
import registrationConsent from './0200-registration-consent';
import documentTemplates from './0210-document-templates';
import visaDetails from './0220-visa-details';
import countriesSeed from './0300-countries-seed';
import retention from './0400-retention';
import audit from './0410-audit';
import auditListingConsent from './0420-audit-listing-consent';
import auditImportsAtOnce from './0430-audit-imports-at-once';

/** Every schema step, in order; append new ones at the end. */
export const migrations: readonly Migration[] = [
  settings,
  meetings,
  people,
  personNameIndex,
  searchWords,
  meetingSearch,
  agenda,
  attendance,
  registrationConsent,
  documentTemplates,
  visaDetails,
  countriesSeed,
  retention,
  audit,
  auditListingConsent,
  auditImportsAtOnce,
];
