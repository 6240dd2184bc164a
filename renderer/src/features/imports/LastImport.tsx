import { useCallback, useEffect, useState } from 'react';
import { Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { formatInstant } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { UndoImportButton } from './UndoImportButton';

/** The meeting's latest import, and the way to undo it, whenever the wizard is opened again. */
export function LastImport({ meetingId }: { meetingId: number }) {
  const { t, i18n } = useTranslation();
  const [last, setLast] = useState<Output<'imports.last'>>(null);
  const load = useCallback(
    () => void call('imports.last', { meetingId }).then((r) => r.ok && setLast(r.value)),
    [meetingId],
  );
  useEffect(load, [load]);
  if (!last || last.undoneAt) return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between">
        <Text size="sm">
          {t('imports.last.summary', {
            file: last.fileName,
            date: formatInstant(last.createdAt, zone, i18n.language),
            created: last.createdCount,
            merged: last.mergedCount,
          })}
        </Text>
        <UndoImportButton
          batchId={last.id}
          onUndone={load}
          icon={<IconArrowBackUp size={16} aria-hidden />}
          variant="default"
        />
      </Group>
    </Paper>
  );
}
