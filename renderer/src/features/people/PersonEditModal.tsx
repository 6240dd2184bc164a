import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PersonInput, type Person } from '../../../../shared/api/people';
import { displayName } from '../../../../shared/domain/people';
import { translateMessage } from '../../i18n';
import { call } from '../../lib/api';
import { errorText, issuesByField } from '../../ui/errors';
import { usePersonOptions } from './use-person-options';
import type { PersonDetails } from './PersonPage';

type Values = z.input<typeof PersonInput>;
type Saved = z.output<typeof Person>;

function initialValues(p: PersonDetails): Values {
  return {
    title: p.title,
    givenNames: p.givenNames,
    familyNames: p.familyNames,
    gender: p.gender,
    email: p.email,
    phone: p.phone,
    organisationId: p.organisationId,
    position: p.position,
    countryCode: p.countryCode,
    nationalityCode: p.nationalityCode,
    languages: p.languages,
    notes: p.notes,
    consentToList: p.consentToList,
  };
}

interface Props {
  person: PersonDetails;
  onClose(): void;
  onSaved(person: Saved): void;
}

/** Edits a person everywhere they appear; checked with the rules the backend applies. */
export function PersonEditModal({ person, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const options = usePersonOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: initialValues(person),
    resolver: zodResolver(PersonInput),
    mode: 'onBlur',
  });
  const err = (name: FieldPath<Values>) => {
    const message = formState.errors[name as keyof Values]?.message;
    return message ? translateMessage(String(message)) : undefined;
  };

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await call('people.update', { id: person.id, person: values });
    if (result.ok) {
      notifications.show({
        color: 'green',
        message: t('people.form.saved', { name: displayName(result.value) }),
      });
      onSaved(result.value);
      return;
    }
    const fields = issuesByField(result.error.issues, 'person');
    for (const [name, message] of fields) setError(name as FieldPath<Values>, { message });
    setFormError(fields.size ? t('people.form.fixErrors') : errorText(result.error));
  });

  const picker = (name: 'countryCode' | 'nationalityCode' | 'organisationId', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          searchable
          clearable
          limit={100}
          nothingFoundMessage={t('people.form.nothingFound')}
          data={name === 'organisationId' ? options.organisations : options.countries}
          value={field.value != null ? String(field.value) : null}
          onChange={(v) =>
            field.onChange(v === null ? null : name === 'organisationId' ? Number(v) : v)
          }
          onBlur={field.onBlur}
          error={err(name)}
        />
      )}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t('people.form.title')} size="xl" centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('people.fields.title')}
              error={err('title')}
              {...register('title')}
            />
            <TextInput
              label={t('people.fields.givenNames')}
              error={err('givenNames')}
              data-autofocus
              {...register('givenNames')}
            />
            <TextInput
              label={t('people.fields.familyNames')}
              description={t('people.form.nameHint')}
              error={err('familyNames')}
              {...register('familyNames')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="email"
              label={t('people.fields.email')}
              error={err('email')}
              {...register('email')}
            />
            <TextInput
              label={t('people.fields.phone')}
              error={err('phone')}
              {...register('phone')}
            />
            <Controller
              control={control}
              name="gender"
              render={({ field }) => (
                <Select
                  label={t('people.fields.gender')}
                  clearable
                  data={options.genders}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v)}
                  onBlur={field.onBlur}
                  error={err('gender')}
                />
              )}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {picker('organisationId', t('people.fields.organisation'))}
            <TextInput
              label={t('people.fields.position')}
              error={err('position')}
              {...register('position')}
            />
            {picker('countryCode', t('people.fields.country'))}
            {picker('nationalityCode', t('people.fields.nationality'))}
          </SimpleGrid>
          <Controller
            control={control}
            name="languages"
            render={({ field }) => (
              <MultiSelect
                label={t('people.fields.languages')}
                searchable
                data={options.languages}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err('languages')}
              />
            )}
          />
          <Textarea
            label={t('people.fields.notes')}
            autosize
            minRows={2}
            maxRows={8}
            error={err('notes')}
            {...register('notes')}
          />
          <Checkbox
            label={t('people.fields.consentToList')}
            description={t('people.form.consentHint')}
            {...register('consentToList')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('people.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
