import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, CloseButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAgendaStore } from './agenda.store';
import { emptySession, formFromSession, type NewSessionPlace } from './session-form';
import { SessionEditor } from './SessionEditor';
import classes from './agenda-forms.module.css';

/**
 * The side panel that edits one session (or a new one) beside the grid, without hiding it.
 */
export interface SessionPanelProps {
  /** The session to edit, or 'new' with the place chosen on the grid. */
  session: { kind: 'existing'; id: number } | ({ kind: 'new' } & NewSessionPlace);
  onClose(): void;
  /** Called with the id of a session just created (or duplicated), so the grid can select it. */
  onCreated?(id: number): void;
  /** Told when the panel starts or stops holding unsaved edits (e.g. to ask before switching). */
  onDirtyChange?(dirty: boolean): void;
  /** Moves the focus into the panel when it opens (default); false leaves it on the grid. */
  autoFocus?: boolean;
}

type Target = SessionPanelProps['session'];

const keyOf = (s: Target) =>
  s.kind === 'existing'
    ? `existing-${s.id}`
    : `new-${s.day}-${s.startMinute}-${s.endMinute}-${s.roomId}-${s.allRooms ?? false}`;

/** A key that a focused control uses itself: an open dropdown closes first, the panel stays. */
function escapeTakenByControl(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement;
  return (
    e.defaultPrevented ||
    target.closest('[data-mantine-stop-propagation]') !== null ||
    target.getAttribute('aria-expanded') === 'true'
  );
}

/**
 * The session panel: the session's clashes in plain words, every field, Save, Duplicate and
 * Delete (undoable). Escape or Close ask before losing unsaved edits; so does opening another
 * session while this one has some.
 */
export function SessionPanel({
  session: wanted,
  onClose,
  onCreated,
  onDirtyChange,
  autoFocus = true,
}: SessionPanelProps) {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState<Target>(wanted);
  const [dirty, setDirty] = useState(false);
  // What to do once the organiser agrees to lose their edits; null while nobody is asked.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const [wantedKey, setWantedKey] = useState(keyOf(wanted));

  const reportDirty = useCallback(
    (value: boolean) => {
      setDirty(value);
      onDirtyChange?.(value);
    },
    [onDirtyChange],
  );
  // The question opens a tick later: opened during the panel's own Escape keydown, the dialog's
  // Escape listener would receive that same event and close the question at once.
  const guard = useCallback(
    (action: () => void) => {
      if (dirty) setTimeout(() => setPending(() => action));
      else action();
    },
    [dirty],
  );

  // Another session (or slot) chosen on the grid: switch at once, or ask first if edits would go.
  if (keyOf(wanted) !== wantedKey) {
    setWantedKey(keyOf(wanted));
    if (dirty) setPending(() => () => setShown(wanted));
    else setShown(wanted);
  }

  const shownKey = keyOf(shown);
  useEffect(() => {
    if (!autoFocus) return;
    // A new session starts with its title; an existing one is announced by its heading.
    const title = heading.current
      ?.closest('aside')
      ?.querySelector<HTMLInputElement>('input[name="title"]');
    if (shownKey.startsWith('new') && title) title.focus();
    else heading.current?.focus();
  }, [shownKey, autoFocus]);

  const existing =
    shown.kind === 'existing' ? agenda?.sessions.find((s) => s.id === shown.id) : undefined;
  const gone = agenda !== null && shown.kind === 'existing' && !existing;
  const title =
    shown.kind === 'new'
      ? t('agenda.session.newTitle')
      : existing
        ? existing.title
        : t('agenda.session.editTitle');

  return (
    <>
      <aside
        className={classes.panel}
        aria-labelledby={headingId}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || escapeTakenByControl(e)) return;
          e.preventDefault();
          guard(onClose);
        }}
      >
        <Group justify="space-between" wrap="nowrap" className={classes.panelHeader}>
          <div className={classes.panelHeading}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(shown.kind === 'new' ? 'agenda.session.newCaption' : 'agenda.session.caption')}
            </Text>
            <Title order={2} size="h4" id={headingId} ref={heading} tabIndex={-1} lineClamp={2}>
              {title}
            </Title>
          </div>
          <CloseButton aria-label={t('agenda.session.close')} onClick={() => guard(onClose)} />
        </Group>
        {!agenda && <Loader m="md" aria-label={t('common.loading')} />}
        {gone && (
          <Stack p="md" align="flex-start">
            <Alert color="gray">{t('agenda.session.gone')}</Alert>
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Stack>
        )}
        {agenda && !gone && (
          <SessionEditor
            key={shownKey}
            agenda={agenda}
            session={existing ?? null}
            initial={existing ? formFromSession(existing) : emptySession(shown as NewSessionPlace)}
            onDone={() => {
              reportDirty(false);
              onClose();
            }}
            onCancel={() => guard(onClose)}
            onCreated={onCreated}
            onDirtyChange={reportDirty}
          />
        )}
      </aside>
      <ConfirmDialog
        opened={pending !== null}
        title={t('agenda.session.discard.title')}
        confirmLabel={t('agenda.session.discard.confirm')}
        cancelLabel={t('agenda.session.discard.keep')}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const action = pending;
          setPending(null);
          reportDirty(false);
          action?.();
        }}
      >
        <Text>{t('agenda.session.discard.body')}</Text>
      </ConfirmDialog>
    </>
  );
}
