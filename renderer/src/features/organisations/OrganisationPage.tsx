import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ApiError, Output } from '../../../../shared/api';
import { countryName } from '../../../../shared/domain/countries';
import { call, onBackendEvent } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationMeetings, OrganisationPeople } from './OrganisationTables';

export type OrganisationDetails = Output<'organisations.get'>;

/** One organisation: its people, and the meetings they are registered to. */
export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const [organisation, setOrganisation] = useState<OrganisationDetails | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call('organisations.get', { id }).then((r) => {
        if (!live) return;
        if (r.ok) {
          setOrganisation(r.value);
          setError(null);
        } else setError(r.error);
      });
    load();
    const stop = onBackendEvent((event) => event === 'data.changed' && load());
    return () => {
      live = false;
      stop();
    };
  }, [id]);

  const back = (
    <Anchor component={Link} href="/organisations" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('organisations.page.back')}
      </Group>
    </Anchor>
  );
  if (error)
    return (
      <Stack align="flex-start">
        {back}
        <Alert color="red" role="alert">
          {error.code === 'not_found' ? t('organisations.page.notFound') : errorText(error)}
        </Alert>
      </Stack>
    );
  if (!organisation || organisation.id !== id) return <Loader aria-label={t('common.loading')} />;

  const facts = [
    organisation.acronym,
    t(`orgType.${organisation.type}`),
    organisation.countryCode ? countryName(organisation.countryCode, i18n.language) : '',
  ].filter(Boolean);
  return (
    <Stack gap="lg" maw={1040}>
      {back}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2}>{organisation.name}</Title>
          <Text c="dimmed">{facts.join(' · ')}</Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconEdit size={16} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('organisations.page.edit')}
        </Button>
      </Group>
      <OrganisationPeople people={organisation.people} />
      <OrganisationMeetings meetings={organisation.meetings} />
      {editing && (
        <OrganisationFormModal organisation={organisation} onClose={() => setEditing(false)} />
      )}
    </Stack>
  );
}
