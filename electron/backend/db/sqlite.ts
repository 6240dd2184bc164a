/**
 * The one SQLite driver of the process: better-sqlite3-multiple-ciphers, better-sqlite3's API with
 * SQLite3 Multiple Ciphers compiled in (SQLCipher-compatible encryption, FTS5). Every module,
 * test and bench imports it from here, so swapping or upgrading the driver is one line.
 */
export { default as Database } from 'better-sqlite3-multiple-ciphers';
export type { Statement } from 'better-sqlite3-multiple-ciphers';
