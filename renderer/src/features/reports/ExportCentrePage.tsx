import { useEffect, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ApiError, Output } from '../../../../shared/api';
import { call, onBackendEvent } from '../../lib/api';
import { ReportsPageHeader, ReportsPending } from './ReportsPageHeader';
import { useExportJob, type ExportRequest } from './use-export-job';

type Status = Output<'reports.exportStatus'>;
type Need = 'participants' | 'sessions' | 'attendance' | 'attended' | 'visaLetters';
type Language = 'en' | 'fr';

interface FormatButton {
  label: string;
  request: Omit<ExportRequest, 'meetingId' | 'language'>;
}

interface ExportItem {
  id: string;
  needs: Need;
  /** Participants' spreadsheets follow the screen's language; documents the chosen one. */
  screenLanguage?: boolean;
  formats: FormatButton[];
}

const ITEMS: ExportItem[] = [
  {
    id: 'participantList',
    needs: 'participants',
    formats: [
      { label: 'pdf', request: { kind: 'participantList', format: 'pdf' } },
      { label: 'xlsx', request: { kind: 'participantList', format: 'xlsx' } },
    ],
  },
  {
    id: 'participants',
    needs: 'participants',
    screenLanguage: true,
    formats: [
      { label: 'csv', request: { kind: 'participants', format: 'csv' } },
      { label: 'xlsx', request: { kind: 'participants', format: 'xlsx' } },
    ],
  },
  {
    id: 'programme',
    needs: 'sessions',
    formats: [
      { label: 'pdf', request: { kind: 'programme', format: 'pdf', paper: 'a4' } },
      { label: 'pdfLetter', request: { kind: 'programme', format: 'pdf', paper: 'letter' } },
      { label: 'ics', request: { kind: 'programme', format: 'ics' } },
      { label: 'csv', request: { kind: 'programme', format: 'csv' } },
      { label: 'xlsx', request: { kind: 'programme', format: 'xlsx' } },
    ],
  },
  {
    id: 'attendance',
    needs: 'attendance',
    formats: [
      { label: 'xlsx', request: { kind: 'attendance', format: 'xlsx' } },
      { label: 'csv', request: { kind: 'attendance', format: 'csv' } },
      { label: 'pdf', request: { kind: 'attendance', format: 'pdf' } },
    ],
  },
  {
    id: 'certificates',
    needs: 'attended',
    formats: [
      { label: 'pdfAll', request: { kind: 'certificates', format: 'pdf' } },
      { label: 'zip', request: { kind: 'certificates', format: 'zip' } },
    ],
  },
  {
    id: 'visaLetters',
    needs: 'visaLetters',
    formats: [
      { label: 'pdfAll', request: { kind: 'visaLetters', format: 'pdf' } },
      { label: 'zip', request: { kind: 'visaLetters', format: 'zip' } },
    ],
  },
];

