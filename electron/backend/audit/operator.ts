import os from 'node:os';
import type { Db } from '../db/connection';
import { createSettingsRepo } from '../settings/settings.repo';
import { OPERATOR_KEY, OS_USER_KEY } from './audit-sql';

/** The account the app runs under, or '' when the system cannot say (no passwd entry). */
export function computerAccount(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/**
 * Who is making changes: the operator's name chosen in the app (one for the whole app, the one the
 * check-in desk signs with), and the computer account the log falls back on until one is chosen.
 */
export function createOperatorService(db: Db, account = computerAccount()) {
  const settings = createSettingsRepo(db);
  const read = () => {
    const operator = settings.get(OPERATOR_KEY);
    return { operator: operator ? operator : null, osUser: account };
  };
  return {
    /**
     * Writes the account where the log's triggers read it, only when it differs from the one
     * kept (the first start, or another account opening the same file), and never to a file
     * opened read-only.
     */
    rememberAccount(): void {
      if (db.readonly || settings.get(OS_USER_KEY) === account) return;
      settings.set(OS_USER_KEY, account);
    },
    get: read,
    set(operator: string) {
      settings.set(OPERATOR_KEY, operator);
      return read();
    },
  };
}
