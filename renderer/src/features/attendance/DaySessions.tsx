import { Badge, Button, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconListCheck, IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Output } from '../../../../shared/api';
import { formatMinute } from '../../../../shared/domain/agenda';

type SessionSummary = Output<'attendance.day'>['sessions'][number];

/** The day's sessions with who came, each with its roster and its door. */
export function DaySessions({
  meetingId,
  sessions,
}: {
  meetingId: number;
  sessions: readonly SessionSummary[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="day-sessions">
      <Title order={3} size="h4" id="day-sessions" mb="xs">
        {t('attendance.sessions.title')}
      </Title>
      {sessions.length === 0 ? (
        <Text c="dimmed">{t('attendance.sessions.none')}</Text>
      ) : (
        <Table aria-labelledby="day-sessions" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.sessions.time')}</Table.Th>
              <Table.Th>{t('attendance.sessions.session')}</Table.Th>
              <Table.Th>{t('attendance.sessions.attendance')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('attendance.sessions.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {formatMinute(s.startMinute)}–{formatMinute(s.endMinute)}
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Group gap={6}>
                    {s.title}
                    {s.region && <Badge variant="light">{t(`region.${s.region}`)}</Badge>}
                    {s.restricted && (
                      <Badge variant="light" color="red">
                        {t('attendance.sessions.restricted')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>
                  {t('attendance.sessions.figures', { attended: s.attended, expected: s.expected })}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      component={Link}
                      href={`/meetings/${meetingId}/attendance/sessions/${s.id}`}
                      leftSection={<IconListCheck size={14} aria-hidden />}
                      aria-label={t('attendance.sessions.rosterOf', { title: s.title })}
                    >
                      {t('attendance.sessions.roster')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      component={Link}
                      href={`/meetings/${meetingId}/desk/sessions/${s.id}`}
                      leftSection={<IconScan size={14} aria-hidden />}
                      aria-label={t('attendance.sessions.doorOf', { title: s.title })}
                    >
                      {t('attendance.sessions.door')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
