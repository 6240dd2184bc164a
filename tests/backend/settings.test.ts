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
        tables: {},
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

  it("remembers a table's column layout across restarts, and forgets it on reset", async () => {
    const dataDir = tempDir();
    const layout = { widths: { name: 320, email: 180 }, hidden: ['region'] };
    const first = createBackend({ dataDir, checkOutput: true });
    expect(
      await first.dispatch('settings.setTableLayout', { table: 'participants', layout }),
    ).toMatchObject({ ok: true, value: { tables: { participants: layout } } });
    first.close();

    const second = createBackend({ dataDir, checkOutput: true });
    expect(await second.dispatch('settings.get', {})).toMatchObject({
      value: { tables: { participants: layout } },
    });
    for (const bad of [
      { widths: { name: 5 } },
      { widths: { 'name; DROP': 200 } },
      { hidden: 'email' },
    ])
      expect(
        await second.dispatch('settings.setTableLayout', { table: 'participants', layout: bad }),
      ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await second.dispatch('settings.setTableLayout', { table: 'people', layout }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    // A value that no longer parses (an older shape, a hand edit) is ignored, not fatal.
    second.db.prepare("UPDATE setting SET value = '{oops' WHERE key = 'table.participants'").run();
    expect(await second.dispatch('settings.get', {})).toMatchObject({ value: { tables: {} } });
    await second.dispatch('settings.setTableLayout', { table: 'participants', layout });
    expect(
      await second.dispatch('settings.setTableLayout', { table: 'participants', layout: null }),
    ).toMatchObject({ ok: true, value: { tables: {} } });
    second.close();
  });
});
