import { AppShell, Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LanguageSwitch } from './LanguageSwitch';
import { Navigation } from './Navigation';
import { NotFound } from './NotFound';
import { Suspense } from 'react';
import { Loader } from '@mantine/core';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { CountriesPage, OrganisationsPage, PeopleDirectoryPage, PersonPage } from './lazy-pages';
import { MeetingFormPage, MeetingOverviewPage, ParticipantsPage } from './lazy-pages';
import { AgendaPage, ImportPage, OrganisationPage, useLocationWithCode } from './lazy-pages';
import { DashboardPage, ExportCentrePage } from './lazy-pages';
import { DocumentsPage, VisaLettersPage } from './lazy-pages';
import { MeetingAuditPage, RetentionPage } from './lazy-pages';
import { OperatorButton } from '../features/audit/OperatorButton';
import { RetentionStartCheck } from '../features/privacy/RetentionStartCheck';
import { AttendancePage, DeskPage, SessionRosterPage } from './lazy-pages';
import { SettingsPage } from './lazy-pages';
import { DatabaseBanner } from '../features/settings/DatabaseBanner';

/** The desktop layout: header, navigation for meetings and their sections, and the page. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout />
    </Router>
  );
}

function Layout() {
  const { t } = useTranslation();
  const [navOpen, { toggle }] = useDisclosure();
  // While a page's code is on its way the previous page stays; the Suspense fallback below would
  // otherwise show, and React holds a revealed fallback for at least 300 ms.
  const [location] = useLocation();
  const pageLocation = useLocationWithCode(location);
  // The check-in desk takes the whole window: no header, no navigation.
  const fullWindow = /^\/meetings\/\d+\/desk(\/|$)/.test(pageLocation);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
        padding={fullWindow ? 0 : 'lg'}
        disabled={fullWindow}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger
                opened={navOpen}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('app.toggleNavigation')}
              />
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm">
              <OperatorButton />
              <LanguageSwitch />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('app.mainNavigation')}>
          <Navigation />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <DatabaseBanner />
          <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
            <Switch location={pageLocation}>
              <Route path="/">
                <Redirect to="/meetings" replace />
              </Route>
              <Route path="/meetings" component={MeetingsPage} />
              <Route path="/meetings/new" component={MeetingFormPage} />
              <Route path="/meetings/:id/edit" component={MeetingFormPage} />
              <Route path="/meetings/:id/participants" component={ParticipantsPage} />
              <Route path="/meetings/:id/import" component={ImportPage} />
              <Route path="/meetings/:id/agenda" component={AgendaPage} />
              <Route path="/meetings/:id/reports" component={DashboardPage} />
              <Route path="/meetings/:id/reports/exports" component={ExportCentrePage} />
              <Route path="/meetings/:id/reports/documents" component={DocumentsPage} />
              <Route path="/meetings/:id/reports/visa-letters" component={VisaLettersPage} />
              <Route path="/meetings/:id/changes" component={MeetingAuditPage} />
              <Route path="/meetings/:id/attendance" component={AttendancePage} />
              <Route
                path="/meetings/:id/attendance/sessions/:sessionId"
                component={SessionRosterPage}
              />
              <Route path="/meetings/:id/desk" component={DeskPage} />
              <Route path="/meetings/:id/desk/sessions/:sessionId" component={DeskPage} />
              <Route path="/meetings/:id" component={MeetingOverviewPage} />
              <Route path="/people" component={PeopleDirectoryPage} />
              <Route path="/people/:id" component={PersonPage} />
              <Route path="/organisations" component={OrganisationsPage} />
              <Route path="/organisations/:id" component={OrganisationPage} />
              <Route path="/countries" component={CountriesPage} />
              <Route path="/settings" component={SettingsPage} />
              <Route path="/privacy" component={RetentionPage} />
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </AppShell.Main>
      </AppShell>
      <RetentionStartCheck />
    </>
  );
}
