/**
 * Backup files: their names (which carry when and why each was made) and which ones rotation
 * keeps. Pure, so the policy is unit-tested without files.
 */

export const BACKUP_KINDS = [
  'daily',
  'manual',
  'beforeMigration',
  'beforeImport',
  'beforeRestore',
  'beforeRetention',
  'beforeErasure',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const KIND_IN_NAME: Record<BackupKind, string> = {
  daily: 'daily',
  manual: 'manual',
  beforeMigration: 'before-migration',
  beforeImport: 'before-import',
  beforeRestore: 'before-restore',
  // Anonymising past retention dates and deleting a person everywhere cannot be undone otherwise.
  beforeRetention: 'before-retention',
  beforeErasure: 'before-erasure',
};

/** plenary-2026-11-14T09-30-05-123Z-daily.sqlite: sortable by name, safe on every file system. */
export const BACKUP_NAME_PATTERN =
  /^plenary-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|before-migration|before-import|before-restore|before-retention|before-erasure)\.sqlite$/;

export function backupName(kind: BackupKind, at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `plenary-${stamp}-${KIND_IN_NAME[kind]}.sqlite`;
}

export interface ParsedBackupName {
  name: string;
  kind: BackupKind;
  createdAt: Date;
}

/** The kind and time a backup's name records, or null for any other file. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms, kindText] = match;
  const createdAt = new Date(`${day}T${h}:${m}:${s}.${ms}Z`);
  const kind = BACKUP_KINDS.find((k) => KIND_IN_NAME[k] === kindText);
  if (!kind || Number.isNaN(createdAt.getTime())) return null;
  return { name, kind, createdAt };
}

export interface RotationPolicy {
  /** The newest automatic backups kept whatever their day (several imports in one morning). */
  recent: number;
  /** The newest backup of each of this many most recent days that have one. */
  daily: number;
  /** Before those days, the newest backup of each of this many weeks (Monday to Sunday, UTC). */
  weekly: number;
}

export const ROTATION: RotationPolicy = { recent: 3, daily: 7, weekly: 4 };

const DAY_MS = 86_400_000;
const dayKey = (d: Date) => d.toISOString().slice(0, 10);
// 1 January 1970 was a Thursday: shifting by three days makes weeks start on Monday.
const weekKey = (d: Date) => Math.floor((Math.floor(d.getTime() / DAY_MS) + 3) / 7);

/** The newest backup of each of the first `count` distinct periods, newest first. */
function newestPerPeriod(
  sorted: readonly ParsedBackupName[],
  period: (d: Date) => string | number,
  count: number,
): ParsedBackupName[] {
  const seen = new Set<string | number>();
  const kept: ParsedBackupName[] = [];
  for (const backup of sorted) {
    const key = period(backup.createdAt);
    if (seen.has(key)) continue;
    if (seen.size === count) break;
    seen.add(key);
    kept.push(backup);
  }
  return kept;
}

/**
 * The automatic backups rotation deletes: all but the newest few, the newest of each of the
 * last 7 days, and before those the newest of each of 4 weeks. Backups the user made ("Back up now") are theirs
 * to delete and never counted.
 */
export function backupsToDelete(
  backups: readonly ParsedBackupName[],
  policy: RotationPolicy = ROTATION,
): string[] {
  const automatic = backups
    .filter((b) => b.kind !== 'manual')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const daily = newestPerPeriod(automatic, dayKey, policy.daily);
  const oldestDay = daily.at(-1) ? dayKey(daily.at(-1)!.createdAt) : '';
  // Weeks reach back beyond the days kept: a month of weekly backups, not an overlap.
  const older = automatic.filter((b) => dayKey(b.createdAt) < oldestDay);
  const keep = new Set<string>([
    ...automatic.slice(0, policy.recent).map((b) => b.name),
    ...daily.map((b) => b.name),
    ...newestPerPeriod(older, weekKey, policy.weekly).map((b) => b.name),
  ]);
  return automatic.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** A daily backup is due when none at all was made in the last day (any kind counts). */
export function dailyBackupDue(backups: readonly ParsedBackupName[], now: Date): boolean {
  return !backups.some((b) => now.getTime() - b.createdAt.getTime() < DAY_MS);
}
