import { useMemo } from 'react';
import { Accordion, Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/api';
import { groupDayRows } from '../../../../shared/domain/attendance';
import { countryName } from '../../../../shared/domain/countries';
import { NoneText } from '../../ui/NoneText';
import { formatClock } from './attendance-format';

type DayRow = Output<'attendance.day'>['rows'][number];

/** Past this many people, only the first groups open by themselves: the page stays quick. */
const OPEN_ALL_UP_TO = 300;
const OPEN_FIRST = 5;

/**
 * People of one day grouped by country or organisation, each group with its figures, each person
 * with how to reach them (the not-yet-arrived are phoned or emailed) or when they came.
 */
export function TodayGroups(props: {
  rows: readonly DayRow[];
  by: 'country' | 'organisation';
  timeZone: string;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const groupLabel = useMemo(
    () => (key: string) =>
      key === ''
        ? t(
            props.by === 'country'
              ? 'attendance.today.noCountry'
              : 'attendance.today.noOrganisation',
          )
        : props.by === 'country'
          ? countryName(key, language)
          : key,
    [props.by, language, t],
  );
  const groups = useMemo(
    () => groupDayRows(props.rows, props.by, groupLabel, new Intl.Collator(language)),
    [props.rows, props.by, groupLabel, language],
  );
  if (props.rows.length === 0)
    return (
      <Text c="dimmed" py="lg">
        {t('attendance.today.nobody')}
      </Text>
    );
  const open = props.rows.length <= OPEN_ALL_UP_TO ? groups : groups.slice(0, OPEN_FIRST);
  return (
    <Accordion
      // A new grouping opens its own first groups.
      key={props.by}
      multiple
      defaultValue={open.map((g) => g.key || '-')}
      variant="contained"
      aria-label={props.label}
    >
      {groups.map((g) => (
        <Accordion.Item key={g.key || '-'} value={g.key || '-'}>
          <Accordion.Control>
            <Group justify="space-between" pe="md">
              <Text fw={600}>{groupLabel(g.key)}</Text>
              <Text size="sm" c="dimmed">
                {t('attendance.today.groupFigures', { came: g.came, expected: g.expected })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Table striped verticalSpacing={4} aria-label={groupLabel(g.key)} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attendance.today.name')}</Table.Th>
                  <Table.Th>
                    {props.by === 'country'
                      ? t('attendance.today.organisation')
                      : t('attendance.today.country')}
                  </Table.Th>
                  <Table.Th>{t('attendance.today.email')}</Table.Th>
                  <Table.Th>{t('attendance.today.phone')}</Table.Th>
                  <Table.Th>{t('attendance.today.arrived')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((r) => (
                  <Table.Tr key={r.registrationId}>
                    <Table.Th scope="row" fw={500}>
                      {r.name}
                    </Table.Th>
                    <Table.Td>
                      {props.by === 'country' ? (
                        r.organisationName || <NoneText />
                      ) : r.countryCode ? (
                        countryName(r.countryCode, language)
                      ) : (
                        <NoneText />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.email ? (
                        <Anchor href={`mailto:${r.email}`}>{r.email}</Anchor>
                      ) : (
                        <NoneText />
                      )}
                    </Table.Td>
                    <Table.Td>{r.phone || <NoneText />}</Table.Td>
                    <Table.Td>
                      {r.checkedInAt ? (
                        formatClock(r.checkedInAt, props.timeZone)
                      ) : (
                        <Text span c="orange.8" size="sm">
                          {t('attendance.today.notYet')}
                        </Text>
                      )}
                      {!r.expected && (
                        <Text span c="dimmed" size="xs" ms={6}>
                          {t('attendance.today.unplanned')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
