import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { ExportFormatGroup, type ExportFormat } from '../../ui/ExportFormatGroup';
import { downloadBase64 } from '../participants/download-file';

/** The day's not-yet-arrived people, to phone or email, as CSV or XLSX. */
export function NotArrivedExport(props: { meetingId: number; day: string; count: number }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  async function run(format: ExportFormat) {
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
    <ExportFormatGroup
      label={t('attendance.export.label')}
      csvLabel={t('attendance.export.csv')}
      xlsxLabel={t('attendance.export.xlsx')}
      busy={busy}
      disabled={disabled}
      onExport={(format) => void run(format)}
    />
  );
}
