import { pbkdf2, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { passphraseText } from '../../../shared/domain/passphrase';
import type { Db } from './connection';

/**
 * Encryption at rest in SQLCipher 4's format, so any SQLCipher 4 tool opens a Plenary database
 * with its passphrase. SQLCipher stretches the passphrase with PBKDF2-HMAC-SHA512 (256,000 rounds)
 * and the 16-byte salt stored at the start of the file. That costs a noticeable fraction of a
 * second, so Plenary does it once, in Node's native crypto off the thread, and opens every
 * connection (the writer, the reader, backups) with the result: SQLCipher's "raw key" form, which
 * skips the stretching but decrypts exactly the same file.
 */
const KDF_ROUNDS = 256_000;
const KEY_BYTES = 32;
export const SALT_BYTES = 16;
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** SQLCipher's raw key with its salt, x'<64 hex digits of key><32 hex digits of salt>'. */
export type DatabaseKey = string & { readonly __brand: 'DatabaseKey' };

const RAW_KEY = /^x'[0-9a-f]{96}'$/;

export function isDatabaseKey(value: unknown): value is DatabaseKey {
  return typeof value === 'string' && RAW_KEY.test(value);
}

const pbkdf2Async = promisify(pbkdf2);

/** The key a passphrase stands for with this salt (the file's own, or a new one). */
export async function deriveKey(passphrase: string, salt: Buffer): Promise<DatabaseKey> {
  const key = await pbkdf2Async(passphraseText(passphrase), salt, KDF_ROUNDS, KEY_BYTES, 'sha512');
  return `x'${key.toString('hex')}${salt.toString('hex')}'` as DatabaseKey;
}

export const newSalt = (): Buffer => randomBytes(SALT_BYTES);

/** What the first bytes of a database file say about it. */
export type FileFormat = 'missing' | 'empty' | 'plain' | 'other';

export function fileFormat(file: string): FileFormat {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'empty';
    return read === head.length && head.equals(PLAIN_HEADER) ? 'plain' : 'other';
  } finally {
    fs.closeSync(fd);
  }
}

/** The salt an encrypted file starts with (SQLCipher keeps it in the clear), or null. */
export function readSalt(file: string): Buffer | null {
  if (fileFormat(file) !== 'other') return null;
  const fd = fs.openSync(file, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    return fs.readSync(fd, salt, 0, SALT_BYTES, 0) === SALT_BYTES ? salt : null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Sets SQLCipher 4's parameters and the key on a connection that has not read anything yet; a
 * null key leaves it a plain SQLite connection. A wrong key shows at the first read (SQLITE_NOTADB).
 */
export function applyKey(db: Db, key: DatabaseKey | null | undefined): void {
  if (!key) return;
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.key(Buffer.from(key, 'latin1'));
}

/**
 * Re-encrypts the database of a connection that nobody else uses, in rollback-journal mode
 * (SQLite3 Multiple Ciphers cannot re-key a WAL database): under `to`, or as plain SQLite when
 * `to` is null. Only ever run on a copy: the live file is replaced by a verified copy instead.
 */
export function rekeyConnection(db: Db, to: DatabaseKey | null): void {
  db.pragma('journal_mode = DELETE');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.rekey(to ? Buffer.from(to, 'latin1') : Buffer.alloc(0));
}
