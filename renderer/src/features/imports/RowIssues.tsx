import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from './imports.store';
import { useImportStore } from './imports.store';
import { importMessage } from './import-messages';

const SHOWN = 200;

/** Errors or warnings, one line each: the row, the column as the file names it, the value, why. */
export function RowIssues({
  issues,
  total,
  label,
}: {
  issues: Report['errors'];
  total: number;
  label: string;
}) {
  const { t } = useTranslation();
  const headers = useImportStore((s) => s.inspection?.headers ?? []);
  const mapping = useImportStore((s) => s.mapping);
  const columnOf = (field: (typeof issues)[number]['field']) => {
    if (!field) return t('imports.check.nameColumns');
    const column = mapping[field];
    return column !== undefined && headers[column] ? headers[column] : t(`imports.fields.${field}`);
  };
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table striped fz="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.check.row')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.column')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.value')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.slice(0, SHOWN).map((issue, i) => (
              <Table.Tr key={`${issue.row}-${issue.field}-${i}`}>
                <Table.Td>{issue.row}</Table.Td>
                <Table.Td>{columnOf(issue.field)}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" lineClamp={2}>
                    {issue.value || t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>{importMessage(issue.message)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > Math.min(SHOWN, issues.length) && (
        <Text size="sm" c="dimmed">
          {t('imports.check.more', { count: total - Math.min(SHOWN, issues.length) })}
        </Text>
      )}
    </>
  );
}
