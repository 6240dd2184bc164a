import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { defaultCsvSeparator, type CsvSeparator } from '../../../../shared/domain/csv';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { ExportFormatGroup, type ExportFormat } from '../../ui/ExportFormatGroup';
import { downloadBase64 } from './download-file';
import type { Participant } from './participant-types';

const SEPARATORS: { value: CsvSeparator; key: 'comma' | 'semicolon' | 'tab' }[] = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
  { value: '\t', key: 'tab' },
];

/** Exports exactly the rows on screen, in their order: what you see is what you get. */
export function ExportButtons({
  meetingId,
  visible,
}: {
  meetingId: number;
  visible: readonly Participant[];
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const usual = defaultCsvSeparator(language);

  // CSV follows the language unless the registrar picks a separator: spreadsheets in French
  // open semicolon-separated files directly, and comma-separated ones in English.
  async function run(format: ExportFormat, separator?: CsvSeparator) {
    setBusy(format);
    const result = await call('registrations.export', {
      meetingId,
      ids: visible.map((r) => r.id),
      format,
      language,
      ...(separator ? { separator } : {}),
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
    <ExportFormatGroup
      label={t('participants.export.label')}
      csvLabel={t('participants.export.csv')}
      xlsxLabel={t('participants.export.xlsx')}
      busy={busy}
      disabled={disabled}
      onExport={(format) => void run(format)}
      afterCsv={
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              px={6}
              aria-label={t('participants.export.separator')}
              disabled={disabled}
            >
              <IconChevronDown size={14} aria-hidden />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {SEPARATORS.map((s) => (
              <Menu.Item
                key={s.key}
                onClick={() => void run('csv', s.value)}
                rightSection={
                  s.value === usual ? (
                    <Text size="xs" c="dimmed">
                      {t('participants.export.usual')}
                    </Text>
                  ) : null
                }
              >
                {t(`participants.export.${s.key}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      }
    />
  );
}
