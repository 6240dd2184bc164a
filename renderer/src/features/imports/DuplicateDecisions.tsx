import { Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision } from '../../../../shared/domain/imports';
import { countryName } from '../../../../shared/domain/countries';
import { useImportStore, type Report } from './imports.store';

/** Who each possible duplicate matches, and the registrar's choice: merge, skip or create. */
export function DuplicateDecisions({ duplicates }: { duplicates: Report['duplicates'] }) {
  const { t, i18n } = useTranslation();
  const decisions = useImportStore((s) => s.decisions);
  const decide = useImportStore((s) => s.decide);
  const decideAll = useImportStore((s) => s.decideAll);

  const person = (p: { name: string; email: string; organisation: string }, country: string) => (
    <>
      <Text size="sm" fw={500}>
        {p.name}
      </Text>
      <Text size="xs" c="dimmed">
        {[p.email, p.organisation, country].filter(Boolean).join(' · ')}
      </Text>
    </>
  );

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
      <Table.ScrollContainer minWidth={720}>
        <Table striped fz="sm" aria-label={t('imports.check.duplicatesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.check.row')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.inFile')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.matches')}</Table.Th>
              <Table.Th scope="col">{t('imports.check.decision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {duplicates.map((d) => (
              <Table.Tr key={d.row}>
                <Table.Td>{d.row}</Table.Td>
                <Table.Td>{person(d.incoming, d.incoming.country)}</Table.Td>
                <Table.Td>
                  {d.existing ? (
                    <>
                      {person(
                        d.existing,
                        d.existing.countryCode
                          ? countryName(d.existing.countryCode, i18n.language)
                          : '',
                      )}
                      {d.existing.registered && (
                        <Badge size="xs" variant="light" mt={4}>
                          {t('imports.check.alreadyRegistered')}
                        </Badge>
                      )}
                    </>
                  ) : (
                    <Text size="sm">{t('imports.check.sameAsRow', { row: d.firstRow })}</Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {t(`imports.check.match.${d.match}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('imports.check.decisionFor', {
                      row: d.row,
                      name: d.incoming.name,
                    })}
                    value={decisions[d.row] ?? ''}
                    data={[
                      { value: '', label: t('imports.check.choose'), disabled: true },
                      ...DECISIONS.map((x) => ({ value: x, label: t(`imports.decisions.${x}`) })),
                    ]}
                    onChange={(e) => decide(d.row, e.currentTarget.value as Decision)}
                    error={decisions[d.row] ? undefined : true}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
