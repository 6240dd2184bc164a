import { useState } from 'react';
import { Autocomplete, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MeetingInput } from '../../../../shared/api/meetings';
import type { Envelope } from '../../../../shared/api';
import { wouldCreateCycle } from '../../../../shared/domain/meeting';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { CountryField } from '../../ui/fields/CountryField';
import { DayField } from '../../ui/fields/DayField';
import { LanguagesField } from '../../ui/fields/LanguagesField';
import { SelectField } from '../../ui/fields/SelectField';
import { useMeetingList } from './meetings.store';
import { useMeetingOptions } from './use-meeting-options';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/fields/SubmitButton';

type Values = z.input<typeof MeetingInput>;

interface Props {
  initial: Values;
  meetingId: number | null;
  onSubmit(values: Values): Promise<Envelope<unknown>>;
}

/** The meeting's fields, checked as you go with the same rules the backend applies. */
export function MeetingForm({ initial, meetingId, onSubmit }: Props) {
  const { t } = useTranslation();
  const { list } = useMeetingList();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: initial,
    resolver: zodResolver(MeetingInput),
    mode: 'onBlur',
  });
  const options = useMeetingOptions(useWatch({ control, name: 'timeZone' }));
  const firstDay = useWatch({ control, name: 'startDate' });
  const lastDay = useWatch({ control, name: 'endDate' });
  const parentOf = (id: number) => list.find((m) => m.id === id)?.parentId ?? null;
  const parents = list
    .filter((m) => meetingId === null || !wouldCreateCycle(meetingId, m.id, parentOf))
    .map((m) => ({ value: String(m.id), label: m.title }));
  const err = (name: FieldPath<Values>) => fieldError(formState.errors, name);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await onSubmit(values);
    if (result.ok) return;
    const placed = showIssues(
      setError,
      result.error.issues,
      meetingId === null ? undefined : 'meeting',
    );
    setFormError(placed ? t('meetings.form.fixErrors') : errorText(result.error));
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FormAlert message={formError} />
        <TextInput
          label={t('meetings.form.title')}
          placeholder={t('meetings.form.titlePlaceholder')}
          withAsterisk
          error={err('title')}
          {...register('title')}
        />
        <SelectField
          control={control}
          name="kind"
          label={t('meetings.form.kind')}
          withAsterisk
          data={options.kinds}
          allowDeselect={false}
          error={err('kind')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DayField
            control={control}
            name="startDate"
            empty=""
            label={t('meetings.form.startDate')}
            withAsterisk
            error={err('startDate')}
          />
          <DayField
            control={control}
            name="endDate"
            empty=""
            openAt={firstDay}
            label={t('meetings.form.endDate')}
            withAsterisk
            error={err('endDate')}
          />
        </SimpleGrid>
        {/* Free text with suggestions rather than a Select: a Select silently drops a zone typed
            outside its list, where this keeps it and says why it is refused. */}
        <Controller
          control={control}
          name="timeZone"
          render={({ field }) => (
            <Autocomplete
              label={t('meetings.form.timeZone')}
              description={t('meetings.form.timeZoneHint')}
              withAsterisk
              limit={50}
              data={options.timeZones}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err('timeZone')}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('meetings.form.venue')} error={err('venue')} {...register('venue')} />
          <TextInput label={t('meetings.form.city')} error={err('city')} {...register('city')} />
          <CountryField
            control={control}
            name="countryCode"
            label={t('meetings.form.country')}
            placeholder={t('meetings.form.countryPlaceholder')}
            error={err('countryCode')}
          />
        </SimpleGrid>
        <LanguagesField
          control={control}
          name="languages"
          label={t('meetings.form.languages')}
          placeholder={t('meetings.form.languagesPlaceholder')}
          error={err('languages')}
        />
        <SelectField
          numeric
          control={control}
          name="parentId"
          label={t('meetings.form.parent')}
          placeholder={t('meetings.form.parentNone')}
          clearable
          searchable
          data={parents}
          error={err('parentId')}
        />
        <DayField
          control={control}
          name="retentionDate"
          empty={null}
          clearable
          openAt={lastDay}
          label={t('meetings.form.retentionDate')}
          description={t('meetings.form.retentionHint')}
          error={err('retentionDate')}
        />
        <Textarea
          label={t('meetings.form.description')}
          autosize
          minRows={3}
          maxRows={10}
          error={err('description')}
          {...register('description')}
        />
        <Group justify="flex-end">
          <SubmitButton loading={formState.isSubmitting}>
            {t(meetingId === null ? 'meetings.form.create' : 'meetings.form.save')}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
