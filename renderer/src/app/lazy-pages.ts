import { lazy } from 'react';

/**
 * Pages loaded on first visit, so the first screen does not wait for form and validation code
 * (zod, react-hook-form, country and language lists).
 */
export const MeetingFormPage = lazy(() =>
  import('../features/meetings/MeetingFormPage').then((m) => ({ default: m.MeetingFormPage })),
);
export const MeetingOverviewPage = lazy(() =>
  import('../features/meetings/MeetingOverviewPage').then((m) => ({
    default: m.MeetingOverviewPage,
  })),
);
const participantsPage = () => import('../features/participants/ParticipantsPage');
export const ParticipantsPage = lazy(() =>
  participantsPage().then((m) => ({ default: m.ParticipantsPage })),
);
export const ImportPage = lazy(() =>
  import('../features/imports/ImportPage').then((m) => ({ default: m.ImportPage })),
);
export const PeopleDirectoryPage = lazy(() =>
  import('../features/people/PeopleDirectoryPage').then((m) => ({
    default: m.PeopleDirectoryPage,
  })),
);
export const PersonPage = lazy(() =>
  import('../features/people/PersonPage').then((m) => ({ default: m.PersonPage })),
);
export const OrganisationsPage = lazy(() =>
  import('../features/organisations/OrganisationsPage').then((m) => ({
    default: m.OrganisationsPage,
  })),
);
export const OrganisationPage = lazy(() =>
  import('../features/organisations/OrganisationPage').then((m) => ({
    default: m.OrganisationPage,
  })),
);
const countriesPage = () => import('../features/countries/CountriesPage');
export const CountriesPage = lazy(() =>
  countriesPage().then((m) => ({ default: m.CountriesPage })),
);

/** Screens a fresh page load may open on, by the address's hash, with the code they need. */
const PRELOADS: [RegExp, () => Promise<unknown>][] = [
  [/^#\/meetings\/\d+\/participants\/?$/, participantsPage],
  [/^#\/countries\/?$/, countriesPage],
];

/** Starts fetching the code of the screen at `hash` while the app boots, instead of after. */
export function preloadPage(hash: string): void {
  for (const [route, load] of PRELOADS) if (route.test(hash)) void load();
}
export const MeetingAuditPage = lazy(() =>
  import('../features/audit/MeetingAuditPage').then((m) => ({ default: m.MeetingAuditPage })),
);
export const RetentionPage = lazy(() =>
  import('../features/privacy/RetentionPage').then((m) => ({ default: m.RetentionPage })),
);
export const AgendaPage = lazy(() =>
  import('../features/agenda/AgendaPage').then((m) => ({ default: m.AgendaPage })),
);
export const DashboardPage = lazy(() =>
  import('../features/reports/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
export const ExportCentrePage = lazy(() =>
  import('../features/reports/ExportCentrePage').then((m) => ({ default: m.ExportCentrePage })),
);
export const DocumentsPage = lazy(() =>
  import('../features/reports/documents/DocumentsPage').then((m) => ({
    default: m.DocumentsPage,
  })),
);
export const VisaLettersPage = lazy(() =>
  import('../features/reports/documents/VisaLettersPage').then((m) => ({
    default: m.VisaLettersPage,
  })),
);
export const AttendancePage = lazy(() =>
  import('../features/attendance/AttendancePage').then((m) => ({ default: m.AttendancePage })),
);
export const SessionRosterPage = lazy(() =>
  import('../features/attendance/SessionRosterPage').then((m) => ({
    default: m.SessionRosterPage,
  })),
);
export const DeskPage = lazy(() =>
  import('../features/attendance/desk/DeskPage').then((m) => ({ default: m.DeskPage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
