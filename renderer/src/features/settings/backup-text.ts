import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../../shared/api/backup';
import { formatDecimal } from '../../../../shared/domain/numbers';
import { formatInstant } from '../../../../shared/domain/time';

/** When a backup was made, in this computer's time zone and the UI language. */
export function backupDate(backup: Pick<BackupInfo, 'createdAt'>, language: string): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return formatInstant(backup.createdAt, zone, language);
}

/** A file size the way people read it: "820 KB", "12.4 MB" ("12,4 Mo" in French). */
export function fileSize(bytes: number, t: TFunction, language: string): string {
  if (bytes < 1024 * 1024)
    return t('security.backups.kilobytes', {
      size: formatDecimal(Math.max(1, bytes / 1024), language, 0),
    });
  return t('security.backups.megabytes', {
    size: formatDecimal(bytes / (1024 * 1024), language, 1),
  });
}
