import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Popover,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../../shared/api';
import { formatShortWeekday, formatWeekday } from '../../../../../shared/domain/time';
import { call } from '../../../lib/api';
import { translateMessage } from '../../../i18n';
import { errorText, issuesByField } from '../../../ui/errors';
import { formatClock } from '../attendance-format';

type PersonAttendance = Output<'attendance.person'>;
type Day = PersonAttendance['days'][number];

/** One meeting day of a person: came (when, until when), not come, or not planned; correctable. */
export function DayCell(props: {
  registrationId: number;
  day: Day;
  timeZone: string;
  onSaved(value: PersonAttendance): void;
}) {
  const { t, i18n } = useTranslation();
  const { day, timeZone } = props;
  const clock = (iso: string | null) => (iso ? formatClock(iso, timeZone) : '');
  const [opened, setOpened] = useState(false);
  const [present, setPresent] = useState(false);
  const [timeIn, setTimeIn] = useState('');
  const [timeOut, setTimeOut] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = formatWeekday(day.day, i18n.language);
  const issues = issuesByField(error?.issues);
  const issue = (name: string) => {
    const m = issues.get(name);
    return m ? translateMessage(m) : undefined;
  };

  function open() {
    setPresent(day.checkedInAt !== null);
    setTimeIn(clock(day.checkedInAt));
    setTimeOut(clock(day.checkedOutAt));
    setError(null);
    setOpened(true);
  }

  async function save() {
    setBusy(true);
    const reply = await call('attendance.setDay', {
      registrationId: props.registrationId,
      day: day.day,
      present,
      checkInTime: present && timeIn ? timeIn : null,
      checkOutTime: present && timeOut ? timeOut : null,
      operator: '',
    });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setOpened(false);
    props.onSaved(reply.value);
  }

  let state: string;
  if (day.checkedInAt)
    state = day.checkedOutAt
      ? t('attendance.person.inOut', { in: clock(day.checkedInAt), out: clock(day.checkedOutAt) })
      : t('attendance.person.in', { time: clock(day.checkedInAt) });
  else state = t(day.expected ? 'attendance.person.notCome' : 'attendance.person.notPlanned');

  return (
    <Paper
      withBorder
      p={6}
      bg={day.checkedInAt ? 'green.0' : undefined}
      data-testid="attendance-day"
    >
      <Group gap={4} justify="space-between" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed" title={label}>
            {formatShortWeekday(day.day, i18n.language)}
          </Text>
          <Text
            size="sm"
            fw={day.checkedInAt ? 600 : 400}
            c={day.checkedInAt ? undefined : 'dimmed'}
          >
            {day.checkedInAt && <IconCheck size={14} aria-hidden style={{ marginInlineEnd: 2 }} />}
            {state}
          </Text>
        </div>
        <Popover opened={opened} onChange={setOpened} trapFocus position="bottom" withArrow>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('attendance.person.correct', { day: label })}
              onClick={() => (opened ? setOpened(false) : open())}
            >
              <IconPencil size={14} aria-hidden />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <Stack gap="xs" w={220}>
                <Checkbox
                  label={t('attendance.person.presentOn', { day: label })}
                  checked={present}
                  onChange={(e) => setPresent(e.currentTarget.checked)}
                />
                <TextInput
                  label={t('attendance.person.timeIn')}
                  placeholder="08:30"
                  value={timeIn}
                  disabled={!present}
                  onChange={(e) => setTimeIn(e.currentTarget.value)}
                  error={issue('checkInTime')}
                />
                <TextInput
                  label={t('attendance.person.timeOut')}
                  placeholder="17:30"
                  value={timeOut}
                  disabled={!present}
                  onChange={(e) => setTimeOut(e.currentTarget.value)}
                  error={issue('checkOutTime')}
                />
                {error && issues.size === 0 && (
                  <Text c="red" size="sm">
                    {errorText(error)}
                  </Text>
                )}
                <Group justify="flex-end" gap="xs">
                  <Button size="xs" variant="default" onClick={() => setOpened(false)}>
                    {t('common.cancel')}
                  </Button>
                  <Button size="xs" type="submit" loading={busy}>
                    {t('common.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Popover.Dropdown>
        </Popover>
      </Group>
    </Paper>
  );
}
