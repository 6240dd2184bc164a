import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { tempDir } from './helpers';

describe('settings', () => {
  it('has no language until one is chosen, and reports where the data lives', async () => {
    const dataDir = tempDir();
    const backend = createBackend({ dataDir, appVersion: '1.2.3' });
    const reply = await backend.dispatch('settings.get', {});
    backend.close();
    expect(reply).toEqual({
      ok: true,
      value: {
        language: null,
        dataDir,
        databaseFile: path.join(dataDir, 'plenary.sqlite'),
        appVersion: '1.2.3',
        schemaVersion: expect.any(Number),
      },
    });
  });

  it('remembers the chosen language when the same data folder is opened again', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir });
    expect(await first.dispatch('settings.setLanguage', { language: 'fr' })).toMatchObject({
      ok: true,
      value: { language: 'fr' },
    });
    first.close();

    const second = createBackend({ dataDir });
    const reply = await second.dispatch('settings.get', {});
    expect(reply).toMatchObject({ ok: true, value: { language: 'fr' } });
    await second.dispatch('settings.setLanguage', { language: 'en' });
    second.close();

    const third = createBackend({ dataDir });
    expect(await third.dispatch('settings.get', {})).toMatchObject({ value: { language: 'en' } });
    third.close();
  });

  it('refuses a language the interface does not have and keeps the previous one', async () => {
    const backend = createBackend({ dataDir: tempDir() });
    await backend.dispatch('settings.setLanguage', { language: 'fr' });
    const reply = await backend.dispatch('settings.setLanguage', { language: 'xx' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: ['language'] }] },
    });
    expect(await backend.dispatch('settings.get', {})).toMatchObject({
      value: { language: 'fr' },
    });
    backend.close();
  });

  it('ignores a stored language the interface no longer has', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir });
    first.db.prepare("INSERT INTO setting (key, value) VALUES ('language', 'tlh')").run();
    first.close();
    const second = createBackend({ dataDir });
    expect(await second.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { language: null },
    });
    second.close();
  });
});
