import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mapsAName, type ImportField } from '../../../../shared/domain/import-fields';
import { useImportStore } from './imports.store';
import { JobProgress } from './JobProgress';

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

/** Step 3: which column holds which field, suggested from the headers or remembered. */
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
  const options = [
    { value: '', label: t('imports.mapping.notImported') },
    ...headers.map((h, i) => ({
      value: String(i),
      label: t('imports.mapping.column', { letter: columnLetter(i), header: h || '—' }),
    })),
  ];
  const sample = (column: number | undefined) =>
    column === undefined ? undefined : preview.map((r) => r[column] ?? '').find((v) => v.trim());
  const hasName = mapsAName(mapping);

  return (
    <Stack>
      <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
        <Group justify="space-between">
          <Text size="sm">
            {t(
              inspection.mappingSource === 'remembered'
                ? 'imports.mapping.remembered'
                : 'imports.mapping.suggested',
            )}
          </Text>
          {inspection.mappingSource === 'remembered' && (
            <Button size="xs" variant="default" onClick={useSuggestions}>
              {t('imports.mapping.useSuggestions')}
            </Button>
          )}
        </Group>
      </Alert>
      {Object.entries(GROUPS).map(([group, fields]) => (
        <Fieldset key={group} legend={t(`imports.mapping.groups.${group}`)}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {fields.map((field) => {
              const column = mapping[field];
              const example = sample(column);
              return (
                <NativeSelect
                  key={field}
                  label={t(`imports.fields.${field}`)}
                  value={column === undefined ? '' : String(column)}
                  data={options}
                  disabled={busy}
                  description={example ? t('imports.mapping.example', { value: example }) : ' '}
                  error={
                    !hasName && field === 'familyNames'
                      ? t('imports.mapping.nameRequired')
                      : undefined
                  }
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setColumn(field, v === '' ? undefined : Number(v));
                  }}
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>
      ))}
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
