import type { IntegrityReport } from '../../../shared/api/backup';
import { brokenLinks, integrityCheck } from '../db/integrity';
import { DomainError } from '../errors';
import type { FeatureHandlers } from '../handler-types';
import { databaseStatus, type BackupService } from './backup.service';
import type { createPassphraseService } from './passphrase.service';
import type { DatabaseSession } from './session';

export interface BackupSlice {
  session: DatabaseSession;
  backups: BackupService;
  passphrases: ReturnType<typeof createPassphraseService>;
}

/**
 * The `backup` channels. Unlike every other slice's, they answer whatever state the database is
 * in (locked, damaged, read-only): they are how the start-up screens get it open again.
 */
export function backupHandlers({
  session,
  backups,
  passphrases,
}: BackupSlice): FeatureHandlers<'backup'> {
  const status = () => databaseStatus(session, backups);
  return {
    'backup.status': () => status(),
    'backup.unlock': async ({ passphrase, remember }) => {
      await session.unlock(passphrase, remember);
      return status();
    },
    'backup.setPassphrase': async ({ current, passphrase, remember }) => {
      await passphrases.set(current, passphrase, remember);
      return status();
    },
    'backup.removePassphrase': async ({ current }) => {
      await passphrases.remove(current);
      return status();
    },
    'backup.setRemember': async ({ remember }) => {
      if (remember && !session.keyStore.available)
        throw new DomainError('validation', 'errors.cannotRemember');
      await session.setRemember(remember);
      return status();
    },
    'backup.keepUnencrypted': () => {
      passphrases.keepUnencrypted();
      return status();
    },
    'backup.openReadOnly': async () => {
      await session.openReadOnly();
      return status();
    },
    'backup.list': () => backups.list(),
    'backup.create': () => backups.create('manual'),
    'backup.delete': ({ name }) => ({ deleted: backups.delete(name) }),
    'backup.restore': async ({ name, passphrase }) => {
      await backups.restore(name, passphrase);
      return status();
    },
    'backup.checkIntegrity': (): IntegrityReport => {
      const db = session.db();
      const started = performance.now();
      const problems = integrityCheck(db);
      const links = brokenLinks(db);
      return {
        ok: problems.length === 0 && links.length === 0,
        problems,
        brokenLinks: links,
        checkedAt: session.now().toISOString(),
        durationMs: Math.round(performance.now() - started),
      };
    },
  };
}
