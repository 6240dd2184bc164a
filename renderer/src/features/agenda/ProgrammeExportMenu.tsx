import { useState } from 'react';
import { Button, Group, Menu, SegmentedControl, Text, Tooltip } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCalendarUser,
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgendaStore } from './agenda.store';
import { PersonCalendarDialog } from './PersonCalendarDialog';
import { useProgrammeExport, type ProgrammeExportRequest } from './use-programme-export';

export interface ProgrammeExportMenuProps {
  meetingId: number;
}

const DOCUMENT_LANGUAGES = ['en', 'fr'] as const;
type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * The programme's exports: PDF (A4 or Letter), iCalendar (whole meeting or one person), CSV, XLSX,
 * in the language chosen beside the menu, the meeting's own by default (French when French is its
 * first working language).
 */
export function ProgrammeExportMenu({ meetingId }: ProgrammeExportMenuProps) {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => (s.agenda?.meeting.id === meetingId ? s.agenda : null));
  const { busy, run } = useProgrammeExport(meetingId);
  const [personOpen, setPersonOpen] = useState(false);
  const meetingLanguage: DocumentLanguage = agenda?.meeting.languages[0] === 'fr' ? 'fr' : 'en';
  const [chosen, setChosen] = useState<{ meetingId: number; language: DocumentLanguage } | null>(
    null,
  );
  const language = chosen?.meetingId === meetingId ? chosen.language : meetingLanguage;
  const empty = !agenda || agenda.sessions.length === 0;

  const start = (request: ProgrammeExportRequest) => run({ ...request, language });

  return (
    <Group gap="xs" wrap="nowrap">
      {/* The documents' language sits beside the menu (a menu item cannot be a radio in Mantine). */}
      <Text size="sm" c="dimmed" aria-hidden>
        {t('agenda.export.languageSection')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-label={t('agenda.export.languageSection')}
        value={language}
        onChange={(value) => setChosen({ meetingId, language: value as DocumentLanguage })}
        data={DOCUMENT_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
        disabled={busy}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={t('agenda.export.empty')} disabled={!empty || !agenda}>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              loading={busy}
              disabled={empty}
              aria-busy={busy}
            >
              {t('agenda.export.button')}
            </Button>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('agenda.export.menuLabel')}>
          <Menu.Label>{t('agenda.export.pdfSection')}</Menu.Label>
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={() => void start({ format: 'pdf', paper: 'a4' })}
          >
            {t('agenda.export.pdfA4')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={() => void start({ format: 'pdf', paper: 'letter' })}
          >
            {t('agenda.export.pdfLetter')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('agenda.export.calendarSection')}</Menu.Label>
          <Menu.Item
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => void start({ format: 'ics' })}
          >
            {t('agenda.export.calendar')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconCalendarUser size={16} aria-hidden />}
            onClick={() => setPersonOpen(true)}
          >
            {t('agenda.export.personCalendar')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('agenda.export.tableSection')}</Menu.Label>
          <Menu.Item
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            onClick={() => void start({ format: 'csv' })}
          >
            {t('agenda.export.csv')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            onClick={() => void start({ format: 'xlsx' })}
          >
            {t('agenda.export.xlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {agenda && (
        <PersonCalendarDialog
          opened={personOpen}
          agenda={agenda}
          busy={busy}
          onClose={() => setPersonOpen(false)}
          onExport={(registrationId) => start({ format: 'ics', registrationId })}
        />
      )}
    </Group>
  );
}
