import { useState } from 'react';
import { Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isRetentionDue } from '../../../../shared/domain/retention';
import { formatDay, todayIn } from '../../../../shared/domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { useMeetingList, type MeetingListItem } from '../meetings/meetings.store';
import { RetentionReview } from './RetentionReview';

function RetentionState({ meeting }: { meeting: MeetingListItem }) {
  const { t } = useTranslation();
  if (meeting.retentionDate === null)
    return (
      <Badge variant="light" color="gray" tt="none">
        {t('privacy.page.noDate')}
      </Badge>
    );
  const due = isRetentionDue({
    retentionDate: meeting.retentionDate,
    today: todayIn(meeting.timeZone),
  });
  return due ? (
    <Badge variant="light" color="orange" tt="none">
      {t('privacy.page.due')}
    </Badge>
  ) : (
    <Badge variant="light" color="green" tt="none">
      {t('privacy.page.kept')}
    </Badge>
  );
}

/** Privacy: the rule, each meeting's retention date and state, and the review on demand. */
export function RetentionPage() {
  const { t, i18n } = useTranslation();
  const { list } = useMeetingList();
  const [reviewing, setReviewing] = useState(false);
  const sorted = [...list].sort((a, b) => b.endDate.localeCompare(a.endDate));
  return (
    <Stack gap="lg" maw={1040}>
      <PageHeader
        title={t('privacy.page.title')}
        actions={
          <Button
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            onClick={() => setReviewing(true)}
          >
            {t('privacy.page.check')}
          </Button>
        }
      />
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Text>{t('privacy.page.rule')}</Text>
          <Text size="sm" c="dimmed">
            {t('privacy.page.person')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('privacy.page.log')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={3} size="h4" mb="md" id="retention-meetings">
          {t('privacy.page.meetings')}
        </Title>
        {sorted.length === 0 ? (
          <Text c="dimmed">{t('privacy.page.noMeetings')}</Text>
        ) : (
          <Table verticalSpacing="sm" aria-labelledby="retention-meetings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.page.meeting')}</Table.Th>
                <Table.Th>{t('privacy.page.lastDay')}</Table.Th>
                <Table.Th>{t('privacy.page.keepUntil')}</Table.Th>
                <Table.Th>{t('privacy.page.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/meetings/${m.id}`}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDay(m.endDate, i18n.language)}</Table.Td>
                  <Table.Td>
                    {m.retentionDate ? (
                      formatDay(m.retentionDate, i18n.language)
                    ) : (
                      <Anchor component={Link} href={`/meetings/${m.id}/edit`} size="sm">
                        {t('privacy.page.setDate')}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RetentionState meeting={m} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <RetentionReview opened={reviewing} onClose={() => setReviewing(false)} />
    </Stack>
  );
}
