import {
  ActionIcon,
  Alert,
  Button,
  Group,
  SegmentedControl,
  Select,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconUser, IconVolume, IconVolumeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatMinute } from '../../../../../shared/domain/agenda';
import { formatDay, formatWeekday } from '../../../../../shared/domain/time';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useDeskStore } from './desk.store';
import classes from './desk.module.css';

interface Props {
  onEditOperator(): void;
  /** Called after any control is used, so the field gets the focus back. */
  refocus(): void;
}

/** Which meeting, which day (said plainly when it is not today), who is at the desk. */
export function DeskHeader({ onEditOperator, refocus }: Props) {
  const { t, i18n } = useTranslation();
  const info = useDeskStore((s) => s.info)!;
  const day = useDeskStore((s) => s.day);
  const mode = useDeskStore((s) => s.mode);
  const muted = useDeskStore((s) => s.muted);
  const store = useDeskStore.getState;
  const language = i18n.language;
  const session = info.session;
  const back = session
    ? `/meetings/${info.meeting.id}/attendance/sessions/${session.id}`
    : `/meetings/${info.meeting.id}/attendance`;
  const isToday = day === info.today;
  const dayChoices = info.meeting.days.map((d) => ({
    value: d,
    label: `${formatWeekday(d, language)}${d === info.today ? ` (${t('attendance.desk.today')})` : ''}`,
  }));

  return (
    <header className={classes.header}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group gap="md" wrap="nowrap">
          <Button
            component={Link}
            href={back}
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            {t('attendance.desk.leave')}
          </Button>
          <div>
            <Title order={1} size="h3">
              {session
                ? t('attendance.desk.sessionTitle', { title: session.title })
                : t('attendance.desk.title')}
            </Title>
            <Text size="sm" c="dimmed" lineClamp={1}>
              {session
                ? `${info.meeting.title} · ${formatMinute(session.startMinute)}–${formatMinute(session.endMinute)}${session.roomName ? ` · ${session.roomName}` : ''}`
                : info.meeting.title}
            </Text>
          </div>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {!session && (
            <SegmentedControl
              aria-label={t('attendance.desk.mode')}
              value={mode}
              onChange={(v) => {
                store().setMode(v as 'in' | 'out');
                refocus();
              }}
              data={[
                { value: 'in', label: t('attendance.desk.checkIn') },
                { value: 'out', label: t('attendance.desk.checkOut') },
              ]}
            />
          )}
          <Button
            variant="subtle"
            leftSection={<IconUser size={16} aria-hidden />}
            onClick={onEditOperator}
          >
            {info.operator
              ? t('attendance.desk.operator', { name: info.operator })
              : t('attendance.desk.noOperator')}
          </Button>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t(muted ? 'attendance.desk.soundOff' : 'attendance.desk.soundOn')}
            aria-pressed={!muted}
            onClick={() => {
              store().setMuted(!muted);
              refocus();
            }}
          >
            {muted ? <IconVolumeOff size={18} aria-hidden /> : <IconVolume size={18} aria-hidden />}
          </ActionIcon>
          <LanguageSwitch />
        </Group>
      </Group>
      {day === null ? (
        <Alert
          color="red"
          mt="sm"
          title={t('attendance.desk.notMeetingDay', { today: formatDay(info.today, language) })}
        >
          <Group gap="sm">
            <Text>{t('attendance.desk.chooseDay')}</Text>
            <Select
              aria-label={t('attendance.desk.day')}
              placeholder={t('attendance.desk.pickDay')}
              data={dayChoices}
              value={null}
              onChange={(v) => {
                if (v) store().setDay(v);
                refocus();
              }}
              allowDeselect={false}
            />
          </Group>
        </Alert>
      ) : (
        <Group mt="xs" gap="sm">
          <Text fw={700} size="lg" c={isToday ? undefined : 'orange.9'} data-testid="desk-day">
            {t(isToday ? 'attendance.desk.forToday' : 'attendance.desk.forDay', {
              day: formatWeekday(day, language),
            })}
          </Text>
          {!session && (
            <Select
              size="xs"
              aria-label={t('attendance.desk.day')}
              data={dayChoices}
              value={day}
              onChange={(v) => {
                if (v) store().setDay(v);
                refocus();
              }}
              allowDeselect={false}
              w={300}
            />
          )}
        </Group>
      )}
    </header>
  );
}
