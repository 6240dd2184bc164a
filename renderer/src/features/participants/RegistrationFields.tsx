import { Checkbox, Group, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { Controller, useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../../../../shared/domain/time';
import { DayField } from '../../ui/fields/DayField';
import { SelectField } from '../../ui/fields/SelectField';
import type { ParticipantFormValues } from './participant-form';
import type { useParticipantOptions } from './use-participant-options';
import { StatusHistory } from './StatusHistory';
import type { StatusChangeEntry } from './participant-types';

interface Props {
  form: UseFormReturn<ParticipantFormValues>;
  err(name: FieldPath<ParticipantFormValues>): string | undefined;
  options: ReturnType<typeof useParticipantOptions>;
  /** The meeting's days, once known. */
  days: string[];
  /** Null for a new registration, which has no past. */
  history: StatusChangeEntry[] | null;
  timeZone: string;
}

/** This person at this meeting: role, status and its past, days, travel and needs. */
export function RegistrationFields({ form, err, options, days, history, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const { register, control } = form;
  const f = (name: string) => t(`participants.fields.${name}`);
  // The calendar opens on the meeting's days, and the departure on the arrival.
  const arrival = useWatch({ control, name: 'registration.arrivalDate' });
  const dateField = (
    name: 'registration.arrivalDate' | 'registration.departureDate',
    openAt: string | null | undefined,
  ) => (
    <DayField
      control={control}
      name={name}
      empty={null}
      openAt={openAt}
      clearable
      label={f(name.split('.')[1]!)}
      error={err(name)}
    />
  );
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('participants.panel.registration')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <SelectField
          control={control}
          name="registration.role"
          label={f('role')}
          allowDeselect={false}
          data={options.roles}
          error={err('registration.role')}
        />
        <SelectField
          control={control}
          name="registration.status"
          label={f('status')}
          allowDeselect={false}
          data={options.statuses}
          error={err('registration.status')}
        />
      </SimpleGrid>
      {history && <StatusHistory history={history} timeZone={timeZone} />}
      {days.length > 0 && (
        <Controller
          control={control}
          name="registration.plannedDays"
          render={({ field }) => (
            <Checkbox.Group
              label={f('plannedDays')}
              value={field.value ?? []}
              onChange={field.onChange}
              error={err('registration.plannedDays')}
            >
              <Group gap="md" mt={6}>
                {days.map((day) => (
                  <Checkbox key={day} value={day} label={formatWeekday(day, i18n.language)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {dateField('registration.arrivalDate', days[0])}
        {dateField('registration.departureDate', arrival ?? days.at(-1))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={f('dietary')}
          error={err('registration.dietary')}
          {...register('registration.dietary')}
        />
        <TextInput
          label={f('accessibility')}
          error={err('registration.accessibility')}
          {...register('registration.accessibility')}
        />
      </SimpleGrid>
      <TextInput
        label={f('badgeName')}
        description={t('participants.fields.badgeNameHint')}
        error={err('registration.badgeName')}
        {...register('registration.badgeName')}
      />
      <Checkbox
        label={f('visaLetter')}
        error={err('registration.visaLetter')}
        {...register('registration.visaLetter')}
      />
      <Textarea
        label={f('internalNotes')}
        description={t('participants.fields.internalNotesHint')}
        autosize
        minRows={2}
        maxRows={6}
        error={err('registration.internalNotes')}
        {...register('registration.internalNotes')}
      />
    </Stack>
  );
}
