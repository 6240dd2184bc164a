import path from 'node:path';
import { Database } from '../../electron/backend/db/sqlite';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { tempDir } from './helpers';
import { databaseAt } from './migration-fixtures';

const insertMeeting = `INSERT INTO meeting (title, kind, city, country_code, start_date, end_date,
  time_zone, created_at, updated_at)
  VALUES (?, 'working_group', ?, ?, ?, ?, 'Africa/Porto-Novo', 'now', 'now')`;

describe('migration 0090 meeting search', () => {
  it('adds the search text and title key, empty for the meetings already there', () => {
    const db = databaseAt(40);
    db.prepare(insertMeeting).run('Réunion régionale', 'Cotonou', 'BJ', '2026-09-22', '2026-09-24');
    migrate(
      db,
      migrations.filter((m) => m.version <= 90),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(90);
    expect(db.prepare('SELECT title, search_text, title_key FROM meeting').all()).toEqual([
      { title: 'Réunion régionale', search_text: '', title_key: '' },
    ]);
  });

  it('leaves meetings from before it searchable once the backend opens the file', async () => {
    const dataDir = tempDir();
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    migrate(
      db,
      migrations.filter((m) => m.version <= 40),
    );
    db.prepare(insertMeeting).run('Réunion régionale', 'Cotonou', 'BJ', '2026-09-22', '2026-09-24');
    db.prepare(insertMeeting).run('Équipe commune', 'Dakar', 'SN', '2026-03-10', '2026-03-11');
    db.close();

    const backend = createBackend({ dataDir, checkOutput: true, log: () => {} });
    try {
      const titles = async (query: string, sort: 'startDate' | 'title' = 'startDate') => {
        const reply = await backend.dispatch('meetings.list', { query, sort });
        if (!reply.ok) throw new Error(reply.error.message);
        return (reply.value as { title: string }[]).map((m) => m.title);
      };
      expect(await titles('benin reunion')).toEqual(['Réunion régionale']);
      expect(await titles('senegal')).toEqual(['Équipe commune']);
      expect(await titles('', 'title')).toEqual(['Équipe commune', 'Réunion régionale']);
    } finally {
      backend.close();
    }
  });
});
