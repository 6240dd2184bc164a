import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PersonInput, type Person } from '../../../../shared/api/people';
import { displayName } from '../../../../shared/domain/people';
import { call } from '../../lib/api';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { useOrganisationList } from '../organisations/organisations.store';
import { PersonFields } from './PersonFields';
import { usePersonOptions } from './use-person-options';
import type { PersonDetails } from './PersonPage';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/fields/SubmitButton';

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
  const options = usePersonOptions(useOrganisationList().list);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: initialValues(person),
    resolver: zodResolver(PersonInput),
    mode: 'onBlur',
  });
  const err = (name: FieldPath<Values>) => fieldError(formState.errors, name);

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
    const placed = showIssues(setError, result.error.issues, 'person');
    setFormError(placed ? t('people.form.fixErrors') : errorText(result.error));
  });

  return (
    <Modal opened onClose={onClose} title={t('people.form.title')} size="xl" centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <FormAlert message={formError} />
          <PersonFields
            control={control}
            register={register}
            path={(name) => name}
            err={err}
            options={options}
            text={{
              labels: 'people.fields',
              hints: {
                familyNames: t('people.form.nameHint'),
                consentToList: t('people.form.consentHint'),
              },
              nothingFound: t('people.form.nothingFound'),
            }}
            layout="modal"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <SubmitButton loading={formState.isSubmitting}>{t('people.form.save')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
