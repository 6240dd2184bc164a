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
import { useImportStore } from './imports.store';
import { RowIssues } from './RowIssues';
import { CountryAnswers } from './CountryAnswers';
import { DuplicateDecisions } from './DuplicateDecisions';
import { blockers } from './readiness';

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
  const skipInvalidRows = useImportStore((s) => s.skipInvalidRows);
  const decisions = useImportStore((s) => s.decisions);
  const countryAnswers = useImportStore((s) => s.countryAnswers);
  const setRunOptions = useImportStore((s) => s.setRunOptions);
  const goTo = useImportStore((s) => s.goTo);
  if (!report) return null;
  const blocking = blockers(report, { skipInvalidRows, decisions, countryAnswers });
  const counts = [
    ['rows', report.rowCount],
    ['valid', report.validCount],
    ['errors', report.errorRowCount],
    ['duplicates', report.duplicates.length],
    ['countries', report.countries.length],
    ['warnings', report.warningCount],
  ] as const;

  return (
    <Stack>
      <Group gap="xs" aria-label={t('imports.check.countsLabel')} role="list">
        {counts.map(([key, n]) => (
          <Badge
            key={key}
            role="listitem"
            size="lg"
            tt="none"
            variant="light"
            color={n > 0 && key !== 'rows' && key !== 'valid' ? 'orange' : 'gray'}
          >
            {t(`imports.check.counts.${key}`, { count: n })}
          </Badge>
        ))}
      </Group>
      {report.errorCount > 0 && (
        <Section title={t('imports.check.errorsTitle')} hint={t('imports.check.errorsHint')}>
          <RowIssues
            issues={report.errors}
            total={report.errorCount}
            label={t('imports.check.errorsTitle')}
          />
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
          <RowIssues
            issues={report.warnings}
            total={report.warningCount}
            label={t('imports.check.warningsTitle')}
          />
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
        <Button variant="default" onClick={() => goTo('mapping')}>
          {t('common.back')}
        </Button>
        <Button onClick={() => goTo('import')} disabled={blocking.length > 0}>
          {t('imports.check.next')}
        </Button>
      </Group>
    </Stack>
  );
}
