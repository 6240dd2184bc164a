import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../../shared/api';
import { formatMinute, type Award } from '../../../../shared/domain/agenda';
import { formatShortWeekday } from '../../../../shared/domain/time';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormAlert } from '../../ui/FormAlert';
import { useAgendaStore } from './agenda.store';
import { showAgendaUndo } from './agenda-undo-notice';
import {
  AwardFormSchema,
  emptyAward,
  formFromAward,
  recipientKindOf,
  withRecipientKind,
  type AwardFormValues,
} from './award-form';
import { RecipientFields } from './RecipientFields';

interface Props {
  agenda: Agenda;
  /** The award to edit, or null for a new one. */
  award: Award | null;
  onClose(): void;
}

/** The sessions as a picker shows them: in programme order, each with its day and time. */
export function sessionChoices(agenda: Agenda, language: string) {
  return [...agenda.sessions]
    .sort((a, b) => a.day.localeCompare(b.day) || a.startMinute - b.startMinute || a.id - b.id)
    .map((s) => ({
      value: String(s.id),
      label: `${formatShortWeekday(s.day, language)} ${formatMinute(s.startMinute)} · ${s.title}`,
    }));
}

/** Adds or edits one award: its name, recipient, the session where it is given, the citation. */
export function AwardFormModal({ agenda, award, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const initial = award ? formFromAward(award) : emptyAward();
  // A new award starts with an organisation, the most usual recipient; a saved one as it was.
  const [kind, setKind] = useState(award ? recipientKindOf(initial) : 'organisation');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AwardFormValues>({
    defaultValues: initial,
    resolver: zodResolver(AwardFormSchema),
    // Checked on Save, then as you type: a message appearing when a field is left would move
    // the control being clicked (the recipient switch, Save) from under the pointer.
    mode: 'onSubmit',
  });
  const { handleSubmit, formState, register, control, setError } = form;
  const err = (name: FieldPath<AwardFormValues>) => fieldError(formState.errors, name);
  // Closing with unsaved edits (Escape, the close button, Cancel) asks first.
  const [asking, setAsking] = useState(false);
  // Read while rendering: react-hook-form only tracks the form state a render has read.
  const dirty = formState.isDirty;
  // The question opens a tick later: opened during Escape's keydown, its own Escape listener
  // would receive that same event and close it at once.
  const close = () => (dirty ? setTimeout(() => setAsking(true)) : onClose());

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      const input = withRecipientKind(values, kind);
      const result = award
        ? await edit('agenda.updateAward', { id: award.id, award: input })
        : await edit('agenda.createAward', { meetingId: agenda.meeting.id, award: input });
      if (!result.ok) {
        const placed = showIssues(setError, result.error.issues, 'award');
        setFormError(placed ? t('agenda.session.fixErrors') : errorText(result.error));
        return;
      }
      showAgendaUndo(
        t(award ? 'agenda.forms.awards.saved' : 'agenda.forms.awards.created', {
          name: values.name,
        }),
      );
      onClose();
    },
    () => setFormError(t('agenda.session.fixErrors')),
  );

  return (
    <>
      <Modal
        opened
        onClose={close}
        closeOnEscape={!asking}
        title={t(award ? 'agenda.forms.awards.editTitle' : 'agenda.forms.awards.newTitle')}
        size="lg"
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <FormAlert message={formError} />
            <TextInput
              label={t('agenda.forms.awards.name')}
              required
              data-autofocus
              error={err('name')}
              {...register('name')}
            />
            <RecipientFields form={form} err={err} kind={kind} onKind={setKind} />
            <Controller
              control={control}
              name="sessionId"
              render={({ field }) => (
                <Select
                  label={t('agenda.forms.awards.session')}
                  placeholder={t('agenda.forms.awards.noSession')}
                  searchable
                  clearable
                  data={sessionChoices(agenda, i18n.language)}
                  value={field.value == null ? null : String(field.value)}
                  onChange={(v) => field.onChange(v === null ? null : Number(v))}
                  nothingFoundMessage={t('agenda.session.nothingFound')}
                  error={err('sessionId')}
                />
              )}
            />
            <Textarea
              label={t('agenda.forms.awards.citation')}
              autosize
              minRows={3}
              maxRows={10}
              error={err('citation')}
              {...register('citation')}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={formState.isSubmitting}>
                {t(award ? 'agenda.forms.awards.save' : 'agenda.forms.awards.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={asking}
        title={t('agenda.session.discard.title')}
        confirmLabel={t('agenda.session.discard.confirm')}
        cancelLabel={t('agenda.session.discard.keep')}
        danger
        onCancel={() => setAsking(false)}
        onConfirm={onClose}
      >
        <Text>{t('agenda.forms.awards.discardBody')}</Text>
      </ConfirmDialog>
    </>
  );
}
