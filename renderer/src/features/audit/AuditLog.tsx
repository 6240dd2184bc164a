import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconHistory, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AUDIT_AREAS, type AuditArea } from '../../../../shared/domain/audit';
import { auditActionText, auditSubjectText } from '../../../../shared/domain/audit-text';
import { formatInstant } from '../../../../shared/domain/time';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { errorText } from '../../ui/errors';
import { AuditChanges } from './AuditChanges';
import { AuditExport } from './AuditExport';
import { useAuditLog, type AuditEntry, type AuditScope } from './use-audit-log';

interface Props {
  scope: AuditScope;
  /** The zone times are shown in: the meeting's, or the computer's for a person. */
  timeZone: string;
  /** Accessible name of the table. */
  label: string;
}

/** Entries that lead to the person they are about (a meeting's log names many people). */
const LINKED = new Set(['person', 'registration', 'session_person', 'attendance']);

/** Who made the change: the operator's name, or the computer account when none was given. */
function Who({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.operator) return <Text size="sm">{entry.operator}</Text>;
  return (
    <Text size="sm">
      {entry.osUser}{' '}
      <Text span size="xs" c="dimmed">
        {t('audit.page.account')}
      </Text>
    </Text>
  );
}

/**
 * A filterable log of who changed what and when: for a meeting (its page) or a person (a section
 * of their page). Newest first, a page at a time; the export takes every entry the filters keep.
 */
export function AuditLog({ scope, timeZone, label }: Props) {
  const { t, i18n } = useTranslation();
  const { view, setView, page, error, more, loadingMore, filter } = useAuditLog(scope);
  const filtered = view.area !== null || view.who !== null || view.query.trim() !== '';
  const areas = AUDIT_AREAS.filter((a) => scope.personId === undefined || a !== 'meetings');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('audit.page.search')}
            placeholder={t('audit.page.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={view.query}
            onChange={(e) => setView({ ...view, query: e.currentTarget.value })}
            w={260}
          />
          <Select
            label={t('audit.page.area')}
            data={[
              { value: '', label: t('audit.page.allAreas') },
              ...areas.map((a) => ({ value: a, label: t(`audit.area.${a}`) })),
            ]}
            value={view.area ?? ''}
            onChange={(v) => setView({ ...view, area: (v || null) as AuditArea | null })}
            allowDeselect={false}
            w={190}
          />
          <Select
            label={t('audit.page.who')}
            data={[
              { value: '', label: t('audit.page.everyone') },
              ...(page?.who ?? []).map((w) => ({ value: w, label: w })),
            ]}
            value={view.who ?? ''}
            onChange={(v) => setView({ ...view, who: v || null })}
            allowDeselect={false}
            searchable
            w={200}
          />
        </Group>
        <AuditExport filter={filter} timeZone={timeZone} disabled={!page || page.total === 0} />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {errorText(error)}
        </Alert>
      )}
      {page && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('audit.page.count', { count: page.total })}
        </Text>
      )}
      {page && page.entries.length === 0 ? (
        <ListEmptyState
          icon={<IconHistory size={22} aria-hidden />}
          title={t(filtered ? 'audit.page.noMatch.title' : 'audit.page.empty.title')}
          body={t(filtered ? 'audit.page.noMatch.body' : 'audit.page.empty.body')}
          action={
            filtered ? (
              <Button
                variant="default"
                onClick={() => setView({ area: null, who: null, query: '' })}
              >
                {t('audit.page.clearFilters')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        page && (
          <Table verticalSpacing="xs" striped aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('audit.columns.when', { zone: timeZone })}</Table.Th>
                <Table.Th w={150}>{t('audit.columns.who')}</Table.Th>
                <Table.Th>{t('audit.columns.about')}</Table.Th>
                <Table.Th w={150}>{t('audit.columns.action')}</Table.Th>
                <Table.Th>{t('audit.columns.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text size="sm">{formatInstant(entry.at, timeZone, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Who entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    {scope.personId === undefined &&
                    entry.personId !== null &&
                    entry.label &&
                    LINKED.has(entry.entity) ? (
                      <Anchor component={Link} href={`/people/${entry.personId}`} size="sm">
                        {auditSubjectText(entry, t)}
                      </Anchor>
                    ) : (
                      <Text size="sm">{auditSubjectText(entry, t)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{auditActionText(entry, t)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <AuditChanges entry={entry} timeZone={timeZone} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      )}
      {page?.hasMore && (
        <Button variant="default" onClick={() => void more()} loading={loadingMore} w="fit-content">
          {t('audit.page.more', { count: page.total - page.entries.length })}
        </Button>
      )}
    </Stack>
  );
}
