import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/countries';
import { rowCounts } from '../../../../shared/domain/imports';
import { useImportStore } from './imports.store';
import { RowIssues } from './RowIssues';
import { CountryAnswers } from './CountryAnswers';
import { DuplicateDecisions } from './DuplicateDecisions';
import { blockers } from './readiness';
import { columnLetter } from './MappingStep';

function Section({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/** Step 4: the dry run's findings, and the answers the import needs before it may write. */
export function CheckStep() {
  const { t, i18n } = useTranslation();
  const report = useImportStore((s) => s.report);
  const inspection = useImportStore((s) => s.inspection);
  const mapping = useImportStore((s) => s.mapping);
  const skipInvalidRows = useImportStore((s) => s.skipInvalidRows);
  const decisions = useImportStore((s) => s.decisions);
  const countryAnswers = useImportStore((s) => s.countryAnswers);
  const setRunOptions = useImportStore((s) => s.setRunOptions);
  const goTo = useImportStore((s) => s.goTo);
  if (!report || !inspection) return null;
  const blocking = blockers(report, { skipInvalidRows, decisions, countryAnswers });
  // Every row in exactly one counter: they add up to the file, and a row waiting for an answer
  // is never also counted as ready.
  const counts = rowCounts(report, { decisions, countryAnswers, skipInvalidRows });
  const badges = [
    ['rows', counts.rows, 'gray'],
    ['add', counts.add, 'green'],
    ['merge', counts.merge, 'blue'],
    ['skip', counts.skip, 'gray'],
    ['waiting', counts.waiting, 'orange'],
  ] as const;
  const mapped = new Set(Object.values(mapping));
  const notImported = inspection.headers
    .map((h, column) => ({ column, header: h || t('imports.preview.untitled', { n: column + 1 }) }))
    .filter(({ column }) => !mapped.has(column));

  return (
    <Stack>
      <Group gap="xs" aria-label={t('imports.check.countsLabel')} role="list">
        {badges
          .filter(([key, n]) => key === 'rows' || n > 0)
          .map(([key, n, color]) => (
            <Badge key={key} role="listitem" size="lg" tt="none" variant="light" color={color}>
              {t(`imports.check.counts.${key}`, { count: n })}
            </Badge>
          ))}
        {report.warningCount > 0 && (
          <Badge role="listitem" size="lg" tt="none" variant="outline" color="yellow">
            {t('imports.check.counts.warnings', { count: report.warningCount })}
          </Badge>
        )}
      </Group>
      {notImported.length > 0 && (
        <Section
          title={t('imports.check.notImportedTitle')}
          hint={t('imports.check.notImportedHint')}
        >
          <List size="sm" aria-label={t('imports.check.notImportedTitle')}>
            {notImported.map(({ column, header }) => (
              <List.Item key={column}>
                {t('imports.mapping.column', { letter: columnLetter(column), header })}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {report.errorCount > 0 && (
        <Section title={t('imports.check.errorsTitle')} hint={t('imports.check.errorsHint')}>
          <RowIssues groups={report.errorGroups} label={t('imports.check.errorsTitle')} />
          <Checkbox
            checked={skipInvalidRows}
            onChange={(e) => setRunOptions({ skipInvalidRows: e.currentTarget.checked })}
            label={t('imports.check.skipInvalid', { count: report.errorRowCount })}
          />
        </Section>
      )}
      {report.countries.length > 0 && (
        <Section title={t('imports.check.countriesTitle')} hint={t('imports.check.countriesHint')}>
          <CountryAnswers countries={report.countries} />
        </Section>
      )}
      {report.duplicates.length > 0 && (
        <Section
          title={t('imports.check.duplicatesTitle')}
          hint={t('imports.check.duplicatesHint')}
        >
          <DuplicateDecisions duplicates={report.duplicates} />
        </Section>
      )}
      {report.warningCount > 0 && (
        <Section title={t('imports.check.warningsTitle')} hint={t('imports.check.warningsHint')}>
          <RowIssues groups={report.warningGroups} label={t('imports.check.warningsTitle')} />
        </Section>
      )}
      {report.resolvedCountries.some((c) => c.value !== countryName(c.code, i18n.language)) && (
        <Section title={t('imports.check.recognisedTitle')}>
          <List size="sm">
            {report.resolvedCountries
              .filter((c) => c.value !== countryName(c.code, i18n.language))
              .map((c) => (
                <List.Item key={c.value}>
                  {t('imports.check.recognised', {
                    value: c.value,
                    country: countryName(c.code, i18n.language),
                    count: c.count,
                  })}
                </List.Item>
              ))}
          </List>
        </Section>
      )}
      {blocking.length > 0 && (
        <Alert color="orange" title={t('imports.check.beforeImport')}>
          <List size="sm">
            {blocking.map((b) => (
              <List.Item key={b.key}>{t(b.key, { count: b.count })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => goTo('values')}>
          {t('common.back')}
        </Button>
        <Button onClick={() => goTo('import')} disabled={blocking.length > 0}>
          {t('imports.check.next')}
        </Button>
      </Group>
    </Stack>
  );
}
