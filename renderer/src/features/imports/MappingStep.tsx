import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mapsAName, type ImportField } from '../../../../shared/domain/import-fields';
import { useImportStore } from './imports.store';
import { JobProgress } from './JobProgress';
import classes from './imports.module.css';

const GROUPS: Record<string, ImportField[]> = {
  person: [
    'title',
    'givenNames',
    'familyNames',
    'fullName',
    'gender',
    'email',
    'phone',
    'languages',
    'notes',
  ],
  organisation: ['organisation', 'organisationAcronym', 'organisationType', 'position'],
  countries: ['country', 'nationality'],
  registration: ['role', 'status', 'badgeName', 'dietary', 'accessibility', 'visaLetter', 'listed'],
};

const SAMPLES = 3;

/** Spreadsheet column letters: A, B, … Z, AA, AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Step 3: every column of the file, with its header, a few of its values and the field it goes
 * to, or "not imported": nothing is left out without the registrar seeing it.
 */
export function MappingStep() {
  const { t } = useTranslation();
  const inspection = useImportStore((s) => s.inspection);
  const mapping = useImportStore((s) => s.mapping);
  const busy = useImportStore((s) => s.job !== null);
  const setColumn = useImportStore((s) => s.setColumn);
  const useSuggestions = useImportStore((s) => s.useSuggestions);
  const check = useImportStore((s) => s.check);
  const goTo = useImportStore((s) => s.goTo);
  if (!inspection) return null;
  const { headers, preview } = inspection;
  const fieldOf = new Map(Object.entries(mapping).map(([field, column]) => [column, field]));
  const options = [
    { value: '', label: t('imports.mapping.notImported') },
    ...Object.entries(GROUPS).map(([group, fields]) => ({
      group: t(`imports.mapping.groups.${group}`),
      items: fields.map((field) => ({ value: field, label: t(`imports.fields.${field}`) })),
    })),
  ];
  const samples = (column: number) => [
    ...new Set(preview.map((r) => (r[column] ?? '').trim()).filter(Boolean)),
  ];
  const known = new Set(inspection.knownUnmapped);
  const hasName = mapsAName(mapping);
  const notImported = headers.filter((_, column) => !fieldOf.has(column)).length;

  return (
    <Stack>
      <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
        <Group justify="space-between">
          <Stack gap={2}>
            {inspection.source && (
              <Text size="sm" fw={500}>
                {t('imports.mapping.source', { tool: t(`imports.sources.${inspection.source}`) })}
              </Text>
            )}
            <Text size="sm">
              {t(
                inspection.mappingSource === 'remembered'
                  ? 'imports.mapping.remembered'
                  : 'imports.mapping.suggested',
              )}
            </Text>
          </Stack>
          {inspection.mappingSource === 'remembered' && (
            <Button size="xs" variant="default" onClick={useSuggestions}>
              {t('imports.mapping.useSuggestions')}
            </Button>
          )}
        </Group>
      </Alert>
      <Text size="sm">
        {t('imports.mapping.columnsSummary', {
          count: headers.length,
          imported: headers.length - notImported,
          notImported,
        })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped fz="sm" aria-label={t('imports.mapping.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.mapping.fileColumn')}</Table.Th>
              <Table.Th scope="col">{t('imports.mapping.samples')}</Table.Th>
              <Table.Th scope="col">{t('imports.mapping.importedAs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {headers.map((raw, column) => {
              const header = raw || t('imports.preview.untitled', { n: column + 1 });
              const field = fieldOf.get(column);
              const values = samples(column);
              return (
                <Table.Tr key={column} data-imported={field ? 'true' : 'false'}>
                  <Table.Th scope="row" className={classes.columnHeader}>
                    <Text span size="xs" c="dimmed" me={6}>
                      {columnLetter(column)}
                    </Text>
                    {header}
                  </Table.Th>
                  <Table.Td className={classes.samples}>
                    {values.length ? (
                      values.slice(0, SAMPLES).map((v) => (
                        <Text key={v} size="xs" truncate="end" title={v}>
                          {v}
                        </Text>
                      ))
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('imports.mapping.noValues')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('imports.mapping.importAs', {
                        letter: columnLetter(column),
                        header,
                      })}
                      value={field ?? ''}
                      data={options}
                      disabled={busy}
                      description={
                        field
                          ? undefined
                          : known.has(column)
                            ? t('imports.mapping.noField')
                            : column === inspection.repeatedName
                              ? t('imports.mapping.nameRepeated')
                              : undefined
                      }
                      onChange={(e) => {
                        const next = e.currentTarget.value as ImportField | '';
                        if (next) setColumn(next, column);
                        else if (field) setColumn(field as ImportField, undefined);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!hasName && (
        <Alert color="orange" role="alert">
          {t('imports.mapping.nameRequired')}
        </Alert>
      )}
      <JobProgress />
      <Group>
        <Button variant="default" onClick={() => goTo('preview')} disabled={busy}>
          {t('common.back')}
        </Button>
        <Button onClick={() => void check()} disabled={busy || !hasName}>
          {t('imports.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
