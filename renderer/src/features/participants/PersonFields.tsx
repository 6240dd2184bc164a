import {
  Checkbox,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Controller, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ParticipantFormValues } from './participant-form';
import type { useParticipantOptions } from './use-participant-options';

export interface FieldsProps {
  form: UseFormReturn<ParticipantFormValues>;
  err(name: FieldPath<ParticipantFormValues>): string | undefined;
  options: ReturnType<typeof useParticipantOptions>;
}

/** Who the person is: entered once, shared by every meeting they come to. */
export function PersonFields({ form, err, options }: FieldsProps) {
  const { t } = useTranslation();
  const { register, control } = form;
  const f = (name: string) => t(`participants.fields.${name}`);
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('participants.panel.person')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput label={f('title')} error={err('person.title')} {...register('person.title')} />
        <TextInput
          label={f('givenNames')}
          data-autofocus
          error={err('person.givenNames')}
          {...register('person.givenNames')}
        />
        <TextInput
          label={f('familyNames')}
          error={err('person.familyNames')}
          {...register('person.familyNames')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="email"
          label={f('email')}
          error={err('person.email')}
          {...register('person.email')}
        />
        <TextInput
          type="tel"
          label={f('phone')}
          error={err('person.phone')}
          {...register('person.phone')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="person.organisationId"
        render={({ field }) => (
          <Select
            label={f('organisation')}
            placeholder={t('participants.fields.organisationPlaceholder')}
            searchable
            clearable
            limit={100}
            data={options.organisations}
            value={field.value != null ? String(field.value) : null}
            onChange={(v) => field.onChange(v === null ? null : Number(v))}
            onBlur={field.onBlur}
            error={err('person.organisationId')}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={f('position')}
          error={err('person.position')}
          {...register('person.position')}
        />
        <Controller
          control={control}
          name="person.gender"
          render={({ field }) => (
            <Select
              label={f('gender')}
              clearable
              data={options.genders}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              error={err('person.gender')}
            />
          )}
        />
        <Controller
          control={control}
          name="person.countryCode"
          render={({ field }) => (
            <Select
              label={f('country')}
              description={t('participants.fields.countryHint')}
              searchable
              clearable
              data={options.countries}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              error={err('person.countryCode')}
            />
          )}
        />
        <Controller
          control={control}
          name="person.nationalityCode"
          render={({ field }) => (
            <Select
              label={f('nationality')}
              description={t('participants.fields.nationalityHint')}
              searchable
              clearable
              data={options.countries}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              error={err('person.nationalityCode')}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="person.languages"
        render={({ field }) => (
          <MultiSelect
            label={f('languages')}
            searchable
            data={options.languages}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={err('person.languages')}
          />
        )}
      />
      <Textarea
        label={f('notes')}
        autosize
        minRows={2}
        maxRows={6}
        error={err('person.notes')}
        {...register('person.notes')}
      />
      <Checkbox
        label={f('consentToList')}
        description={t('participants.fields.consentHint')}
        error={err('person.consentToList')}
        {...register('person.consentToList')}
      />
    </Stack>
  );
}
