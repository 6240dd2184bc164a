import { useEffect, useState } from 'react';
import { Alert, Button, Loader } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import { formFrom, type ParticipantFormValues, type PersonDetails } from './participant-form';
import { ParticipantForm, type SaveResult } from './ParticipantForm';
import { AddParticipant, type Step } from './AddParticipant';
import { RemoveParticipantsDialog } from './RemoveParticipantsDialog';
import type { PanelState } from './participant-types';
import { PersonAttendance } from '../attendance/person/PersonAttendance';

type Details = { registration: Output<'registrations.get'>; person: PersonDetails };

/** Puts a saved registration's fresh row into the table at once, before the refetch arrives. */
async function refreshRow(id: number): Promise<void> {
  const fresh = await call('registrations.get', { id });
  if (!fresh.ok) return;
  const { history: _history, ...row } = fresh.value;
  useParticipantsStore.getState().patchRow(row);
}

export interface MeetingDays {
  days: string[];
  timeZone: string;
}

interface BodyProps {
  close(): void;
  onDirtyChange(dirty: boolean): void;
}

/** Editing one registration: loads the person and the status history, then shows the form. */
function EditBody({
  id,
  days,
  timeZone,
  close,
  onDirtyChange,
}: BodyProps & MeetingDays & { id: number }) {
  const { t } = useTranslation();
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
    close();
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
      onCancel={close}
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

interface Props extends BodyProps, MeetingDays {
  meetingId: number;
  panel: Exclude<PanelState, { kind: 'closed' }>;
  onStep(step: Step['kind']): void;
  guard(action: () => void): void;
}

/**
 * What the panel holds: a registration's form, or the steps of adding someone. Loaded with the
 * panel's first opening, so the list paints without the form code (validation, pickers).
 */
export function PersonPanelBody({
  meetingId,
  panel,
  days,
  timeZone,
  close,
  onDirtyChange,
  onStep,
  guard,
}: Props) {
  if (panel.kind === 'edit')
    return (
      <>
        <PersonAttendance key={`attendance-${panel.id}`} registrationId={panel.id} />
        <EditBody
          key={panel.id}
          id={panel.id}
          days={days}
          timeZone={timeZone}
          close={close}
          onDirtyChange={onDirtyChange}
        />
      </>
    );
  return (
    <AddParticipant
      meetingId={meetingId}
      days={days}
      timeZone={timeZone}
      onClose={close}
      onDirtyChange={onDirtyChange}
      onStep={onStep}
      guard={guard}
    />
  );
}
