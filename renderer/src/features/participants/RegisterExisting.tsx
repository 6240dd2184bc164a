import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { displayName, sortName, type Role, type Status } from '../../../../shared/domain/people';
import { call } from '../../lib/api';
import { translateMessage } from '../../i18n';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import { personDetails } from './PersonPickList';
import type { DirectoryPerson } from './use-directory-search';
import { useParticipantOptions } from './use-participant-options';

interface Props {
  meetingId: number;
  person: DirectoryPerson;
  onBack(): void;
  onDone(): void;
}

/**
 * Registers someone already in the directory: only what belongs to this meeting is asked; the
 * rest (days, travel, needs) can be filled in the person panel afterwards.
 */
export function RegisterExisting({ meetingId, person, onBack, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const options = useParticipantOptions();
  const [role, setRole] = useState<Role>('delegate');
  const [status, setStatus] = useState<Status>('invited');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('registrations.create', {
      meetingId,
      personId: person.id,
      registration: { role, status },
    });
    setBusy(false);
    if (!result.ok) {
      // "Already registered" comes as a field issue; its message says it best.
      const issue = result.error.issues?.[0];
      setError(issue ? translateMessage(issue.message, issue.params) : errorText(result.error));
      return;
    }
    const store = useParticipantsStore.getState();
    store.patchRow(result.value);
    onDone();
    store.setActive(result.value.id);
    notifications.show({
      color: 'green',
      message: t('participants.pick.done', { name: displayName(result.value) }),
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Paper withBorder p="sm">
          <Title order={3} size="h5" tabIndex={-1} data-autofocus>
            {sortName(person)}
          </Title>
          <Text size="sm" c="dimmed">
            {personDetails(person, i18n.language)}
          </Text>
        </Paper>
        <Title order={3} size="h5">
          {t('participants.panel.registration')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('participants.fields.role')}
            allowDeselect={false}
            data={options.roles}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
          />
          <Select
            label={t('participants.fields.status')}
            allowDeselect={false}
            data={options.statuses}
            value={status}
            onChange={(v) => v && setStatus(v as Status)}
          />
        </SimpleGrid>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={onBack}
          >
            {t('participants.pick.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('participants.pick.register')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
