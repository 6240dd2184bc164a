import { useEffect, useRef, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/domain/people';
import { call } from '../../lib/api';
import { useParticipantsStore } from './participants.store';
import { emptyForm, type ParticipantFormValues } from './participant-form';
import { ParticipantForm, type SaveResult } from './ParticipantForm';
import { DuplicateHint } from './DuplicateHint';
import { PersonPicker } from './PersonPicker';
import { RegisterExisting } from './RegisterExisting';
import type { DirectoryPerson } from './use-directory-search';

export type Step =
  | { kind: 'search' }
  | { kind: 'existing'; person: DirectoryPerson }
  | { kind: 'new'; initial: ParticipantFormValues };

/** The new-person form starts from what was searched for: "Kofi Mensah" → Kofi / Mensah. */
function formFor(query: string): ParticipantFormValues {
  const form = emptyForm();
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length > 0) {
    form.person.familyNames = words.pop() ?? '';
    form.person.givenNames = words.join(' ');
  }
  return form;
}

interface Props {
  meetingId: number;
  days: string[];
  timeZone: string;
  onClose(): void;
  onDirtyChange(dirty: boolean): void;
  /** Told which step shows, so the panel's title can follow. */
  onStep(step: Step['kind']): void;
  /** Runs `action` at once, or after the registrar agrees to discard unsaved entries. */
  guard(action: () => void): void;
}

/** Adding someone to the meeting: find them in the directory first, or create a new person. */
export function AddParticipant({
  meetingId,
  days,
  timeZone,
  onClose,
  onDirtyChange,
  onStep,
  guard,
}: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'search' });
  const container = useRef<HTMLDivElement>(null);

  // Each step puts the focus where its work starts; the drawer only does it when it opens.
  useEffect(() => {
    container.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    onStep(step.kind);
  }, [step, onStep]);

  const leaveForm = (next: Step) =>
    guard(() => {
      onDirtyChange(false);
      setStep(next);
    });

  async function create(values: ParticipantFormValues): Promise<SaveResult> {
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

  let body;
  if (step.kind === 'search')
    body = (
      <PersonPicker
        query={query}
        onQuery={setQuery}
        onPick={(person) => setStep({ kind: 'existing', person })}
        onNew={() => setStep({ kind: 'new', initial: formFor(query) })}
      />
    );
  else if (step.kind === 'existing')
    body = (
      <RegisterExisting
        meetingId={meetingId}
        person={step.person}
        onBack={() => setStep({ kind: 'search' })}
        onDone={onClose}
      />
    );
  else
    body = (
      <Stack gap="md">
        <div>
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={() => leaveForm({ kind: 'search' })}
          >
            {t('participants.pick.back')}
          </Button>
        </div>
        <ParticipantForm
          initial={step.initial}
          isNew
          days={days}
          history={null}
          timeZone={timeZone}
          onSave={create}
          onCancel={onClose}
          onDirtyChange={onDirtyChange}
          top={(form) => (
            <DuplicateHint
              form={form}
              onPick={(person) => leaveForm({ kind: 'existing', person })}
            />
          )}
        />
      </Stack>
    );
  return <div ref={container}>{body}</div>;
}
