import { Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useAgenda } from './agenda.store';
import { ProgrammeExportMenu } from './ProgrammeExportMenu';

/** The meeting's programme: timetable, list, clashes and awards. */
export function AgendaPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const agenda = useAgenda(meetingId);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('agenda.title')}</Title>
        <ProgrammeExportMenu meetingId={meetingId} />
      </Group>
      {!agenda && <Loader aria-label={t('common.loading')} />}
    </Stack>
  );
}
