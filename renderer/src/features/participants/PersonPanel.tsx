import { useEffect, useState } from 'react';
import { Alert, Drawer, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../shared/api';
import { displayName, sortName } from '../../../../shared/domain/people';
import { daysBetween } from '../../../../shared/domain/time';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import {
  emptyForm,
  formFrom,
  type ParticipantFormValues,
  type PersonDetails,
} from './participant-form';
import { ParticipantForm, type SaveResult } from './ParticipantForm';

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
function EditBody({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const { days, timeZone } = useMeetingDays();
  const [details, setDetails] = useState<Details | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

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
    />
  );
}

function CreateBody({ meetingId, onClose }: { meetingId: number; onClose(): void }) {
  const { t } = useTranslation();
  const { days, timeZone } = useMeetingDays();
  async function save(values: ParticipantFormValues): Promise<SaveResult> {
    const r = await call('registrations.create', {
      meetingId,
      person: values.person,
      registration: values.registration,
    });
    if (!r.ok) return r;
    const store = useParticipantsStore.getState();
    store.patchRow(r.value);
    onClose();
    store.setActive(r.value.id);
    notifications.show({
      color: 'green',
      message: t('participants.panel.created', { name: displayName(r.value) }),
    });
    return { ok: true };
  }
  return (
    <ParticipantForm
      initial={emptyForm()}
      isNew
      days={days}
      history={null}
      timeZone={timeZone}
      onSave={save}
      onCancel={onClose}
    />
  );
}

/** The person panel, from the end side: view and edit one participant, or add a new one. */
export function PersonPanel({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const panel = useParticipantsStore((s) => s.panel);
  const openPanel = useParticipantsStore((s) => s.openPanel);
  const editId = panel.kind === 'edit' ? panel.id : null;
  const row = useParticipantsStore((s) =>
    editId === null ? undefined : s.rows.find((r) => r.id === editId),
  );
  const close = () => openPanel({ kind: 'closed' });

  useEffect(() => {
    if (panel.kind !== 'closed') void useParticipantsStore.getState().loadOrganisations();
  }, [panel.kind]);

  const title =
    panel.kind === 'create'
      ? t('participants.panel.newTitle')
      : row
        ? sortName(row)
        : t('participants.panel.editTitle');
  return (
    <Drawer
      opened={panel.kind !== 'closed'}
      onClose={close}
      position="right"
      size={640}
      title={
        <Text component="span" fw={600} size="lg">
          {title}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {panel.kind === 'edit' && <EditBody key={panel.id} id={panel.id} onClose={close} />}
      {panel.kind === 'create' && <CreateBody meetingId={meetingId} onClose={close} />}
    </Drawer>
  );
}
