import { create } from 'zustand';
import type { BackupInfo, DatabaseStatus } from '../../../../shared/api/backup';
import { call } from '../../lib/api';

interface DatabaseState {
  /** The database's state as the backend reports it (open, locked, damaged; read-only, ...). */
  status: DatabaseStatus | null;
  backups: BackupInfo[] | null;
  refresh(): Promise<void>;
  loadBackups(): Promise<void>;
}

/** The database file's safety: its state, shown before and around the app, and its backups. */
export const useDatabaseStore = create<DatabaseState>((set) => ({
  status: null,
  backups: null,
  async refresh() {
    const reply = await call('backup.status', {});
    if (reply.ok) set({ status: reply.value });
  },
  async loadBackups() {
    const reply = await call('backup.list', {});
    if (reply.ok) set({ backups: reply.value.backups });
  },
}));

/**
 * Starts the app again on what the backend now holds: after an unlock or a restore, every store
 * would otherwise show the previous database's data.
 */
export function reloadApp(): void {
  window.location.reload();
}
