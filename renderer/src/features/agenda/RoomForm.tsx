import { useId, useState } from 'react';
import {
  Button,
  Chip,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RoomInput } from '../../../../shared/api/agenda';
import type { Room } from '../../../../shared/domain/agenda';
import { daysBetween, formatShortWeekday } from '../../../../shared/domain/time';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { useAgendaStore } from './agenda.store';
import { showAgendaUndo } from './agenda-undo-notice';

type RoomValues = z.input<typeof RoomInput>;

interface Props {
  meetingId: number;
  meeting: { startDate: string; endDate: string };
  /** The room to edit, or null to add one. */
  room: Room | null;
  onDone(): void;
}

/** A room's name, seats, where it is, and the days it cannot be used; Escape cancels. */
export function RoomForm({ meetingId, meeting, room, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const closedDaysId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RoomValues>({
    defaultValues: room
      ? {
          name: room.name,
          capacity: room.capacity,
          location: room.location,
          closedDays: room.closedDays,
        }
      : { name: '', capacity: null, location: '', closedDays: [] },
    resolver: zodResolver(RoomInput),
    // Checked on Save, then as you type: a message appearing when a field is left would move
    // the control being clicked (the recipient switch, Save) from under the pointer.
    mode: 'onSubmit',
  });
  const { register, control, handleSubmit, formState, setError } = form;
  const err = (name: FieldPath<RoomValues>) => fieldError(formState.errors, name);
  // Days closed before the meeting's dates moved stay listed, so they can be unticked.
  const days = [
    ...new Set([...daysBetween(meeting.startDate, meeting.endDate), ...(room?.closedDays ?? [])]),
  ].sort();

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      values = { ...values, closedDays: [...(values.closedDays ?? [])].sort() };
      const result = room
        ? await edit('agenda.updateRoom', { id: room.id, room: values })
        : await edit('agenda.createRoom', { meetingId, room: values });
      if (!result.ok) {
        const placed = showIssues(setError, result.error.issues, 'room');
        setFormError(placed ? t('agenda.session.fixErrors') : errorText(result.error));
        return;
      }
      showAgendaUndo(
        t(room ? 'agenda.forms.rooms.saved' : 'agenda.forms.rooms.created', { name: values.name }),
      );
      onDone();
    },
    () => setFormError(t('agenda.session.fixErrors')),
  );

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      aria-label={
        room ? t('agenda.forms.rooms.editNamed', { name: room.name }) : t('agenda.forms.rooms.add')
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onDone();
      }}
    >
      <Stack gap="sm">
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('agenda.forms.rooms.name')}
            required
            autoFocus
            error={err('name')}
            {...register('name')}
          />
          <Controller
            control={control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t('agenda.forms.rooms.capacity')}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                onBlur={field.onBlur}
                error={err('capacity')}
              />
            )}
          />
          <TextInput
            label={t('agenda.forms.rooms.location')}
            placeholder={t('agenda.forms.rooms.locationPlaceholder')}
            error={err('location')}
            {...register('location')}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="closedDays"
          render={({ field }) => (
            <Stack gap={6}>
              <Text size="sm" fw={500} id={closedDaysId}>
                {t('agenda.forms.rooms.closedDays')}
              </Text>
              <Chip.Group multiple value={field.value ?? []} onChange={field.onChange}>
                <Group gap="xs" role="group" aria-labelledby={closedDaysId}>
                  {days.map((day) => (
                    <Chip key={day} value={day} size="sm" color="red" variant="outline">
                      {formatShortWeekday(day, i18n.language)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              {err('closedDays') && (
                <Text size="xs" c="red">
                  {err('closedDays')}
                </Text>
              )}
            </Stack>
          )}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={formState.isSubmitting}>
            {t(room ? 'agenda.forms.rooms.save' : 'agenda.forms.rooms.addRoom')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
