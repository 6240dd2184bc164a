import { useState } from 'react';
import {
  Accordion,
  Button,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../shared/api';
import { formatMinute } from '../../../../../shared/domain/agenda';
import { formatInstant, formatWeekday } from '../../../../../shared/domain/time';
import { call } from '../../../lib/api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { errorText } from '../../../ui/errors';
import { formatClock } from '../attendance-format';
import { useLiveQuery } from '../use-attendance';
import { DayCell } from './DayCell';
import { AttendanceHistory } from './AttendanceHistory';
import { PersonBadgeDialog } from '../badges/PersonBadgeDialog';

type Attendance = Output<'attendance.person'>;

/**
 * A participant's attendance at a glance, for their panel: each meeting day, the sessions meant
 * for them, their badge, the note shown at the desk, and every change with who made it.
 */
export function PersonAttendance({ registrationId }: { registrationId: number }) {
  const { t, i18n } = useTranslation();
  const live = useLiveQuery('attendance.person', { registrationId });
  // What a save returned, until a fresh load (the one it was made on is gone) replaces it.
  const [saved, setSavedFor] = useState<{ on: Attendance | null; value: Attendance } | null>(null);
  const value = saved && saved.on === live.value ? saved.value : live.value;
  const setSaved = (next: Attendance) => setSavedFor({ on: live.value, value: next });
  const [note, setNote] = useState<string | null>(null);
  const [reissuing, setReissuing] = useState(false);
  const [printing, setPrinting] = useState(false);

  if (!value) return null;
  const { timeZone } = value;
  const language = i18n.language;
  const shownNote = note ?? value.deskNote;

  async function saveNote() {
    const reply = await call('attendance.setDeskNote', {
      registrationId,
      note: shownNote,
      operator: '',
    });
    if (!reply.ok) return notifications.show({ color: 'red', message: errorText(reply.error) });
    setSaved(reply.value);
    setNote(null);
    notifications.show({ color: 'green', message: t('attendance.person.noteSaved') });
  }

  async function reissue() {
    const reply = await call('attendance.reissueBadge', { registrationId, operator: '' });
    setReissuing(false);
    if (!reply.ok) return notifications.show({ color: 'red', message: errorText(reply.error) });
    live.reload();
    notifications.show({ color: 'green', message: t('attendance.person.reissued') });
    // The old badge is refused from now on: the new one is printed next.
    setPrinting(true);
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby={`attendance-${registrationId}`} mb="md">
      <Title order={3} size="h5" id={`attendance-${registrationId}`}>
        {t('attendance.person.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6}>
        {value.days.map((d) => (
          <DayCell
            key={d.day}
            registrationId={registrationId}
            day={d}
            timeZone={timeZone}
            onSaved={setSaved}
          />
        ))}
      </SimpleGrid>
      {value.sessions.length > 0 && (
        <List size="sm" spacing={2} aria-label={t('attendance.person.sessions')}>
          {value.sessions.map((s) => (
            <List.Item key={s.id}>
              {`${s.title} · ${formatWeekday(s.day, language)} ${formatMinute(s.startMinute)} · `}
              <Text span fw={600} c={s.checkedInAt ? 'teal.8' : 'dimmed'}>
                {s.checkedInAt
                  ? t('attendance.person.attended', { time: formatClock(s.checkedInAt, timeZone) })
                  : t('attendance.person.notAttended')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="xs" justify="space-between">
        <Group gap={6}>
          <IconId size={16} aria-hidden />
          <Text size="sm">
            {value.badge
              ? [
                  t('attendance.person.badgeIssued', {
                    when: formatInstant(value.badge.issuedAt, timeZone, language),
                  }),
                  value.badge.collectedAt
                    ? t('attendance.person.badgeCollected', {
                        when: formatInstant(value.badge.collectedAt, timeZone, language),
                      })
                    : t('attendance.person.badgeNotCollected'),
                ].join(' · ')
              : t('attendance.person.noBadge')}
          </Text>
        </Group>
        <Group gap={4}>
          <Button size="compact-sm" variant="subtle" onClick={() => setPrinting(true)}>
            {t('attendance.badges.printOne')}
          </Button>
          {value.badge && (
            <Button size="compact-sm" variant="subtle" onClick={() => setReissuing(true)}>
              {t('attendance.person.reissue')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          style={{ flex: 1 }}
          label={t('attendance.person.deskNote')}
          description={t('attendance.person.deskNoteHelp')}
          autosize
          minRows={1}
          maxLength={1000}
          value={shownNote}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={shownNote === value.deskNote}
          onClick={() => void saveNote()}
        >
          {t('attendance.person.saveNote')}
        </Button>
      </Group>
      <Accordion variant="default" chevronPosition="left">
        <Accordion.Item value="history">
          <Accordion.Control>
            {t('attendance.person.historyCount', { count: value.history.length })}
          </Accordion.Control>
          <Accordion.Panel>
            <AttendanceHistory history={value.history} timeZone={timeZone} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <ConfirmDialog
        opened={reissuing}
        title={t('attendance.person.reissueTitle')}
        confirmLabel={t('attendance.person.reissue')}
        onCancel={() => setReissuing(false)}
        onConfirm={() => void reissue()}
      >
        <Text>{t('attendance.person.reissueBody')}</Text>
      </ConfirmDialog>
      <PersonBadgeDialog
        registrationId={registrationId}
        opened={printing}
        onClose={() => {
          setPrinting(false);
          live.reload();
        }}
      />
    </Stack>
  );
}
