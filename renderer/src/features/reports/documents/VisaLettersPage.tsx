import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconLicense, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ApiError } from '../../../../../shared/api';
import type { VisaRequest } from '../../../../../shared/api/reports-documents';
import { countryName } from '../../../../../shared/domain/countries';
import { foldSearchText } from '../../../../../shared/domain/search-text';
import { call, onBackendEvent } from '../../../lib/api';
import { ListEmptyState } from '../../../ui/ListEmptyState';
import { showUndoable } from '../../participants/undo-notification';
import { ReportsPageHeader, ReportsPending } from '../ReportsPageHeader';
import { VisaDetailsModal } from './VisaDetailsModal';

/**
 * Everyone who asked for an invitation or visa-support letter, with whether their passport
 * details are entered: the letters are made for those who have them.
 */
export function VisaLettersPage() {
  const { t, i18n } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const [requests, setRequests] = useState<VisaRequest[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<VisaRequest | null>(null);
  const [query, setQuery] = useState('');
  const [missingOnly, setMissingOnly] = useState(false);

  useEffect(() => {
    const load = () =>
      void call('reports.visaRequests', { meetingId }).then((result) => {
        setError(result.ok ? null : result.error);
        if (result.ok) setRequests(result.value);
      });
    load();
    return onBackendEvent((event) => event === 'data.changed' && load());
  }, [meetingId]);

  const header = (
    <ReportsPageHeader title={t('reports.visa.title')} meetingId={meetingId} active="visaLetters" />
  );
  if (error || !requests) return <ReportsPending header={header} error={error} />;
  if (requests.length === 0)
    return (
      <Stack gap="lg">
        {header}
        <ListEmptyState
          icon={<IconLicense size={28} aria-hidden />}
          title={t('reports.visa.emptyTitle')}
          body={t('reports.visa.emptyBody')}
          action={
            <Button component={Link} href={`/meetings/${meetingId}/participants`} variant="light">
              {t('reports.visa.toParticipants')}
            </Button>
          }
        />
      </Stack>
    );

  const forget = async (request: VisaRequest) => {
    const result = await call('reports.removeVisaDetails', {
      registrationId: request.registrationId,
    });
    if (!result.ok || !result.value.removed) return;
    const removed = result.value.removed;
    showUndoable(
      t('reports.visa.removed', { name: `${request.givenNames} ${request.familyNames}` }),
      t('reports.templates.undo'),
      () =>
        void call('reports.saveVisaDetails', {
          registrationId: request.registrationId,
          details: removed,
        }),
    );
  };

  const ready = requests.filter((r) => r.details).length;
  const key = foldSearchText(query).trim();
  const shown = requests.filter(
    (r) =>
      (!missingOnly || !r.details) &&
      (!key ||
        foldSearchText(`${r.givenNames} ${r.familyNames} ${r.organisationName}`).includes(key)),
  );
  return (
    <Stack gap="lg">
      {header}
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text fw={600} aria-live="polite">
            {t('reports.visa.counts', { count: requests.length, ready })}
          </Text>
          <Text size="sm" c="dimmed" maw={760}>
            {t('reports.visa.privacy')}
          </Text>
        </Stack>
        <Button component={Link} href={`/meetings/${meetingId}/reports/exports`} variant="light">
          {t('reports.visa.toExports')}
        </Button>
      </Group>
      <Group gap="md">
        <TextInput
          leftSection={<IconSearch size={16} aria-hidden />}
          placeholder={t('reports.visa.search')}
          aria-label={t('reports.visa.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={360}
        />
        <SegmentedControl
          aria-label={t('reports.visa.filter')}
          value={missingOnly ? 'missing' : 'all'}
          onChange={(v) => setMissingOnly(v === 'missing')}
          data={[
            { value: 'all', label: t('reports.visa.all') },
            { value: 'missing', label: t('reports.visa.missingOnly') },
          ]}
        />
      </Group>
      <Table striped highlightOnHover aria-label={t('reports.visa.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.visa.columns.name')}</Table.Th>
            <Table.Th>{t('reports.visa.columns.organisation')}</Table.Th>
            <Table.Th>{t('reports.visa.columns.country')}</Table.Th>
            <Table.Th>{t('reports.visa.columns.status')}</Table.Th>
            <Table.Th>{t('reports.visa.columns.passport')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('reports.visa.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => {
            const name = `${r.givenNames} ${r.familyNames}`.trim();
            return (
              <Table.Tr key={r.registrationId}>
                <Table.Td>{name}</Table.Td>
                <Table.Td>{r.organisationName}</Table.Td>
                <Table.Td>
                  {r.countryCode ? countryName(r.countryCode, i18n.language) : '—'}
                </Table.Td>
                <Table.Td>{t(`status.${r.status}`)}</Table.Td>
                <Table.Td>
                  {r.details ? (
                    <Badge color="green" variant="light">
                      {t('reports.visa.entered')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('reports.visa.missing')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant={r.details ? 'subtle' : 'light'}
                      onClick={() => setEditing(r)}
                      aria-label={t(r.details ? 'reports.visa.editFor' : 'reports.visa.enterFor', {
                        name,
                      })}
                    >
                      {t(r.details ? 'reports.visa.edit' : 'reports.visa.enter')}
                    </Button>
                    {r.details && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => void forget(r)}
                        aria-label={t('reports.visa.removeFor', { name })}
                      >
                        {t('reports.visa.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <VisaDetailsModal request={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
