import { useEffect, useState, type ReactNode } from 'react';
import { Button, Divider, Group, Stack, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { ParticipantFormSchema, type ParticipantFormValues } from './participant-form';
import { PersonFields, type PersonFieldsText } from '../people/PersonFields';
import { RegistrationFields } from './RegistrationFields';
import { useParticipantOptions } from './use-participant-options';
import type { StatusChangeEntry } from './participant-types';
import classes from './participants.module.css';
import { FormAlert } from '../../ui/FormAlert';
import { SubmitButton } from '../../ui/fields/SubmitButton';

/** What the form asks of its owner: save these values, and say which fields the backend refused. */
export type SaveResult = { ok: true } | { ok: false; error: ApiError };

interface Props {
  initial: ParticipantFormValues;
  isNew: boolean;
  days: string[];
  history: StatusChangeEntry[] | null;
  timeZone: string;
  onSave(
    values: ParticipantFormValues,
    dirty: { person: boolean; registration: boolean },
  ): Promise<SaveResult>;
  onCancel(): void;
  /** Told whenever the form starts or stops differing from `initial`, so closing can ask first. */
  onDirtyChange?(dirty: boolean): void;
  /** Shown above the fields, with access to the form (the new-person form's duplicate check). */
  top?(form: UseFormReturn<ParticipantFormValues>): ReactNode;
  /** Actions at the start of the footer, apart from Cancel and Save. */
  footerStart?: ReactNode;
}

/** The panel's wording of the person's fields. */
function personText(t: TFunction): PersonFieldsText {
  return {
    labels: 'participants.fields',
    hints: {
      countryCode: t('participants.fields.countryHint'),
      nationalityCode: t('participants.fields.nationalityHint'),
      consentToList: t('participants.fields.consentHint'),
    },
    organisationPlaceholder: t('participants.fields.organisationPlaceholder'),
  };
}

/**
 * The person and their registration in one form, checked as you go with the contract's schemas;
 * the backend's own refusals land next to the same fields.
 */
export function ParticipantForm({
  initial,
  isNew,
  days,
  history,
  timeZone,
  onSave,
  onCancel,
  onDirtyChange,
  top,
  footerStart,
}: Props) {
  const { t } = useTranslation();
  const options = useParticipantOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ParticipantFormValues>({
    defaultValues: initial,
    resolver: zodResolver(ParticipantFormSchema),
    mode: 'onBlur',
  });
  const { handleSubmit, setError, formState } = form;
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const err = (name: FieldPath<ParticipantFormValues>) => fieldError(formState.errors, name);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      // Compared as the contract parses them, so an edit typed and then undone saves nothing.
      const before = ParticipantFormSchema.safeParse(initial);
      const same = (part: 'person' | 'registration') =>
        !isNew &&
        before.success &&
        JSON.stringify(before.data[part]) === JSON.stringify(values[part]);
      const dirty = { person: !same('person'), registration: !same('registration') };
      const result = await onSave(values, dirty);
      if (result.ok) return;
      const placed = showIssues(setError, result.error.issues);
      setFormError(placed ? t('participants.panel.fixErrors') : errorText(result.error));
    },
    () => setFormError(t('participants.panel.fixErrors')),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="lg">
        <FormAlert message={formError} />
        {top?.(form)}
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('participants.panel.person')}
          </Title>
          <PersonFields
            control={form.control}
            register={form.register}
            path={(name) => `person.${name}` as const}
            err={err}
            options={options}
            text={personText(t)}
            layout="panel"
          />
        </Stack>
        <Divider />
        <RegistrationFields
          form={form}
          err={err}
          options={options}
          days={days}
          history={history}
          timeZone={timeZone}
        />
        <Group justify="space-between" className={classes.panelFooter}>
          <div>{footerStart}</div>
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <SubmitButton loading={formState.isSubmitting}>
              {t(isNew ? 'participants.panel.create' : 'participants.panel.save')}
            </SubmitButton>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
