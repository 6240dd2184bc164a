import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { downloadBase64 } from '../participants/download-file';

type Format = 'csv' | 'xlsx';

/** Exports the entries the filters show (all of them, not only the page on screen). */
export function AuditExport({
  filter,
  timeZone,
  disabled,
}: {
  filter: () => Omit<Input<'audit.export'>, 'format'>;
  timeZone: string;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';

  async function run(format: Format) {
    setBusy(format);
    const reply = await call('audit.export', { ...filter(), format, language, timeZone });
    setBusy(null);
    if (!reply.ok) {
      notifications.show({ color: 'red', message: errorText(reply.error) });
      return;
    }
    downloadBase64(reply.value);
    notifications.show({
      color: 'green',
      message: t('audit.page.exported', { file: reply.value.fileName }),
    });
  }

  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        loading={busy === 'csv'}
        disabled={disabled}
        onClick={() => void run('csv')}
      >
        {t('audit.page.exportCsv')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        loading={busy === 'xlsx'}
        disabled={disabled}
        onClick={() => void run('xlsx')}
      >
        {t('audit.page.exportXlsx')}
      </Button>
    </Group>
  );
}
