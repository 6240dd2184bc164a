import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, STATUSES, type Role, type Status } from '../../../../shared/domain/people';
import { useImportStore, type Report } from './imports.store';

const DEFAULT = '__default__';

interface ColumnValues<T extends string> {
  column: 'status' | 'role';
  /** The header of the mapped column, or null when no column holds this field. */
  header: string | null;
  values: Report['statusValues'] | Report['roleValues'];
  emptyCount: number;
  codes: readonly T[];
  answers: Record<string, T | null>;
  fallback: T;
  onFallback: (value: T) => void;
}

/** One column's distinct values, each with its count and the meaning the registrar gives it. */
function ValueMapping<T extends string>({
  column,
  header,
  values,
  emptyCount,
  codes,
  answers,
  fallback,
  onFallback,
}: ColumnValues<T>) {
  const { t } = useTranslation();
  const answerValue = useImportStore((s) => s.answerValue);
  const label = (code: string) => t(`${column}.${code}`);
  const defaultLabel = t('imports.values.default', { value: label(fallback) });
  const title = t(`imports.values.${column}Title`);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {header
            ? t('imports.values.fromColumn', { header })
            : t(`imports.values.${column}NoColumn`)}
        </Text>
        {values.length > 0 && (
          <Table striped fz="sm" aria-label={title} maw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('imports.values.inFile')}</Table.Th>
                <Table.Th scope="col">{t('imports.values.rows')}</Table.Th>
                <Table.Th scope="col">{t('imports.values.means')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.map((v) => {
                const answer = Object.hasOwn(answers, v.key) ? answers[v.key] : v.suggested;
                return (
                  <Table.Tr key={v.key}>
                    <Table.Th scope="row" fw={500} w="35%">
                      {v.value}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('imports.values.count', { count: v.count })}
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={t('imports.values.meaningOf', { value: v.value })}
                        value={answer ?? DEFAULT}
                        data={[
                          { value: DEFAULT, label: defaultLabel },
                          ...codes.map((c) => ({ value: c, label: label(c) })),
                        ]}
                        description={
                          v.suggested === null ? t('imports.values.notRecognised') : undefined
                        }
                        onChange={(e) => {
                          const next = e.currentTarget.value;
                          // Overloads by column; the codes offered are that column's own.
                          if (column === 'status')
                            answerValue(
                              'status',
                              v.key,
                              next === DEFAULT ? null : (next as Status),
                            );
                          else answerValue('role', v.key, next === DEFAULT ? null : (next as Role));
                        }}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {header && emptyCount > 0 && (
          <Text size="sm">
            {t(`imports.values.${column}Empty`, { count: emptyCount, value: label(fallback) })}
          </Text>
        )}
        <NativeSelect
          label={t(`imports.values.${column}Default`)}
          value={fallback}
          data={codes.map((c) => ({ value: c, label: label(c) }))}
          onChange={(e) => onFallback(e.currentTarget.value as T)}
          maw={320}
        />
      </Stack>
    </Paper>
  );
}

/** Step 4: what each status and role written in the file means here, value by value. */
export function ValuesStep() {
  const { t } = useTranslation();
  const report = useImportStore((s) => s.report);
  const inspection = useImportStore((s) => s.inspection);
  const mapping = useImportStore((s) => s.mapping);
  const statusAnswers = useImportStore((s) => s.statusAnswers);
  const roleAnswers = useImportStore((s) => s.roleAnswers);
  const defaultStatus = useImportStore((s) => s.defaultStatus);
  const defaultRole = useImportStore((s) => s.defaultRole);
  const setRunOptions = useImportStore((s) => s.setRunOptions);
  const goTo = useImportStore((s) => s.goTo);
  if (!report || !inspection) return null;
  const headerOf = (field: 'status' | 'role') => {
    const column = mapping[field];
    return column === undefined ? null : (inspection.headers[column] ?? null);
  };
  return (
    <Stack>
      <Text size="sm">{t('imports.values.hint')}</Text>
      <ValueMapping<Status>
        column="status"
        header={headerOf('status')}
        values={report.statusValues}
        emptyCount={report.statusEmptyCount}
        codes={STATUSES}
        answers={statusAnswers}
        fallback={defaultStatus}
        onFallback={(value) => setRunOptions({ defaultStatus: value })}
      />
      <ValueMapping<Role>
        column="role"
        header={headerOf('role')}
        values={report.roleValues}
        emptyCount={report.roleEmptyCount}
        codes={ROLES}
        answers={roleAnswers}
        fallback={defaultRole}
        onFallback={(value) => setRunOptions({ defaultRole: value })}
      />
      <Group>
        <Button variant="default" onClick={() => goTo('mapping')}>
          {t('common.back')}
        </Button>
        <Button onClick={() => goTo('check')}>{t('imports.values.next')}</Button>
      </Group>
    </Stack>
  );
}
