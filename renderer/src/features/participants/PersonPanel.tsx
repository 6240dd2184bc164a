import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Drawer, Loader, Text } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../shared/api';
import { sortName } from '../../../../shared/domain/people';
import { daysBetween } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import { formFrom, type ParticipantFormValues, type PersonDetails } from './participant-form';
import { ParticipantForm, type SaveResult } from './ParticipantForm';
import { AddParticipant, type Step } from './AddParticipant';
import { RemoveParticipantsDialog } from './RemoveParticipantsDialog';
import { PersonAttendance } from '../attendance/person/PersonAttendance';

type Details = { registration: Output<'registrations.get'>; person: PersonDetails };

/** Puts a saved registration's fresh row into the table at once, before the refetch arrives. */
async function refreshRow(id: number): Promise<void> {
  const fresh = await call('registrations.get', { id });
  if (!fresh.ok) return;
  const { history: _history, ...row } = fresh.value;
  useParticipantsStore.getState().patchRow(row);
}

function useMeetingDays(): { days: string[]; timeZone: string } {
  const meeting = useParticipantsStore((s) => s.meeting);
  if (!meeting) return { days: [], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return { days: daysBetween(meeting.startDate, meeting.endDate), timeZone: meeting.timeZone };
}

/** Editing one registration: loads the person and the status history, then shows the form. */
function EditBody({
  id,
  onClose,
  onDirtyChange,
}: {
  id: number;
  onClose(): void;
  onDirtyChange(dirty: boolean): void;
}) {
  const { t } = useTranslation();
  const { days, timeZone } = useMeetingDays();
  const [details, setDetails] = useState<Details | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const registration = await call('registrations.get', { id });
      if (!registration.ok) return live && setError(registration.error);
      const person = await call('people.get', { id: registration.value.personId });
      if (!live) return;
      if (person.ok) setDetails({ registration: registration.value, person: person.value });
      else setError(person.error);
    })();
    return () => {
      live = false;
    };
  }, [id]);

  if (error) return <Alert color="red">{errorText(error)}</Alert>;
  if (!details) return <Loader aria-label={t('common.loading')} />;

  async function save(
    values: ParticipantFormValues,
    dirty: { person: boolean; registration: boolean },
  ): Promise<SaveResult> {
    if (dirty.person) {
      const r = await call('people.update', { id: details!.person.id, person: values.person });
      if (!r.ok) return r;
    }
    if (dirty.registration) {
      const r = await call('registrations.update', { id, registration: values.registration });
      if (!r.ok) return r;
    }
    if (dirty.person || dirty.registration) {
      await refreshRow(id);
      notifications.show({ color: 'green', message: t('participants.panel.saved') });
    }
    onClose();
    return { ok: true };
  }

  return (
    <ParticipantForm
      initial={formFrom(details.registration, details.person)}
      isNew={false}
      days={days}
      history={details.registration.history}
      timeZone={timeZone}
      onSave={save}
      onCancel={onClose}
      onDirtyChange={onDirtyChange}
      footerStart={
        <>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconUserMinus size={16} aria-hidden />}
            onClick={() => setRemoving(true)}
          >
            {t('participants.remove.action')}
          </Button>
          {/* Removing closes the panel: the row is gone, so are unsaved edits to it. */}
          <RemoveParticipantsDialog
            ids={removing ? [id] : null}
            onClose={() => setRemoving(false)}
          />
        </>
      }
    />
  );
}

/**
 * The person panel, from the end side: view and edit one participant, or add one. Closing it
 * (Escape, the close button, a click outside) with unsaved edits asks first.
 */
export function PersonPanel({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const { days, timeZone } = useMeetingDays();
  const panel = useParticipantsStore((s) => s.panel);
  const openPanel = useParticipantsStore((s) => s.openPanel);
  const editId = panel.kind === 'edit' ? panel.id : null;
  const row = useParticipantsStore((s) =>
    editId === null ? undefined : s.rows.find((r) => r.id === editId),
  );
  const [dirty, setDirty] = useState(false);
  const [addStep, setAddStep] = useState<Step['kind']>('search');
  // What to do once the registrar agrees to lose their edits; null while nobody is asked.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const close = useCallback(() => openPanel({ kind: 'closed' }), [openPanel]);
  // The question opens a tick later: opened during the panel's own Escape keydown, the dialog's
  // Escape listener would still receive that same event and close the question at once.
  const guard = useCallback(
    (action: () => void) => {
      if (dirty) setTimeout(() => setPending(() => action));
      else action();
    },
    [dirty],
  );
  const panelKey = panel.kind === 'edit' ? `edit-${panel.id}` : panel.kind;

  // A panel opened afresh (or closed by a save or a removal) has nothing unsaved; reset while
  // rendering, so no frame shows the previous panel's state.
  const [shownKey, setShownKey] = useState(panelKey);
  if (shownKey !== panelKey) {
    setShownKey(panelKey);
    setDirty(false);
    setPending(null);
    setAddStep('search');
  }

  useEffect(() => {
    if (panel.kind !== 'closed') void useParticipantsStore.getState().loadOrganisations();
  }, [panel.kind]);

  let title = t('participants.panel.editTitle');
  if (panel.kind === 'create')
    title = t(addStep === 'new' ? 'participants.panel.newTitle' : 'participants.pick.title');
  else if (row) title = sortName(row);
  return (
    <>
      <Drawer
        opened={panel.kind !== 'closed'}
        onClose={() => guard(close)}
        // While the question is open, Escape answers it rather than reaching the panel.
        closeOnEscape={pending === null}
        position="right"
        size={640}
        title={
          <Text component="span" fw={600} size="lg">
            {title}
          </Text>
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {panel.kind === 'edit' && <PersonAttendance key={panel.id} registrationId={panel.id} />}
        {panel.kind === 'edit' && (
          <EditBody key={panel.id} id={panel.id} onClose={close} onDirtyChange={setDirty} />
        )}
        {panel.kind === 'create' && (
          <AddParticipant
            meetingId={meetingId}
            days={days}
            timeZone={timeZone}
            onClose={close}
            onDirtyChange={setDirty}
            onStep={setAddStep}
            guard={guard}
          />
        )}
      </Drawer>
      <ConfirmDialog
        opened={pending !== null}
        title={t('participants.discard.title')}
        confirmLabel={t('participants.discard.confirm')}
        cancelLabel={t('participants.discard.keep')}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const action = pending;
          setPending(null);
          setDirty(false);
          action?.();
        }}
      >
        <Text>{t('participants.discard.body')}</Text>
      </ConfirmDialog>
    </>
  );
}
