import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { StrictMode, type ReactNode } from 'react';
import { Alert, Button, Center, MantineProvider, Stack, Title } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { App } from './app/App';
import { i18next, initI18n, prefetchMessages, systemLanguage } from './i18n';
import { call } from './lib/api';
import { theme } from './app/theme';
import { useSettingsStore } from './app/settings.store';
import { DatabaseGate } from './features/settings/DatabaseGate';
import { useDatabaseStore } from './features/settings/database.store';
import { errorText } from './ui/errors';
import { prefetchRoute } from './app/route-prefetch';
import type { ApiError } from '../../shared/api';

/**
 * Shown instead of the app when the backend refuses us from the start (most often a browser tab
 * opened without this run's token): the app itself could only show empty pages and failing saves.
 */
function BootError({ error }: { error: ApiError }) {
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={560} component="main">
        <Title order={1} size="h2">
          {i18next.t('app.cannotOpen')}
        </Title>
        <Alert color="red" role="alert">
          {errorText(error)}
        </Alert>
        <Button variant="light" onClick={() => window.location.reload()} w="fit-content">
          {i18next.t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}

async function boot(): Promise<void> {
  // The database's state first (it may be locked or damaged), then settings: everything waits for
  // them, and the browser queues requests in order.
  const database = call('backup.status', {});
  const reply = call('settings.get', {});
  // The first screen's code and data are fetched alongside, and the app renders once its code is
  // in: a page that suspended instead would show a spinner for at least 300 ms (see lazy-pages.ts).
  const firstPage = prefetchRoute(window.location.hash);
  // Most often the saved language is the system's: its messages load alongside too.
  prefetchMessages(systemLanguage());
  window.addEventListener('hashchange', () => void prefetchRoute(window.location.hash));
  const [status, settings] = await Promise.all([database, reply, firstPage]);
  const language = (settings.ok && settings.value.language) || systemLanguage();
  await initI18n(language);
  let content: ReactNode;
  // Settings are unreadable while the database is locked or damaged: its screens come first.
  const failure = !status.ok
    ? status.error
    : status.value.state === 'open' && !settings.ok
      ? settings.error
      : null;
  if (!failure && status.ok) {
    useDatabaseStore.setState({ status: status.value });
    if (settings.ok) useSettingsStore.setState({ settings: settings.value });
    content = (
      <>
        <Notifications position="bottom-right" />
        <DatabaseGate>
          <App />
        </DatabaseGate>
      </>
    );
  } else content = <BootError error={failure!} />;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>{content}</MantineProvider>
    </StrictMode>,
  );
}

void boot();