/** Every export of the meeting in one place, each disabled with its reason when it cannot be made. */
export function ExportCentrePage() {
  const { t, i18n } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [chosen, setChosen] = useState<{ meetingId: number; language: Language } | null>(null);
  const { running, run, cancel } = useExportJob();

  useEffect(() => {
    const load = () =>
      void call('reports.exportStatus', { meetingId }).then((r) => {
        setError(r.ok ? null : r.error);
        if (r.ok) setStatus(r.value);
      });
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [meetingId]);

  const header = (
    <ReportsPageHeader title={t('reports.exports.title')} meetingId={meetingId} active="exports" />
  );
  if (error || !status) return <ReportsPending header={header} error={error} />;

  const language = chosen?.meetingId === meetingId ? chosen.language : status.language;
  const screenLanguage: Language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const reason = (need: Need): string | null => {
    if (need === 'attendance' || need === 'attended')
      return status.attendanceRecorded && (need === 'attendance' || status.attended > 0)
        ? null
        : t('reports.exports.needsAttendance');
    if (need === 'visaLetters') {
      const { asked, ready } = status.visaLetters;
      if (asked === 0) return t('reports.exports.needsVisaRequests');
      return ready > 0 ? null : t('reports.exports.needsPassports', { count: asked });
    }
    if (need === 'sessions') return status.sessions > 0 ? null : t('reports.exports.needsSessions');
    return status.registrations > 0 ? null : t('reports.exports.needsParticipants');
  };

  return (
    <Stack gap="lg" maw={1000}>
      {header}
      <Text size="sm" c="dimmed">
        {t('reports.exports.intro')}
      </Text>
      <Group gap="sm">
        <Text size="sm" fw={500} id="exports-language">
          {t('reports.exports.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="exports-language"
          value={language}
          onChange={(value) => setChosen({ meetingId, language: value as Language })}
          data={(['en', 'fr'] as const).map((code) => ({
            value: code,
            label: t(`languages.${code}`),
          }))}
          disabled={running !== null}
        />
      </Group>
      {ITEMS.map((item) => {
        const why = reason(item.needs);
        const { asked, ready } = status.visaLetters;
        const note =
          item.id === 'visaLetters' && !why && ready < asked
            ? t('reports.exports.lettersMissing', { count: asked - ready, asked })
            : item.id === 'certificates' && !why
              ? t('reports.exports.certificatesCount', { count: status.attended })
              : null;
        const title = t(`reports.exports.item.${item.id}.title`);
        const mine = running && running.key.startsWith(`${item.id}.`) ? running : null;
        return (
          <Paper key={item.id} withBorder p="md" component="section" aria-label={title}>
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2} maw={560}>
                  <Title order={3} size="h5">
                    {title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t(`reports.exports.item.${item.id}.description`)}
                  </Text>
                  {why && (
                    <Text size="sm" c="orange.8" id={`export-why-${item.id}`}>
                      {why}
                    </Text>
                  )}
                  {note && (
                    <Text size="sm" c="dimmed">
                      {note}
                    </Text>
                  )}
                  {item.id === 'visaLetters' && (
                    <Anchor
                      component={Link}
                      href={`/meetings/${meetingId}/reports/visa-letters`}
                      size="sm"
                    >
                      {t('reports.exports.manageLetters')}
                    </Anchor>
                  )}
                </Stack>
                <Group
                  gap="xs"
                  role="group"
                  aria-label={`${title} — ${t('reports.exports.formats')}`}
                >
                  {item.formats.map((f) => {
                    const key = `${item.id}.${f.label}`;
                    const request = f.request;
                    return (
                      <Tooltip key={key} label={why} disabled={!why}>
                        <Button
                          variant="default"
                          size="xs"
                          leftSection={<IconDownload size={14} aria-hidden />}
                          disabled={why !== null || (running !== null && running.key !== key)}
                          loading={running?.key === key}
                          aria-describedby={why ? `export-why-${item.id}` : undefined}
                          onClick={() =>
                            void run(key, {
                              ...request,
                              meetingId,
                              language: item.screenLanguage ? screenLanguage : language,
                            })
                          }
                        >
                          {t(`reports.exports.format.${f.label}`)}
                        </Button>
                      </Tooltip>
                    );
                  })}
                </Group>
              </Group>
              {mine && (
                <Stack gap={4} data-testid="export-progress">
                  <Group justify="space-between">
                    <Text size="sm" aria-live="polite">
                      {mine.phase ? t(`reports.exports.phase.${mine.phase}`) : title}
                    </Text>
                    {mine.total > 1 && (
                      <Badge variant="light">
                        {t('reports.exports.progress', { done: mine.done, total: mine.total })}
                      </Badge>
                    )}
                  </Group>
                  <Progress
                    value={mine.total > 0 ? (mine.done / mine.total) * 100 : 5}
                    animated
                    aria-label={title}
                  />
                  <Button
                    variant="default"
                    size="xs"
                    w="fit-content"
                    onClick={() => void cancel()}
                    disabled={mine.cancelling}
                  >
                    {t('reports.exports.cancel')}
                  </Button>
                </Stack>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
