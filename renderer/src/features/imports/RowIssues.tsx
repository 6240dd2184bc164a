import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from './imports.store';
import { useImportStore } from './imports.store';
import { importMessage } from './import-messages';

const LISTED_ROWS = 12;

/**
 * Errors or warnings, one line per cause: the column as the file names it, what happens, the
 * rows it concerns and the values, shown as the plain text they will be stored as.
 */
export function RowIssues({ groups, label }: { groups: Report['errorGroups']; label: string }) {
  const { t, i18n } = useTranslation();
  const headers = useImportStore((s) => s.inspection?.headers ?? []);
  const mapping = useImportStore((s) => s.mapping);
  const columnOf = (field: (typeof groups)[number]['field']) => {
    if (!field) return t('imports.check.nameColumns');
    const column = mapping[field];
    return column !== undefined && headers[column] ? headers[column] : t(`imports.fields.${field}`);
  };
  const rowsText = (group: (typeof groups)[number]) => {
    const shown = group.rows.slice(0, LISTED_ROWS);
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      shown.map(String),
    );
    const more = group.count - shown.length;
    return more > 0 ? t('imports.check.rowsAndMore', { rows: list, count: more }) : list;
  };
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped fz="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.check.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.problem')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.rows')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.values')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={`${group.field}-${group.message}`}>
              <Table.Td>{columnOf(group.field)}</Table.Td>
              <Table.Td>{importMessage(group.message)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('imports.check.inRows', { count: group.count, rows: rowsText(group) })}
                </Text>
              </Table.Td>
              <Table.Td>
                {group.values.length ? (
                  <Stack gap={2}>
                    {group.values.map((v) => (
                      <Code key={v} title={v}>
                        {v}
                      </Code>
                    ))}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
