import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Stack, Tooltip } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { Agenda } from '../../../../shared/api';
import type { Session } from '../../../../shared/domain/agenda';
import { errorText, fieldError, showIssues } from '../../ui/errors';
import { FormAlert } from '../../ui/FormAlert';
import { useAgendaStore } from './agenda.store';
import { refusalText } from './agenda-errors';
import { showAgendaUndo } from './agenda-undo-notice';
import { SessionAwards } from './SessionAwards';
import { SessionClashes } from './SessionClashes';
import { SessionFields } from './SessionFields';
import {
  duplicatePlace,
  formFromSession,
  SessionFormSchema,
  type SessionFormValues,
} from './session-form';
import { useMeetingRegistrations } from './use-meeting-registrations';
import classes from './agenda-forms.module.css';

interface Props {
  agenda: Agenda;
  /** The session as the agenda holds it; null for a new one. */
  session: Session | null;
  initial: SessionFormValues;
  /** Saved, deleted, or nothing to save: the panel closes. */
  onDone(): void;
  /** Cancel pressed: the panel asks first when there are unsaved edits. */
  onCancel(): void;
  onCreated?(id: number): void;
  onDirtyChange(dirty: boolean): void;
}

/** The form of one session (or a new one), with Save, and Duplicate and Delete for an existing one. */
export function SessionEditor(props: Props) {
  const { agenda, session, initial, onDone, onCancel, onCreated, onDirtyChange } = props;
  const { t } = useTranslation();
  const edit = useAgendaStore((s) => s.edit);
  const registrations = useMeetingRegistrations(agenda.meeting.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<SessionFormValues>({
    defaultValues: initial,
    resolver: zodResolver(SessionFormSchema),
    // Checked on Save, then as you type: a blank new session is not told off for fields not
    // reached yet, and no message appearing on leaving a field moves what is being clicked.
    mode: 'onSubmit',
  });
  const { handleSubmit, setError, formState, reset } = form;
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // Moved on the grid, undone, renamed in another window: an untouched form follows along, an
  // edited one says so. The form's defaults are the version it was filled from.
  const current = session ? JSON.stringify(formFromSession(session)) : null;
  const changedElsewhere = current !== null && current !== JSON.stringify(formState.defaultValues);
  useEffect(() => {
    if (current !== null && changedElsewhere && !dirty)
      reset(JSON.parse(current) as SessionFormValues);
  }, [current, changedElsewhere, dirty, reset]);

  const err = (name: FieldPath<SessionFormValues>) => fieldError(formState.errors, name);

  const submit = handleSubmit(
    async (values) => {
      setFormError(null);
      if (session && !dirty) return onDone();
      const result = session
        ? await edit('agenda.updateSession', { id: session.id, session: values })
        : await edit('agenda.createSession', { meetingId: agenda.meeting.id, session: values });
      if (!result.ok) {
        const placed = showIssues(setError, result.error.issues, 'session');
        setFormError(placed ? t('agenda.session.fixErrors') : errorText(result.error));
        return;
      }
      showAgendaUndo(
        t(session ? 'agenda.session.saved' : 'agenda.session.created', { title: values.title }),
      );
      if (!session && 'id' in result.value) onCreated?.(result.value.id);
      onDone();
    },
    () => setFormError(t('agenda.session.fixErrors')),
  );

  async function duplicate(s: Session) {
    setBusy(true);
    const result = await edit('agenda.duplicateSession', { id: s.id, ...duplicatePlace(s) });
    setBusy(false);
    if (!result.ok) return notifications.show({ color: 'red', message: refusalText(result.error) });
    showAgendaUndo(t('agenda.session.duplicated', { title: s.title }));
    onCreated?.(result.value.id);
  }

  async function remove(s: Session) {
    setBusy(true);
    const result = await edit('agenda.deleteSession', { id: s.id });
    setBusy(false);
    if (!result.ok) return notifications.show({ color: 'red', message: refusalText(result.error) });
    showAgendaUndo(t('agenda.session.deleted', { title: s.title }));
    onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className={classes.panelForm}>
      <div className={classes.panelBody}>
        <Stack gap="md">
          <SessionClashes
            agenda={agenda}
            session={session}
            control={form.control}
            registrations={registrations}
          />
          {session && changedElsewhere && dirty && (
            <Alert color="yellow" variant="light">
              <Stack gap="xs" align="flex-start">
                {t('agenda.session.changedElsewhere')}
                <Button
                  size="compact-sm"
                  variant="light"
                  color="yellow"
                  onClick={() => reset(formFromSession(session))}
                >
                  {t('agenda.session.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          <FormAlert message={formError} />
          {session && <SessionAwards agenda={agenda} sessionId={session.id} />}
          <SessionFields form={form} err={err} agenda={agenda} registrations={registrations} />
        </Stack>
      </div>
      <Group justify="space-between" className={classes.panelFooter} gap="xs">
        <Group gap={2} wrap="nowrap">
          {session && (
            <>
              <Tooltip label={t('agenda.session.deleteHint')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('common.delete')}
                  disabled={busy}
                  onClick={() => void remove(session)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip
                label={t(dirty ? 'agenda.session.saveFirst' : 'agenda.session.duplicateHint')}
              >
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('agenda.session.duplicate')}
                  // Disabled but still focusable, so the tooltip says why.
                  data-disabled={dirty || busy || undefined}
                  aria-disabled={dirty || busy}
                  onClick={(e) => {
                    if (dirty || busy) return e.preventDefault();
                    void duplicate(session);
                  }}
                >
                  <IconCopy size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap" ms="auto">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {t(session ? 'agenda.session.save' : 'agenda.session.create')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
