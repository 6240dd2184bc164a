import { Alert, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { useMeetingList } from '../meetings/meetings.store';
import { AuditLog } from './AuditLog';

/** A meeting's change log: who changed what and when, in the meeting's time zone. */
export function MeetingAuditPage() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const { list, loaded } = useMeetingList();
  const meeting = list.find((m) => m.id === id);
  if (!meeting)
    return loaded ? (
      <Alert color="red">{t('meetings.page.notFound')}</Alert>
    ) : (
      <Loader aria-label={t('common.loading')} />
    );
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('audit.page.title')}
        status={t('audit.page.intro', { title: meeting.title })}
      />
      <AuditLog
        scope={{ meetingId: id }}
        timeZone={meeting.timeZone}
        label={t('audit.page.tableOf', { title: meeting.title })}
      />
    </Stack>
  );
}
