import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDatabaseExport, IconRestore, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/api/backup';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { backupDate, fileSize } from './backup-text';
import { useDatabaseStore } from './database.store';
import { RestoreDialog } from './RestoreDialog';

/** The backups, newest first: make one now, restore one, delete one. */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const status = useDatabaseStore((s) => s.status);
  const backups = useDatabaseStore((s) => s.backups);
  const loadBackups = useDatabaseStore((s) => s.loadBackups);
  const [working, setWorking] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);
  useEffect(() => void loadBackups(), [loadBackups]);
  const writable = status?.state === 'open' && status.readOnly === null;
  const canRestore = status?.readOnly !== 'file' && status?.readOnly !== 'folder';

  async function backUpNow() {
    setWorking(true);
    const reply = await call('backup.create', {});
    setWorking(false);
    if (!reply.ok) return notifications.show({ color: 'red', message: errorText(reply.error) });
    notifications.show({ color: 'green', message: t('security.backups.done') });
    await loadBackups();
    await useDatabaseStore.getState().refresh();
  }

  async function remove(backup: BackupInfo) {
    const reply = await call('backup.delete', { name: backup.name });
    setDeleting(null);
    if (!reply.ok) return notifications.show({ color: 'red', message: errorText(reply.error) });
    notifications.show({ message: t('security.backups.deleted') });
    await loadBackups();
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backups-title">
      <Stack>
        <Group justify="space-between">
          <Title order={4} id="backups-title">
            {t('security.backups.title')}
          </Title>
          <Button
            leftSection={<IconDatabaseExport size={16} aria-hidden />}
            loading={working}
            disabled={!writable}
            onClick={() => void backUpNow()}
          >
            {t('security.backups.now')}
          </Button>
        </Group>
        <Text>{t('security.backups.body')}</Text>
        {status && (
          <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('security.backups.folder', { folder: status.backupsDir })}
          </Text>
        )}
        {backups?.length === 0 && <Text c="dimmed">{t('security.backups.empty')}</Text>}
        {backups && backups.length > 0 && (
          <Table striped aria-label={t('security.backups.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.backups.when')}</Table.Th>
                <Table.Th>{t('security.backups.why')}</Table.Th>
                <Table.Th>{t('security.backups.size')}</Table.Th>
                <Table.Th />
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => {
                const date = backupDate(backup, i18n.language);
                return (
                  <Table.Tr key={backup.name}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td>{t(`security.backups.kind.${backup.kind}`)}</Table.Td>
                    <Table.Td>{fileSize(backup.bytes, t, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={backup.encrypted ? 'green' : 'gray'}>
                        {t(
                          backup.encrypted
                            ? 'security.backups.encrypted'
                            : 'security.backups.plain',
                        )}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconRestore size={14} aria-hidden />}
                          disabled={!canRestore}
                          aria-label={t('security.backups.restoreLabel', { date })}
                          onClick={() => setRestoring(backup)}
                        >
                          {t('security.backups.restore')}
                        </Button>
                        <Tooltip label={t('security.backups.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('security.backups.deleteLabel', { date })}
                            onClick={() => setDeleting(backup)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('security.backups.deleteTitle')}
        confirmLabel={t('security.backups.delete')}
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <Text>
          {t('security.backups.deleteBody', {
            date: deleting ? backupDate(deleting, i18n.language) : '',
          })}
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
