import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { downloadBase64 } from '../participants/download-file';

type Format = 'csv' | 'xlsx';

/** The day's not-yet-arrived people, to phone or email, as CSV or XLSX. */
export function NotArrivedExport(props: { meetingId: number; day: string; count: number }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);

  async function run(format: Format) {
    setBusy(format);
    const result = await call('attendance.exportNotArrived', {
      meetingId: props.meetingId,
      day: props.day,
      format,
      language: i18n.language.startsWith('fr') ? 'fr' : 'en',
    });
    setBusy(null);
    if (!result.ok) return notifications.show({ color: 'red', message: errorText(result.error) });
    downloadBase64(result.value);
    notifications.show({
      color: 'green',
      message: t('attendance.export.done', { count: props.count, file: result.value.fileName }),
    });
  }

  const disabled = props.count === 0 || busy !== null;
  return (
    <Button.Group>
      <Button.GroupSection variant="default" fw={500} aria-hidden>
        <IconDownload size={16} style={{ marginInlineEnd: 6 }} />
        {t('attendance.export.label')}
      </Button.GroupSection>
      <Button
        variant="default"
        aria-label={t('attendance.export.csv')}
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        loading={busy === 'csv'}
        disabled={disabled && busy !== 'csv'}
        onClick={() => void run('csv')}
      >
        CSV
      </Button>
      <Button
        variant="default"
        aria-label={t('attendance.export.xlsx')}
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
