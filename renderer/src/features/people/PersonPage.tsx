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
import { IconArrowLeft, IconEdit, IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ApiError, Output } from '../../../../shared/api';
import { displayName } from '../../../../shared/domain/people';
import { countryName } from '../../../../shared/domain/countries';
import { languageName } from '../../../../shared/domain/languages';
import { formatInstant } from '../../../../shared/domain/time';
import { call, onBackendEvent } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { PersonMeetings } from './PersonMeetings';
import { PersonEditModal } from './PersonEditModal';
import { DetailField, DetailText } from '../../ui/DetailField';
import { AwardsOfRecipient } from '../agenda/AwardsOfRecipient';
import { PersonAuditSection } from '../audit/PersonAuditSection';
import { ErasePersonButton } from '../privacy/ErasePersonButton';
import { SubjectAccessMenu } from '../privacy/SubjectAccessMenu';

export type PersonDetails = Output<'people.get'>;

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** One person: who they are, and every meeting they are registered to. */
export function PersonPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const [person, setPerson] = useState<PersonDetails | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    const load = () =>
      void call('people.get', { id }).then((r) => {
        if (r.ok) {
          setPerson(r.value);
          setError(null);
        } else setError(r.error);
      });
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [id]);

  const back = (
    <Anchor component={Link} href="/people" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('people.page.back')}
      </Group>
    </Anchor>
  );
  if (error)
    return (
      <Stack align="flex-start">
        {back}
        <Alert color="red" role="alert">
          {error.code === 'not_found' ? t('people.page.notFound') : errorText(error)}
        </Alert>
      </Stack>
    );
  if (!person || person.id !== id) return <Loader aria-label={t('common.loading')} />;

  const lang = i18n.language;
  const none = t('common.none');
  const country = (code: string | null) => (code ? countryName(code, lang) : none);
  return (
    <Stack gap="lg" maw={1040}>
      {back}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{displayName(person)}</Title>
          <Text c="dimmed">
            {person.position}
            {person.position && person.organisationName && ' · '}
            {person.organisationId !== null && (
              <Anchor component={Link} href={`/organisations/${person.organisationId}`} c="dimmed">
                {person.organisationName}
              </Anchor>
            )}
            {!person.position && person.organisationId === null && none}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconEdit size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('people.page.edit')}
          </Button>
          <SubjectAccessMenu personId={person.id} />
          <ErasePersonButton personId={person.id} />
        </Group>
      </Group>
      {person.anonymisedAt && (
        <Alert color="gray" role="status">
          {t('privacy.anonymisedOn', { day: formatInstant(person.anonymisedAt, localZone, lang) })}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Title order={3} size="h4" mb="md">
          {t('people.page.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <DetailField label={t('people.fields.email')}>
            {person.email ? (
              <Anchor href={`mailto:${person.email}`}>
                <Group gap={4} component="span" wrap="nowrap">
                  <IconMail size={14} aria-hidden />
                  {person.email}
                </Group>
              </Anchor>
            ) : (
              none
            )}
          </DetailField>
          <DetailField label={t('people.fields.phone')}>
            {person.phone ? (
              <Group gap={4} component="span" wrap="nowrap">
                <IconPhone size={14} aria-hidden />
                {person.phone}
              </Group>
            ) : (
              none
            )}
          </DetailField>
          <DetailField label={t('people.fields.gender')}>
            {person.gender ? t(`gender.${person.gender}`) : none}
          </DetailField>
          <DetailField label={t('people.fields.organisation')}>
            {person.organisationId !== null ? (
              <Anchor component={Link} href={`/organisations/${person.organisationId}`}>
                {person.organisationName}
              </Anchor>
            ) : (
              none
            )}
          </DetailField>
          <DetailField label={t('people.fields.country')}>
            {country(person.countryCode)}
          </DetailField>
          <DetailField label={t('people.fields.nationality')}>
            {country(person.nationalityCode)}
          </DetailField>
          <DetailField label={t('people.fields.languages')}>
            {person.languages.map((l) => languageName(l, lang)).join(', ') || none}
          </DetailField>
          <DetailField label={t('people.page.consent')}>
            <Badge variant="light" color={person.consentToList ? 'green' : 'gray'}>
              {t(person.consentToList ? 'people.page.consentYes' : 'people.page.consentNo')}
            </Badge>
          </DetailField>
        </SimpleGrid>
        {person.notes && <DetailText label={t('people.fields.notes')} text={person.notes} />}
      </Paper>
      <PersonMeetings meetings={person.meetings} />
      <AwardsOfRecipient personId={person.id} />
      <PersonAuditSection personId={person.id} name={displayName(person)} />
      {editing && (
        <PersonEditModal
          person={person}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setPerson({ ...saved, meetings: person.meetings });
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}
