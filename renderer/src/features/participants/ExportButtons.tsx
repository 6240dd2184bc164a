import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { downloadBase64 } from './download-file';
import type { Participant } from './participant-types';

type Format = 'csv' | 'xlsx';

/** Exports exactly the rows on screen, in their order: what you see is what you get. */
export function ExportButtons({
  meetingId,
  visible,
}: {
  meetingId: number;
  visible: readonly Participant[];
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);

  async function run(format: Format) {
    setBusy(format);
    const result = await call('registrations.export', {
      meetingId,
      ids: visible.map((r) => r.id),
      format,
      language: i18n.language.startsWith('fr') ? 'fr' : 'en',
    });
    setBusy(null);
    if (!result.ok) {
      notifications.show({ color: 'red', message: errorText(result.error) });
      return;
    }
    downloadBase64(result.value);
    notifications.show({
      color: 'green',
      message: t('participants.export.done', {
        count: visible.length,
        file: result.value.fileName,
      }),
    });
  }

  const disabled = visible.length === 0 || busy !== null;
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        loading={busy === 'csv'}
        disabled={disabled && busy !== 'csv'}
        onClick={() => void run('csv')}
      >
        {t('participants.export.csv')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        loading={busy === 'xlsx'}
        disabled={disabled && busy !== 'xlsx'}
        onClick={() => void run('xlsx')}
      >
        {t('participants.export.xlsx')}
      </Button>
    </Group>
  );
}
