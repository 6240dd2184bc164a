import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/db/migrate';
import { migrations } from '../../electron/backend/db/migrations';
import { databaseAt, sqlError, tableNames } from './migration-fixtures';

const MEETING = `INSERT INTO meeting (id, title, kind, start_date, end_date, time_zone, created_at, updated_at)
  VALUES (1, 'M', 'other', '2026-01-01', '2026-01-02', 'UTC', 'now', 'now')`;

describe('migration 0210 document templates', () => {
  it('adds the templates and images tables to a database that had a meeting, which keeps it', () => {
    const db = databaseAt(200);
    db.exec(MEETING);
    migrate(
      db,
      migrations.filter((m) => m.version <= 210),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(210);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['document_template', 'document_image']));
    expect(db.prepare('SELECT count(*) FROM meeting').pluck().get()).toBe(1);
  });

  it('keeps one template per meeting, kind and language, of known kinds and languages only', () => {
    const db = databaseAt(210);
    db.exec(MEETING);
    const insert = `INSERT INTO document_template (meeting_id, kind, language, body, updated_at)
      VALUES (1, ?, ?, 'Text', 'now')`;
    expect(sqlError(db, insert, 'certificate', 'en')).toBeNull();
    expect(sqlError(db, insert, 'visa_letter', 'fr')).toBeNull();
    expect(sqlError(db, insert, 'certificate', 'en')).toMatch(/UNIQUE|PRIMARY KEY/);
    expect(sqlError(db, insert, 'badge', 'en')).toMatch(/CHECK/);
    expect(sqlError(db, insert, 'certificate', 'de')).toMatch(/CHECK/);
  });

  it('refuses an image that is not PNG or JPEG, or larger than 2 MB; the meeting takes its own with it', () => {
    const db = databaseAt(210);
    db.exec(MEETING);
    const insert = `INSERT INTO document_image (meeting_id, role, mime_type, width, height, bytes, updated_at)
      VALUES (1, ?, ?, 10, 10, ?, 'now')`;
    expect(sqlError(db, insert, 'letterhead', 'image/gif', Buffer.alloc(10))).toMatch(/CHECK/);
    expect(sqlError(db, insert, 'letterhead', 'image/png', Buffer.alloc(2_097_153))).toMatch(
      /CHECK/,
    );
    expect(sqlError(db, insert, 'letterhead', 'image/png', Buffer.alloc(10))).toBeNull();
    expect(sqlError(db, insert, 'signature', 'image/jpeg', Buffer.alloc(10))).toBeNull();
    db.exec('DELETE FROM meeting WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM document_image').pluck().get()).toBe(0);
  });
});
