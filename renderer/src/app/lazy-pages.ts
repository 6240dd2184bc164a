import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

/**
 * A page whose code is fetched on first need. Once its code is in (preloaded while the app boots or
 * when the address changes), the page renders at once instead of
 * suspending: a Suspense fallback, once shown, holds the page back for at least 300 ms (React
 * throttles revealing it), which was most of a cold load's and a first visit's time. No page is
 * preloaded in idle time: it measurably slowed a 10,000-row list opened meanwhile, and a page's
 * code arrives in milliseconds when it is asked for.
 */
export interface LazyPage<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Fetches and runs the page's code (and its first data, if any); the same promise every call. */
  preload(): Promise<unknown>;
  /** True once the page's code (and first data) is in: it then renders without suspending. */
  isLoaded(): boolean;
}

function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  firstData?: () => Promise<unknown>,
): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), firstData?.()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a later visit tries again
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    // Chosen once per mount: switching from one to the other would remount the page.
    const [direct] = useState(() => loaded);
    return createElement(direct ?? Suspending, props);
  }
  return Object.assign(Page, { preload, isLoaded: () => loaded !== undefined });
}

// Pages loaded on first visit, so the first screen does not wait for form and validation code
// (zod, react-hook-form, country and language lists).
export const MeetingFormPage = lazyPage(() =>
  import('../features/meetings/MeetingFormPage').then((m) => m.MeetingFormPage),
);
export const MeetingOverviewPage = lazyPage(() =>
  import('../features/meetings/MeetingOverviewPage').then((m) => m.MeetingOverviewPage),
);
export const ParticipantsPage = lazyPage(() =>
  import('../features/participants/ParticipantsPage').then((m) => m.ParticipantsPage),
);
export const ImportPage = lazyPage(() =>
  import('../features/imports/ImportPage').then((m) => m.ImportPage),
);
export const PeopleDirectoryPage = lazyPage(() =>
  import('../features/people/PeopleDirectoryPage').then((m) => m.PeopleDirectoryPage),
);
export const PersonPage = lazyPage(() =>
  import('../features/people/PersonPage').then((m) => m.PersonPage),
);
export const OrganisationsPage = lazyPage(() =>
  import('../features/organisations/OrganisationsPage').then((m) => m.OrganisationsPage),
);
export const OrganisationPage = lazyPage(() =>
  import('../features/organisations/OrganisationPage').then((m) => m.OrganisationPage),
);
// The list comes with the code (its request started with the address change): the screen's first
// paint has its rows, rather than an empty frame and then a second, heavier render.
export const CountriesPage = lazyPage(
  () => import('../features/countries/CountriesPage').then((m) => m.CountriesPage),
  () =>
    import('../features/countries/countries.store').then((m) =>
      m.useCountriesStore.getState().load(),
    ),
);
export const AgendaPage = lazyPage(() =>
  import('../features/agenda/AgendaPage').then((m) => m.AgendaPage),
);
export const DashboardPage = lazyPage(() =>
  import('../features/reports/DashboardPage').then((m) => m.DashboardPage),
);
export const ExportCentrePage = lazyPage(() =>
  import('../features/reports/ExportCentrePage').then((m) => m.ExportCentrePage),
);
export const DocumentsPage = lazyPage(() =>
  import('../features/reports/documents/DocumentsPage').then((m) => m.DocumentsPage),
);
export const VisaLettersPage = lazyPage(() =>
  import('../features/reports/documents/VisaLettersPage').then((m) => m.VisaLettersPage),
);
export const AttendancePage = lazyPage(() =>
  import('../features/attendance/AttendancePage').then((m) => m.AttendancePage),
);
export const SessionRosterPage = lazyPage(() =>
  import('../features/attendance/SessionRosterPage').then((m) => m.SessionRosterPage),
);
export const DeskPage = lazyPage(() =>
  import('../features/attendance/desk/DeskPage').then((m) => m.DeskPage),
);
export const MeetingAuditPage = lazyPage(() =>
  import('../features/audit/MeetingAuditPage').then((m) => m.MeetingAuditPage),
);
export const RetentionPage = lazyPage(() =>
  import('../features/privacy/RetentionPage').then((m) => m.RetentionPage),
);
export const SettingsPage = lazyPage(() =>
  import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
);

/** Each page by the addresses it serves (the same patterns as the routes in App.tsx). */
const PAGES: [RegExp, LazyPage<never>][] = [
  [/^#\/meetings\/new\/?$/, MeetingFormPage],
  [/^#\/meetings\/\d+\/edit\/?$/, MeetingFormPage],
  [/^#\/meetings\/\d+\/participants\/?$/, ParticipantsPage],
  [/^#\/meetings\/\d+\/import\/?$/, ImportPage],
  [/^#\/meetings\/\d+\/agenda\/?$/, AgendaPage],
  [/^#\/meetings\/\d+\/reports\/?$/, DashboardPage],
  [/^#\/meetings\/\d+\/reports\/exports\/?$/, ExportCentrePage],
  [/^#\/meetings\/\d+\/reports\/documents\/?$/, DocumentsPage],
  [/^#\/meetings\/\d+\/reports\/visa-letters\/?$/, VisaLettersPage],
  [/^#\/meetings\/\d+\/attendance\/?$/, AttendancePage],
  [/^#\/meetings\/\d+\/attendance\/sessions\/\d+\/?$/, SessionRosterPage],
  [/^#\/meetings\/\d+\/desk(\/sessions\/\d+)?\/?$/, DeskPage],
  [/^#\/meetings\/\d+\/changes\/?$/, MeetingAuditPage],
  [/^#\/meetings\/\d+\/?$/, MeetingOverviewPage],
  [/^#\/people\/?$/, PeopleDirectoryPage],
  [/^#\/people\/\d+\/?$/, PersonPage],
  [/^#\/organisations\/?$/, OrganisationsPage],
  [/^#\/organisations\/\d+\/?$/, OrganisationPage],
  [/^#\/countries\/?$/, CountriesPage],
  [/^#\/settings\/?$/, SettingsPage],
  [/^#\/privacy\/?$/, RetentionPage],
];

/**
 * Starts fetching the code of the page at `hash` (the app boots, or the address changes) instead
 * of once it renders; resolves when it is in, or at once for a screen in the main bundle.
 */
export function preloadPage(hash: string): Promise<unknown> {
  const page = pageAt(hash);
  return page ? page.preload().catch(() => undefined) : Promise.resolve();
}

const pageAt = (hash: string) => PAGES.find(([route]) => route.test(hash))?.[1];

/**
 * The location to show a page for: `location` once its page's code is in, and until then the
 * previous one, so the previous page stays on screen while the next one's code arrives (a few
 * milliseconds) instead of a spinner that React would then keep for 300 ms. A failed load goes
 * on to the page, whose own load then fails into the error boundary.
 */
export function useLocationWithCode(location: string): string {
  const loaded = pageAt(`#${location}`)?.isLoaded() ?? true;
  const [ready, setReady] = useState(location);
  // The last location shown: what stays on screen while the next page's code arrives.
  if (loaded && ready !== location) setReady(location);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void preloadPage(`#${location}`).then(() => {
      if (current) setReady(location);
    });
    return () => {
      current = false;
    };
  }, [location, loaded]);
  return loaded ? location : ready;
}
