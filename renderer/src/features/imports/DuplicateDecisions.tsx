import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision } from '../../../../shared/domain/imports';
import { countryName } from '../../../../shared/domain/countries';
import { normaliseName } from '../../../../shared/domain/people';
import { useImportStore, type Report } from './imports.store';
import classes from './imports.module.css';

type Duplicate = Report['duplicates'][number];
const FIELDS = ['name', 'email', 'organisation', 'country'] as const;
type Field = (typeof FIELDS)[number];
type Side = Record<Field, string>;

/** Conflicts and rows without a suggestion first: they are the ones the registrar must settle. */
const ORDER: Record<Duplicate['reason'], number> = {
  conflict: 0,
  name: 1,
  namesake: 2,
  email: 3,
  identical: 4,
};

/** The two people of a match, field by field, in words a registrar compares. */
function sides(d: Duplicate, language: string): [Side, Side, string | null] {
  const country = (code: string | null, typed: string) =>
    code ? countryName(code, language) : typed;
  const incoming = { ...d.incoming, country: country(d.incoming.countryCode, d.incoming.country) };
  const other = d.existing
    ? { ...d.existing, country: country(d.existing.countryCode, '') }
    : d.earlier
      ? { ...d.earlier, country: country(d.earlier.countryCode, d.earlier.country) }
      : { name: '', email: '', organisation: '', country: '' };
  return [incoming, other, d.existing ? null : String(d.firstRow)];
}

/** Case, accents and punctuation aside, and for names word order too: "ALI Mohamed" is "Mohamed Ali". */
const comparable = (field: Field, value: string) => {
  const plain = normaliseName(value);
  return field === 'name' ? plain.split(' ').sort().join(' ') : plain;
};

/** Both sides' values, one per line; the lines that differ are marked, in words too. */
function SideBySide({ mine, theirs, label }: { mine: Side; theirs: Side; label: string }) {
  const { t } = useTranslation();
  return (
    <dl className={classes.sideBySide} aria-label={label}>
      {FIELDS.map((f) => {
        const differs =
          mine[f] !== '' && theirs[f] !== '' && comparable(f, mine[f]) !== comparable(f, theirs[f]);
        return (
          <div key={f} className={classes.sideField} data-differs={differs}>
            <dt>{t(`imports.check.compare.${f}`)}</dt>
            <dd>
              {mine[f] || (
                <Text span c="dimmed">
                  {t('common.none')}
                </Text>
              )}
              {differs && (
                <span className={classes.visuallyHidden}> ({t('imports.check.differs')})</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Rows beside who they match, field by field, with the registrar's choice for each. */
function DuplicateTable({ duplicates }: { duplicates: Report['duplicates'] }) {
  const { t, i18n } = useTranslation();
  const decisions = useImportStore((s) => s.decisions);
  const decide = useImportStore((s) => s.decide);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped fz="sm" aria-label={t('imports.check.duplicatesTitle')} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.check.row')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.inFile')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.matches')}</Table.Th>
            <Table.Th scope="col">{t('imports.check.decision')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.map((d) => {
            const [mine, theirs, firstRow] = sides(d, i18n.language);
            const decision = decisions[d.row];
            return (
              <Table.Tr key={d.row} data-reason={d.reason}>
                <Table.Td valign="top">{d.row}</Table.Td>
                <Table.Td valign="top">
                  <SideBySide
                    mine={mine}
                    theirs={theirs}
                    label={t('imports.check.rowPerson', { row: d.row })}
                  />
                </Table.Td>
                <Table.Td valign="top">
                  <Stack gap={4}>
                    <Text size="xs" fw={500}>
                      {firstRow
                        ? t('imports.check.sameAsRow', { row: firstRow })
                        : t('imports.check.knownPerson')}
                    </Text>
                    <SideBySide
                      mine={theirs}
                      theirs={mine}
                      label={
                        firstRow
                          ? t('imports.check.sameAsRow', { row: firstRow })
                          : t('imports.check.knownPerson')
                      }
                    />
                    {d.existing?.registered && (
                      <Badge size="xs" variant="light">
                        {t('imports.check.alreadyRegistered')}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td valign="top">
                  <Stack gap={4}>
                    <Text
                      size="xs"
                      fw={600}
                      c={d.reason === 'conflict' ? 'red' : d.suggested ? 'dimmed' : 'orange'}
                    >
                      {t(`imports.check.reason.${d.reason}`)}
                    </Text>
                    <NativeSelect
                      aria-label={t('imports.check.decisionFor', {
                        row: d.row,
                        name: d.incoming.name,
                      })}
                      value={decision ?? ''}
                      data={[
                        { value: '', label: t('imports.check.choose'), disabled: true },
                        ...DECISIONS.map((x) => ({
                          value: x,
                          label: t(`imports.decisions.${x}`),
                        })),
                      ]}
                      onChange={(e) => decide(d.row, e.currentTarget.value as Decision)}
                      error={decision ? undefined : t('imports.check.decisionNeeded')}
                    />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Each possible duplicate beside who it matches, and the registrar's choice. */
export function DuplicateDecisions({ duplicates }: { duplicates: Report['duplicates'] }) {
  const { t } = useTranslation();
  const decideAll = useImportStore((s) => s.decideAll);
  const sorted = [...duplicates].sort((a, b) => ORDER[a.reason] - ORDER[b.reason] || a.row - b.row);
  const conflicts = duplicates.filter((d) => d.reason === 'conflict').length;
  // The same email and name, or a repeated row: settled by the suggestion, kept folded away.
  const sure = sorted.filter((d) => d.reason === 'email' || d.reason === 'identical');
  const attention = sorted.filter((d) => !sure.includes(d));

  return (
    <>
      <Group gap="xs" role="group" aria-label={t('imports.check.applyToAll')}>
        <Text size="sm">{t('imports.check.applyToAll')}</Text>
        {DECISIONS.map((d) => (
          <Button key={d} size="xs" variant="default" onClick={() => decideAll(d)}>
            {t(`imports.decisions.${d}All`)}
          </Button>
        ))}
      </Group>
      {conflicts > 0 && (
        <Text size="sm" c="dimmed">
          {t('imports.check.conflictsNeverMerged', { count: conflicts })}
        </Text>
      )}
      {attention.length > 0 && <DuplicateTable duplicates={attention} />}
      {sure.length > 0 && (
        <details className={classes.sureMatches} open={attention.length === 0}>
          <summary>{t('imports.check.sureMatches', { count: sure.length })}</summary>
          <DuplicateTable duplicates={sure} />
        </details>
      )}
    </>
  );
}
