import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
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
  // One labelled group ("Export | CSV | XLSX") keeps the header on one line in every language.
  return (
    <Button.Group>
      <Button.GroupSection variant="default" fw={500} aria-hidden>
        <IconDownload size={16} style={{ marginInlineEnd: 6 }} />
        {t('participants.export.label')}
      </Button.GroupSection>
      <Button
        variant="default"
        aria-label={t('participants.export.csv')}
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        loading={busy === 'csv'}
        disabled={disabled && busy !== 'csv'}
        onClick={() => void run('csv')}
      >
        CSV
      </Button>
      <Button
        variant="default"
        aria-label={t('participants.export.xlsx')}
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        loading={busy === 'xlsx'}
        disabled={disabled && busy !== 'xlsx'}
        onClick={() => void run('xlsx')}
      >
        XLSX
      </Button>
    </Button.Group>
  );
}
