import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { OrganisationInput } from '../../../../shared/api/people';
import { ORGANISATION_TYPES } from '../../../../shared/domain/people';
import { call } from '../../lib/api';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { CountryField } from '../../ui/fields/CountryField';
import { SelectField } from '../../ui/fields/SelectField';
import { useOrganisationsStore, type Organisation } from './organisations.store';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/fields/SubmitButton';

interface Props {
  /** The organisation to edit, or null to create one. */
  organisation: Organisation | null;
  onClose(): void;
}

/** Creates or edits an organisation; the backend's own checks show next to their fields. */
export function OrganisationFormModal({ organisation, onClose }: Props) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<OrganisationInput>({
    defaultValues: {
      name: organisation?.name ?? '',
      acronym: organisation?.acronym ?? '',
      type: organisation?.type ?? 'law_enforcement',
      countryCode: organisation?.countryCode ?? null,
    },
    resolver: zodResolver(OrganisationInput),
    mode: 'onBlur',
  });
  const types = ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }));
  const err = (name: FieldPath<OrganisationInput>) => fieldError(formState.errors, name);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const result = organisation
      ? await call('organisations.update', { id: organisation.id, organisation: values })
      : await call('organisations.create', values);
    if (result.ok) {
      void useOrganisationsStore.getState().load();
      notifications.show({
        color: 'green',
        message: t(organisation ? 'organisations.form.saved' : 'organisations.form.created', {
          name: result.value.name,
        }),
      });
      onClose();
      return;
    }
    const placed = showIssues(
      setError,
      result.error.issues,
      organisation ? 'organisation' : undefined,
    );
    setFormError(placed ? t('organisations.form.fixErrors') : errorText(result.error));
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(organisation ? 'organisations.form.editTitle' : 'organisations.form.createTitle')}
      size="lg"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <FormAlert message={formError} />
          <TextInput
            label={t('organisations.fields.name')}
            placeholder={t('organisations.form.namePlaceholder')}
            withAsterisk
            data-autofocus
            error={err('name')}
            {...register('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('organisations.fields.acronym')}
              error={err('acronym')}
              {...register('acronym')}
            />
            <SelectField
              control={control}
              name="type"
              label={t('organisations.fields.type')}
              withAsterisk
              allowDeselect={false}
              data={types}
              error={err('type')}
            />
          </SimpleGrid>
          <CountryField
            control={control}
            name="countryCode"
            label={t('organisations.fields.country')}
            placeholder={t('organisations.form.countryPlaceholder')}
            nothingFoundMessage={t('organisations.form.nothingFound')}
            error={err('countryCode')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <SubmitButton loading={formState.isSubmitting}>
              {t(organisation ? 'organisations.form.save' : 'organisations.form.create')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
