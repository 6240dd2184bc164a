import { useState, type FormEvent } from 'react';
import { Button, Group, Popover, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCoffee } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMinute, parseMinute } from '../../../../../shared/domain/agenda';
import { formatWeekday } from '../../../../../shared/domain/time';
import { translateMessage } from '../../../i18n';
import { issuesByField } from '../../../ui/errors';
import { useAgendaStore } from '../agenda.store';
import { editErrorText } from '../timetable/session-actions';
import { useMeetingDays } from '../timetable/use-view-data';

interface Draft {
  title: string;
  type: 'break' | 'meal';
  day: string;
  start: string;
  end: string;
}

type Errors = Partial<Record<'title' | 'start' | 'end' | 'form', string>>;

/** What is wrong with the typed times, before asking the backend. */
function checkTimes(draft: Draft): Errors {
  const start = parseMinute(draft.start);
  const end = parseMinute(draft.end);
  const errors: Errors = {};
  if (!draft.title.trim()) errors.title = translateMessage('errors.required');
  if (start === null) errors.start = translateMessage('errors.invalidTime');
  if (end === null) errors.end = translateMessage('errors.invalidTime');
  else if (start !== null && end === start)
    errors.end = translateMessage('errors.zeroLengthSession');
  else if (start !== null && end < start)
    errors.end = translateMessage('errors.endBeforeStartTime');
  return errors;
}

/**
 * A break (or a meal) across every room in one action: a title, a day and two times, then one
 * session in all rooms. The toolbar's Undo takes it back.
 */
export function AddBreakButton() {
  const { t, i18n } = useTranslation();
  const meetingId = useAgendaStore((s) => s.meetingId);
  const currentDay = useAgendaStore((s) => s.day);
  const days = useMeetingDays();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const fresh = (): Draft => ({
    title: t('agenda.grid.break.defaultTitle'),
    type: 'break',
    day: currentDay ?? days[0] ?? '',
    start: '10:30',
    end: '11:00',
  });
  const [draft, setDraft] = useState<Draft>(fresh);
  const change = (fields: Partial<Draft>) => setDraft((d) => ({ ...d, ...fields }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkTimes(draft);
    setErrors(found);
    if (Object.keys(found).length || meetingId === null) return;
    setBusy(true);
    const result = await useAgendaStore.getState().edit('agenda.createSession', {
      meetingId,
      session: {
        title: draft.title.trim(),
        type: draft.type,
        day: draft.day,
        startMinute: parseMinute(draft.start)!,
        endMinute: parseMinute(draft.end)!,
        allRooms: true,
      },
    });
    setBusy(false);
    if (!result.ok) {
      const fields = issuesByField(result.error.issues, 'session');
      const field = (key: string) => {
        const message = fields.get(key);
        return message ? translateMessage(message) : undefined;
      };
      setErrors({
        start: field('startMinute'),
        end: field('endMinute'),
        form: fields.size ? undefined : editErrorText(result.error),
      });
      return;
    }
    setOpened(false);
    notifications.show({
      color: 'green',
      message: t('agenda.grid.break.added', {
        title: draft.title.trim(),
        time: `${formatMinute(parseMinute(draft.start)!)}–${formatMinute(parseMinute(draft.end)!)}`,
      }),
    });
  }

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={320}
      position="bottom-end"
      trapFocus
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconCoffee size={16} aria-hidden />}
          onClick={() => {
            if (!opened) {
              setDraft(fresh());
              setErrors({});
            }
            setOpened((o) => !o);
          }}
        >
          {t('agenda.grid.break.action')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={(e) => void submit(e)} aria-label={t('agenda.grid.break.title')} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('agenda.grid.break.name')}
              value={draft.title}
              onChange={(e) => change({ title: e.currentTarget.value })}
              error={errors.title}
              data-autofocus
            />
            <SegmentedControl
              fullWidth
              value={draft.type}
              onChange={(v) => change({ type: v as Draft['type'] })}
              data={[
                { value: 'break', label: t('agenda.sessionType.break') },
                { value: 'meal', label: t('agenda.sessionType.meal') },
              ]}
              aria-label={t('agenda.grid.break.kind')}
            />
            <Select
              label={t('agenda.grid.break.day')}
              data={days.map((d) => ({ value: d, label: formatWeekday(d, i18n.language) }))}
              value={draft.day}
              onChange={(v) => v && change({ day: v })}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
            <Group grow align="flex-start">
              <TextInput
                placeholder="10:30"
                label={t('agenda.grid.break.start')}
                value={draft.start}
                onChange={(e) => change({ start: e.currentTarget.value })}
                error={errors.start}
              />
              <TextInput
                placeholder="10:30"
                label={t('agenda.grid.break.end')}
                value={draft.end}
                onChange={(e) => change({ end: e.currentTarget.value })}
                error={errors.end}
              />
            </Group>
            {errors.form && (
              <div role="alert" style={{ color: 'var(--mantine-color-error)', fontSize: 14 }}>
                {errors.form}
              </div>
            )}
            <Button type="submit" loading={busy}>
              {t('agenda.grid.break.submit')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
