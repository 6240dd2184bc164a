import { Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { daysBetween, formatWeekday } from '../../../../shared/domain/time';
import { useAgendaStore } from './agenda.store';
import type { SessionFormValues } from './session-form';
import { TimeField } from './TimeField';

const ALL_ROOMS = 'all';
const NO_ROOM = 'none';

interface Props {
  form: UseFormReturn<SessionFormValues>;
  err(name: FieldPath<SessionFormValues>): string | undefined;
  agenda: Agenda;
}

/** '1 h 30', '2 h', '45 min': how long a session lasts, written the same in English and French. */
export function lengthText(start: number, end: number): string | null {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  const hours = Math.floor((end - start) / 60);
  const minutes = (end - start) % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes ? `${hours} h ${String(minutes).padStart(2, '0')}` : `${hours} h`;
}

/** When and where: the day (the meeting's days), the start and end (24 h), the room. */
export function SessionWhenFields({ form, err, agenda }: Props) {
  const { t, i18n } = useTranslation();
  const { control } = form;
  const step = useAgendaStore((s) => s.snapMinutes);
  const [day, start, end, allRooms] = useWatch({
    control,
    name: ['day', 'startMinute', 'endMinute', 'allRooms'],
  });
  const days = daysBetween(agenda.meeting.startDate, agenda.meeting.endDate);
  const dayOptions = days.map((d) => ({ value: d, label: formatWeekday(d, i18n.language) }));
  // A session left outside the meeting's days (its dates moved) keeps its day, said as such.
  if (day && !days.includes(day))
    dayOptions.push({
      value: day,
      label: t('agenda.session.outsideDay', { day: formatWeekday(day, i18n.language) }),
    });
  const roomOptions = [
    { value: ALL_ROOMS, label: t('agenda.session.room.all') },
    { value: NO_ROOM, label: t('agenda.session.room.none') },
    ...agenda.rooms.map((r) => {
      const parts = [r.name];
      if (r.capacity !== null) parts.push(t('agenda.session.room.seats', { count: r.capacity }));
      if (day && r.closedDays.includes(day)) parts.push(t('agenda.session.room.closed'));
      return { value: String(r.id), label: parts.join(' · ') };
    }),
  ];
  const length = lengthText(start, end);

  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="day"
        render={({ field }) => (
          <Select
            label={t('agenda.session.fields.day')}
            data={dayOptions}
            value={field.value || null}
            allowDeselect={false}
            onChange={(v) => field.onChange(v ?? '')}
            onBlur={field.onBlur}
            error={err('day')}
          />
        )}
      />
      <SimpleGrid cols={2} spacing="sm">
        {(['startMinute', 'endMinute'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <TimeField
                label={t(`agenda.session.fields.${name === 'startMinute' ? 'start' : 'end'}`)}
                value={field.value}
                step={step}
                onChange={(minute) => {
                  field.onChange(minute);
                  // The end's message depends on the start: checked again when either changes.
                  if (form.formState.isSubmitted) void form.trigger(['startMinute', 'endMinute']);
                }}
                onBlur={field.onBlur}
                error={err(name)}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {t('agenda.session.timeHint', { step })}
        </Text>
        {length && (
          <Text size="xs" c="dimmed">
            {t('agenda.session.length', { length })}
          </Text>
        )}
      </Group>
      <Controller
        control={control}
        name="roomId"
        render={({ field }) => {
          const value = allRooms ? ALL_ROOMS : field.value == null ? NO_ROOM : String(field.value);
          return (
            <Select
              label={t('agenda.session.fields.room')}
              data={roomOptions}
              value={value}
              allowDeselect={false}
              onChange={(v) => {
                form.setValue('allRooms', v === ALL_ROOMS, { shouldDirty: true });
                field.onChange(v === ALL_ROOMS || v === NO_ROOM || v === null ? null : Number(v));
              }}
              onBlur={field.onBlur}
              error={err('roomId')}
            />
          );
        }}
      />
    </Stack>
  );
}
