import { Alert, Checkbox, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Red for one person erased, orange for the retention rule's batch. */
  color: 'red' | 'orange';
  /** Whether a backup is made first (the backup slice's answer in the preview). */
  backupFirst: boolean;
  /** The kind the backup is listed under in Settings, Backups. */
  kind: 'beforeRetention' | 'beforeErasure';
  understood: boolean;
  onUnderstood(understood: boolean): void;
}

/**
 * The last step before an irreversible change: that it cannot be undone; that a backup is made
 * first and where to restore it from (Settings, Backups, under its kind), or, without one, what to
 * do instead; and the box the user ticks to say they understood.
 */
export function IrreversibleConfirmation({
  color,
  backupFirst,
  kind,
  understood,
  onUnderstood,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color={color} icon={<IconAlertTriangle size={18} aria-hidden />}>
        <Text size="sm" fw={600}>
          {t('privacy.irreversible')}
        </Text>
        <Text size="sm">
          {backupFirst
            ? t('privacy.backupFirst', { kind: t(`security.backups.kind.${kind}`) })
            : t('privacy.noBackup')}
        </Text>
      </Alert>
      <Checkbox
        label={t('privacy.understood')}
        checked={understood}
        onChange={(e) => onUnderstood(e.currentTarget.checked)}
      />
    </>
  );
}
