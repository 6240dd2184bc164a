import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { formatWeekday } from '../../../../shared/domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { errorText } from '../../ui/errors';
import { useMeetingList } from '../meetings/meetings.store';
import { formatCount } from '../participants/participant-view';
import { useLiveQuery } from './use-attendance';
import { TodayGroups } from './TodayGroups';
import { DaySessions } from './DaySessions';
import { NotArrivedExport } from './NotArrivedExport';

/** The day the view opens on: today during the meeting, else its last day after it, its first before. */
function initialDay(days: readonly string[], today: string): string {
  if (days.includes(today)) return today;
  return today > (days.at(-1) ?? '') ? days.at(-1)! : days[0]!;
}

/**
 * Today's view of a meeting's attendance: who is expected, who came, who has not come yet with
 * how to reach them, by country or organisation; the day's sessions with their rosters.
 */
export function AttendancePage() {
  const { t, i18n } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  useMeetingList();
  const desk = useLiveQuery('attendance.desk', { meetingId });
  const info = desk.value;
  const [chosen, setChosen] = useState<string | null>(null);
  const day = info ? (chosen ?? initialDay(info.meeting.days, info.today)) : null;
  const data = useLiveQuery('attendance.day', day ? { meetingId, day } : null);
  const [by, setBy] = useState<'country' | 'organisation'>('country');
  const [tab, setTab] = useState<string | null>('notYet');
  const language = i18n.language;
  const n = (x: number) => formatCount(x, language);

  const lists = useMemo(() => {
    const rows = data.value?.rows ?? [];
    return {
      notYet: rows.filter((r) => r.expected && !r.checkedInAt),
      came: rows.filter((r) => r.checkedInAt),
      expected: rows.filter((r) => r.expected),
    };
  }, [data.value]);
  const unplanned = lists.came.filter((r) => !r.expected).length;

  if (desk.error) return <Alert color="red">{errorText(desk.error)}</Alert>;
  if (!info || !day) return <Loader aria-label={t('common.loading')} />;

  return (
    <Stack>
      <PageHeader
        title={t('attendance.title')}
        status={
          data.value
            ? t('attendance.today.status', {
                day: formatWeekday(day, language),
                came: n(lists.expected.length - lists.notYet.length),
                expected: n(lists.expected.length),
              })
            : null
        }
        actions={
          <Group gap="xs">
            <NotArrivedExport meetingId={meetingId} day={day} count={lists.notYet.length} />
            <Button
              component={Link}
              href={`/meetings/${meetingId}/desk`}
              leftSection={<IconScan size={16} aria-hidden />}
            >
              {t('attendance.openDesk')}
            </Button>
          </Group>
        }
      />
      <Group gap="md" align="flex-end">
        <Select
          label={t('attendance.today.day')}
          data={info.meeting.days.map((d) => ({
            value: d,
            label: `${formatWeekday(d, language)}${d === info.today ? ` (${t('attendance.desk.today')})` : ''}`,
          }))}
          value={day}
          onChange={(v) => v && setChosen(v)}
          allowDeselect={false}
          w={320}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="attendance-group-by">
            {t('attendance.today.groupBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="attendance-group-by"
            value={by}
            onChange={(v) => setBy(v as 'country' | 'organisation')}
            data={[
              { value: 'country', label: t('attendance.today.byCountry') },
              { value: 'organisation', label: t('attendance.today.byOrganisation') },
            ]}
          />
        </div>
      </Group>
      {data.error && <Alert color="red">{errorText(data.error)}</Alert>}
      {data.value ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('attendance.today.expected')} value={n(lists.expected.length)} />
            <Figure
              label={t('attendance.today.came')}
              value={n(lists.expected.length - lists.notYet.length)}
            />
            <Figure label={t('attendance.today.notYetCount')} value={n(lists.notYet.length)} />
            <Figure label={t('attendance.today.unplannedCount')} value={n(unplanned)} />
          </SimpleGrid>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="notYet">
                {t('attendance.today.tabNotYet', { count: lists.notYet.length })}
              </Tabs.Tab>
              <Tabs.Tab value="came">
                {t('attendance.today.tabCame', { count: lists.came.length })}
              </Tabs.Tab>
              <Tabs.Tab value="expected">
                {t('attendance.today.tabExpected', { count: lists.expected.length })}
              </Tabs.Tab>
            </Tabs.List>
            {(['notYet', 'came', 'expected'] as const).map((key) => (
              <Tabs.Panel key={key} value={key} pt="md">
                <TodayGroups
                  rows={lists[key]}
                  by={by}
                  timeZone={info.meeting.timeZone}
                  label={t(`attendance.today.list.${key}`)}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
          <DaySessions meetingId={meetingId} sessions={data.value.sessions} />
        </>
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
