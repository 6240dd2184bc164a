import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VisaDetailsInput, type VisaRequest } from '../../../../../shared/api/reports-documents';
import { call } from '../../../lib/api';
import { errorText, fieldError, showIssues } from '../../../ui/errors';
import { CountryField } from '../../../ui/fields/CountryField';
import { DayField } from '../../../ui/fields/DayField';
import { FormAlert } from '../../../ui/FormAlert';

type Values = VisaDetailsInput;

/** The passport details of one request, entered for its letter only. */
export function VisaDetailsModal({
  request,
  onClose,
}: {
  request: VisaRequest | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const name = request ? `${request.givenNames} ${request.familyNames}`.trim() : '';
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={t('reports.visa.form.title', { name })}
      size="lg"
      centered
    >
      {request && <DetailsForm request={request} onClose={onClose} />}
    </Modal>
  );
}

function DetailsForm({ request, onClose }: { request: VisaRequest; onClose(): void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const d = request.details;
  const form = useForm<Values>({
    defaultValues: {
      passportNumber: d?.passportNumber ?? '',
      nationalityCode: d?.nationalityCode ?? request.personNationalityCode ?? null,
      dateOfBirth: d?.dateOfBirth ?? null,
      placeOfBirth: d?.placeOfBirth ?? '',
      passportIssuedOn: d?.passportIssuedOn ?? null,
      passportExpiresOn: d?.passportExpiresOn ?? null,
      passportAuthority: d?.passportAuthority ?? '',
    },
    resolver: zodResolver(VisaDetailsInput),
    mode: 'onSubmit',
  });
  const { register, control, handleSubmit, formState, setError } = form;
  const err = (field: FieldPath<Values>) => fieldError(formState.errors, field);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      const result = await call('reports.saveVisaDetails', {
        registrationId: request.registrationId,
        details: values,
      });
      if (!result.ok) {
        const placed = showIssues(setError, result.error.issues, 'details');
        setFormError(placed ? t('reports.visa.form.fixErrors') : errorText(result.error));
        return;
      }
      onClose();
    },
    () => setFormError(t('reports.visa.form.fixErrors')),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('reports.visa.privacy')}
        </Text>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('reports.visa.form.passportNumber')}
            required
            autoFocus
            error={err('passportNumber')}
            {...register('passportNumber')}
          />
          <CountryField
            control={control}
            name="nationalityCode"
            label={t('reports.visa.form.nationality')}
            error={err('nationalityCode')}
          />
          <DayField
            control={control}
            name="dateOfBirth"
            empty={null}
            clearable
            openAt="1980-01-01"
            label={t('reports.visa.form.dateOfBirth')}
            error={err('dateOfBirth')}
          />
          <TextInput
            label={t('reports.visa.form.placeOfBirth')}
            error={err('placeOfBirth')}
            {...register('placeOfBirth')}
          />
          <DayField
            control={control}
            name="passportIssuedOn"
            empty={null}
            clearable
            label={t('reports.visa.form.issuedOn')}
            error={err('passportIssuedOn')}
          />
          <DayField
            control={control}
            name="passportExpiresOn"
            empty={null}
            clearable
            label={t('reports.visa.form.expiresOn')}
            error={err('passportExpiresOn')}
          />
          <TextInput
            label={t('reports.visa.form.authority')}
            error={err('passportAuthority')}
            {...register('passportAuthority')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('reports.visa.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
