import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ApiError } from '../../../../shared/api';
import type { Meeting } from '../../../../shared/domain/meeting';
import { dayCount, formatDay } from '../../../../shared/domain/time';
import { call, onBackendEvent } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useMeetingList } from './meetings.store';
import { datesLabel, kindLabel, languagesLabel, placeLabel } from './meeting-labels';
import { MeetingDays } from './MeetingDays';
import { DetailField, DetailText } from '../../ui/DetailField';
import { ParticipantsSummaryCard } from '../participants/ParticipantsSummaryCard';
import { DeleteMeetingButton } from './DeleteMeetingButton';

/** A meeting's home: its details, its days, and the way to edit or delete it. */
export function MeetingOverviewPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const { list } = useMeetingList();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    // The error is cleared on success, so moving on from a deleted meeting to another shows it.
    const load = () =>
      void call('meetings.get', { id }).then((r) => {
        setError(r.ok ? null : r.error);
        if (r.ok) setMeeting(r.value);
      });
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [id]);

  if (error)
    return (
      <Alert color="red">
        {error.code === 'not_found' ? t('meetings.page.notFound') : errorText(error)}
      </Alert>
    );
  if (!meeting || meeting.id !== id) return <Loader aria-label={t('common.loading')} />;
  const lang = i18n.language;
  const none = t('common.none');
  const parent = list.find((m) => m.id === meeting.parentId);
  const children = list.filter((m) => m.parentId === meeting.id);

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{meeting.title}</Title>
          <Group gap="xs">
            <Badge variant="light">{kindLabel(t, meeting.kind)}</Badge>
            <Text c="dimmed">
              {datesLabel(meeting, lang)} ·{' '}
              {t('meetings.days', { count: dayCount(meeting.startDate, meeting.endDate) })}
            </Text>
          </Group>
        </Stack>
        <Group>
          <Button
            variant="default"
            component={Link}
            href={`/meetings/${id}/edit`}
            leftSection={<IconEdit size={16} />}
          >
            {t('common.edit')}
          </Button>
          <DeleteMeetingButton
            meeting={meeting}
            childCount={children.length}
            icon={<IconTrash size={16} />}
          />
        </Group>
      </Group>
      <Paper withBorder p="lg">
        <Title order={3} size="h4" mb="md">
          {t('meetings.page.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <DetailField label={t('meetings.page.venue')}>{meeting.venue || none}</DetailField>
          <DetailField label={t('meetings.page.place')}>
            {placeLabel(meeting, lang) || none}
          </DetailField>
          <DetailField label={t('meetings.page.timeZone')}>{meeting.timeZone}</DetailField>
          <DetailField label={t('meetings.page.languages')}>
            {languagesLabel(meeting.languages, lang) || none}
          </DetailField>
          <DetailField label={t('meetings.page.parent')}>
            {parent ? (
              <Anchor component={Link} href={`/meetings/${parent.id}`}>
                {parent.title}
              </Anchor>
            ) : (
              none
            )}
          </DetailField>
          <DetailField label={t('meetings.page.retention')}>
            {meeting.retentionDate
              ? formatDay(meeting.retentionDate, lang)
              : t('meetings.page.retentionNone')}
          </DetailField>
          {children.length > 0 && (
            <DetailField label={t('meetings.page.children')}>
              {children.map((c) => (
                <Anchor key={c.id} component={Link} href={`/meetings/${c.id}`} display="block">
                  {c.title}
                </Anchor>
              ))}
            </DetailField>
          )}
        </SimpleGrid>
        {meeting.description && (
          <DetailText label={t('meetings.page.description')} text={meeting.description} />
        )}
      </Paper>
      <ParticipantsSummaryCard meetingId={meeting.id} />
      <MeetingDays meeting={meeting} />
    </Stack>
  );
}
