import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { App } from './app/App';
import { initI18n, systemLanguage } from './i18n';
import { call } from './lib/api';
import { theme } from './app/theme';
import { useSettingsStore } from './app/settings.store';

async function boot(): Promise<void> {
  const settings = await call('settings.get', {});
  const language = (settings.ok && settings.value.language) || systemLanguage();
  await initI18n(language);
  if (settings.ok) useSettingsStore.setState({ settings: settings.value });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" />
        <App />
      </MantineProvider>
    </StrictMode>,
  );
}

void boot();
