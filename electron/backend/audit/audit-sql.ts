/**
 * SQL fragments every writer of the audit log shares, so an entry written by a trigger and one
 * written by a service say "who" and "when" the same way.
 */

/**
 * Where the operator's name is remembered: the check-in desk's key, so the app has one operator
 * whom the desk and the log both name (the desk kept it first; the key is not renamed so no data
 * moves).
 */
export const OPERATOR_KEY = 'attendance.operator';

/** Where the computer account running the app is remembered, for entries made before a name is chosen. */
export const OS_USER_KEY = 'audit.osUser';

/** The operator's name at the time of the write ('' when none was chosen). */
export const OPERATOR_SQL = `coalesce((SELECT value FROM setting WHERE key = '${OPERATOR_KEY}'), '')`;

/** The computer account at the time of the write. */
export const OS_USER_SQL = `coalesce((SELECT value FROM setting WHERE key = '${OS_USER_KEY}'), '')`;

/** Now, as ISO-8601 UTC with milliseconds (what nowIso() gives in JavaScript). */
export const NOW_SQL = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** True while a privacy operation writes its own summary instead of field-by-field entries. */
export const NOT_MUTED_SQL = 'NOT EXISTS (SELECT 1 FROM audit_mute)';
