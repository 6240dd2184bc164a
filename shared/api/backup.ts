import { z } from 'zod';
import { channel } from './channel';
import { BACKUP_KINDS, BACKUP_NAME_PATTERN } from '../domain/backup-rotation';
import { PASSPHRASE_MAX, PASSPHRASE_MIN, passphraseProblem } from '../domain/passphrase';

/**
 * The `backup` slice: the database file's safety. Encryption at rest (a passphrase, SQLCipher's
 * format), backups (automatic and on demand, restore) and integrity checks. These channels answer
 * even while the database is locked or damaged, so the start-up screens can use them.
 */

/** A new passphrase: long enough, and only characters that survive being typed again. */
const newPassphrase = z
  .string({ error: 'errors.required' })
  .min(PASSPHRASE_MIN, { error: `errors.passphraseTooShort?min=${PASSPHRASE_MIN}` })
  .max(PASSPHRASE_MAX, { error: `errors.tooLong?max=${PASSPHRASE_MAX}` })
  .superRefine((value, ctx) => {
    const problem = passphraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A passphrase typed to open something: no rules beyond a sane length (it is only compared). */
const givenPassphrase = z
  .string({ error: 'errors.required' })
  .min(1, { error: 'errors.required' })
  .max(PASSPHRASE_MAX, { error: `errors.tooLong?max=${PASSPHRASE_MAX}` });

export const BackupInfo = z.object({
  /** The file's name in the backups folder; also its identity for restore and delete. */
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number(),
  encrypted: z.boolean(),
});
export type BackupInfo = z.output<typeof BackupInfo>;

const backupName = z.string().regex(BACKUP_NAME_PATTERN, { error: 'errors.backupMissing' });

/** Why the open database refuses writes, if it does. */
export const READ_ONLY_REASONS = ['file', 'folder', 'damaged'] as const;
/** Why the database is waiting for a passphrase. */
export const LOCKED_REASONS = ['encrypted', 'rememberedKeyRejected', 'notPlain'] as const;
/** Why this computer cannot remember the key. */
export const REMEMBER_REFUSALS = ['browserHost', 'linuxPlainText', 'unavailable'] as const;

export const DatabaseStatus = z.object({
  /** open: the app can run; locked: a passphrase is needed; damaged: refused until restored. */
  state: z.enum(['open', 'locked', 'damaged']),
  readOnly: z.enum(READ_ONLY_REASONS).nullable(),
  lockedReason: z.enum(LOCKED_REASONS).nullable(),
  /** The first problems the start-up check found in a damaged file (SQLite's own words). */
  problems: z.array(z.string()),
  /** The file on disk is encrypted (when locked: it is not a plain SQLite file). */
  encrypted: z.boolean(),
  /** The settings beside the file say it should be encrypted, but the open file is not. */
  plainWarning: z.boolean(),
  dataDir: z.string(),
  databaseFile: z.string(),
  backupsDir: z.string(),
  remember: z.object({
    available: z.boolean(),
    refusal: z.enum(REMEMBER_REFUSALS).nullable(),
    /** The key of this database is remembered on this computer. */
    active: z.boolean(),
  }),
  latestBackup: BackupInfo.nullable(),
});
export type DatabaseStatus = z.output<typeof DatabaseStatus>;

export const IntegrityReport = z.object({
  ok: z.boolean(),
  /** integrity_check's findings (at most 100); empty when it found nothing. */
  problems: z.array(z.string()),
  /** Rows that point at a row that no longer exists, per table (foreign_key_check). */
  brokenLinks: z.array(z.object({ table: z.string(), parent: z.string(), rows: z.number() })),
  checkedAt: z.string(),
  durationMs: z.number(),
});
export type IntegrityReport = z.output<typeof IntegrityReport>;

export const backupChannels = {
  'backup.status': channel(z.object({}), DatabaseStatus),
  /** Opens an encrypted database; a wrong passphrase is `wrong_passphrase`, the file untouched. */
  'backup.unlock': channel(
    z.object({ passphrase: givenPassphrase, remember: z.boolean().default(false) }),
    DatabaseStatus,
  ),
  /** Encrypts a plain database, or changes the passphrase (`current` then required). */
  'backup.setPassphrase': channel(
    z.object({
      current: givenPassphrase.nullable().default(null),
      passphrase: newPassphrase,
      remember: z.boolean().default(false),
    }),
    DatabaseStatus,
  ),
  /** Decrypts the database (and its backups): it is stored as plain SQLite again. */
  'backup.removePassphrase': channel(z.object({ current: givenPassphrase }), DatabaseStatus),
  /** Remembers (or forgets) the key on this computer, where the system keeps it safely. */
  'backup.setRemember': channel(z.object({ remember: z.boolean() }), DatabaseStatus),
  /** Accepts that a database expected to be encrypted is plain (the warning stops). */
  'backup.keepUnencrypted': channel(z.object({}), DatabaseStatus),
  /** Opens a damaged database read-only, to look at what can still be read. */
  'backup.openReadOnly': channel(z.object({}), DatabaseStatus),
  'backup.list': channel(
    z.object({}),
    z.object({ folder: z.string(), backups: z.array(BackupInfo) }),
  ),
  'backup.create': channel(z.object({}), BackupInfo),
  'backup.delete': channel(z.object({ name: backupName }), z.object({ deleted: z.boolean() })),
  /**
   * Replaces the database with a backup, after backing up the current one. A backup made under
   * another passphrase needs that passphrase.
   */
  'backup.restore': channel(
    z.object({ name: backupName, passphrase: givenPassphrase.optional() }),
    DatabaseStatus,
  ),
  'backup.checkIntegrity': channel(z.object({}), IntegrityReport),
};
