import { describe, expect, it } from 'vitest';
import {
  backupName,
  backupsToDelete,
  dailyBackupDue,
  parseBackupName,
  type BackupKind,
  type ParsedBackupName,
} from '../../shared/domain/backup-rotation';

const made = (iso: string, kind: BackupKind = 'daily'): ParsedBackupName => {
  const createdAt = new Date(iso);
  return { name: backupName(kind, createdAt), kind, createdAt };
};

/** One automatic backup a day at 09:00 UTC for `days` days ending on 30 November 2026. */
const dailySeries = (days: number) =>
  Array.from({ length: days }, (_, i) =>
    made(new Date(Date.UTC(2026, 10, 30 - i, 9)).toISOString()),
  );

describe('backup names', () => {
  it('record the kind and the instant, and read back the same', () => {
    const at = new Date('2026-11-14T09:30:05.123Z');
    const name = backupName('beforeImport', at);
    expect(name).toBe('plenary-2026-11-14T09-30-05-123Z-before-import.sqlite');
    expect(parseBackupName(name)).toEqual({ name, kind: 'beforeImport', createdAt: at });
  });

  it('name the backups made before anonymising and before deleting a person', () => {
    const at = new Date('2026-11-14T09:30:05.123Z');
    expect(backupName('beforeRetention', at)).toBe(
      'plenary-2026-11-14T09-30-05-123Z-before-retention.sqlite',
    );
    expect(backupName('beforeErasure', at)).toBe(
      'plenary-2026-11-14T09-30-05-123Z-before-erasure.sqlite',
    );
    for (const kind of ['beforeRetention', 'beforeErasure'] as const)
      expect(parseBackupName(backupName(kind, at))).toMatchObject({ kind });
  });

  it('ignore every other file', () => {
    for (const other of [
      'plenary.sqlite',
      'plenary-2026-11-14T09-30-05-123Z-daily.sqlite.partial',
      'plenary-2026-11-14T09-30-05-123Z-weekly.sqlite',
      'plenary-2026-13-40T09-30-05-123Z-daily.sqlite',
      '../plenary-2026-11-14T09-30-05-123Z-daily.sqlite',
    ])
      expect(parseBackupName(other), other).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the newest of each of the last 7 days, and before them of each of 4 weeks', () => {
    const series = dailySeries(60);
    const deleted = new Set(backupsToDelete(series));
    const kept = series.filter((b) => !deleted.has(b.name)).map((b) => b.name.slice(8, 18));
    // 24 to 30 November daily; then the newest of each week before (weeks start on Mondays:
    // the 23rd is all that is left of the week of the 23rd).
    expect(kept).toEqual([
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-15',
      '2026-11-08',
    ]);
  });

  it('keeps the newest few of one busy day, and only the newest of an older day', () => {
    const busy = ['08', '10', '12', '14', '16'].map((h) =>
      made(`2026-11-30T${h}:00:00.000Z`, 'beforeImport'),
    );
    const olderDay = ['08', '16'].map((h) => made(`2026-11-29T${h}:00:00.000Z`, 'beforeImport'));
    const deleted = backupsToDelete([...busy, ...olderDay]);
    expect(deleted.sort()).toEqual([busy[0]!, busy[1]!, olderDay[0]!].map((b) => b.name).sort());
  });

  it('rotates the backups made before anonymising or deleting like those before imports', () => {
    const kinds = ['beforeRetention', 'beforeErasure', 'beforeImport'] as const;
    const busy = ['08', '10', '12', '14', '16'].map((h, i) =>
      made(`2026-11-30T${h}:00:00.000Z`, kinds[i % 3]),
    );
    // The newest three of the day stay; the two oldest (one before retention, one before an
    // erasure) go, as they would if they had been made before imports.
    expect(backupsToDelete(busy).sort()).toEqual([busy[0]!, busy[1]!].map((b) => b.name).sort());
  });

  it('never deletes a backup the user made', () => {
    const manual = Array.from({ length: 40 }, (_, i) =>
      made(new Date(Date.UTC(2026, 9, 1 + i)).toISOString(), 'manual'),
    );
    expect(backupsToDelete([...manual, ...dailySeries(3)])).toEqual([]);
  });
});

describe('daily backup', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');

  it('is due when no backup of any kind was made in the last 24 hours', () => {
    expect(dailyBackupDue([], now)).toBe(true);
    expect(dailyBackupDue([made('2026-11-29T11:59:00.000Z')], now)).toBe(true);
    expect(dailyBackupDue([made('2026-11-29T12:01:00.000Z', 'beforeImport')], now)).toBe(false);
  });
});
