import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { MeetingInput } from '../../../../shared/api/meetings';
import type { ApiError } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { MeetingForm } from './MeetingForm';

const emptyMeeting = (): MeetingInput => ({
  title: '',
  kind: 'specialists_group',
  venue: '',
  city: '',
  countryCode: null,
  startDate: '',
  endDate: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  languages: ['en'],
  description: '',
  parentId: null,
  retentionDate: null,
});

/** Creates a meeting (/meetings/new) or edits one (/meetings/:id/edit). */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const params = useParams<{ id?: string }>();
  const id = params.id ? Number(params.id) : null;
  const [initial, setInitial] = useState<MeetingInput | null>(id === null ? emptyMeeting() : null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (id === null) return;
    void call('meetings.get', { id }).then((result) => {
      if (result.ok) {
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = result.value;
        setInitial(fields);
      } else setLoadError(result.error);
    });
  }, [id]);

  async function submit(values: MeetingInput) {
    const result =
      id === null
        ? await call('meetings.create', values)
        : await call('meetings.update', { id, meeting: values });
    if (result.ok) {
      notifications.show({
        color: 'green',
        message:
          id === null
            ? t('meetings.form.created', { title: result.value.title })
            : t('meetings.form.saved'),
      });
      navigate(`/meetings/${result.value.id}`);
    }
    return result;
  }

  if (loadError) return <Alert color="red">{errorText(loadError)}</Alert>;
  if (!initial) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack maw={820} gap="lg">
      <Group justify="space-between">
        <Title order={2}>
          {t(id === null ? 'meetings.form.createTitle' : 'meetings.form.editTitle')}
        </Title>
        <Button
          variant="subtle"
          component={Link}
          href={id === null ? '/meetings' : `/meetings/${id}`}
        >
          {t('common.cancel')}
        </Button>
      </Group>
      <MeetingForm initial={initial} meetingId={id} onSubmit={submit} />
    </Stack>
  );
}
