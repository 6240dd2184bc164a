import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { CloseButton, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sortName } from '../../../../shared/domain/people';
import { daysBetween } from '../../../../shared/domain/time';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useParticipantsStore } from './participants.store';
import { GRID_ID } from './ParticipantTableRow';
import type { Step } from './AddParticipant';
import classes from './participants.module.css';

const PersonPanelBody = lazy(() =>
  import('./PersonPanelBody').then((m) => ({ default: m.PersonPanelBody })),
);

/** Fetches the panel's code once the list has painted, so the first click finds it ready. */
export function preloadPersonPanel(): void {
  void import('./PersonPanelBody');
}

function useMeetingDays(): { days: string[]; timeZone: string } {
  const meeting = useParticipantsStore((s) => s.meeting);
  if (!meeting) return { days: [], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return { days: daysBetween(meeting.startDate, meeting.endDate), timeZone: meeting.timeZone };
}

const focusGrid = () => document.getElementById(GRID_ID)?.focus();

/**
 * The person panel, beside the list rather than over it: the list stays visible and usable, and
 * picking another row shows that person. Escape, the close button or another row with unsaved
 * edits asks first.
 */
export function PersonPanel({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const { days, timeZone } = useMeetingDays();
  const panel = useParticipantsStore((s) => s.panel);
  const panelFocus = useParticipantsStore((s) => s.panelFocus);
  const pendingPanel = useParticipantsStore((s) => s.pendingPanel);
  const editId = panel.kind === 'edit' ? panel.id : null;
  const row = useParticipantsStore((s) =>
    editId === null ? undefined : s.rows.find((r) => r.id === editId),
  );
  const [addStep, setAddStep] = useState<Step['kind']>('search');
  // A step inside "add a participant" waiting for the answer to "discard your changes?".
  const [pendingStep, setPendingStep] = useState<(() => void) | null>(null);
  const aside = useRef<HTMLElement>(null);
  const panelKey = panel.kind === 'edit' ? `edit-${panel.id}` : panel.kind;

  // A panel opened afresh starts at the search step; reset while rendering, so no frame shows the
  // previous panel's state.
  const [shownKey, setShownKey] = useState(panelKey);
  if (shownKey !== panelKey) {
    setShownKey(panelKey);
    setPendingStep(null);
    setAddStep('search');
  }

  useEffect(() => {
    if (panel.kind !== 'closed') void useParticipantsStore.getState().loadOrganisations();
  }, [panel.kind]);

  // Opened from the keyboard or a button, the panel takes the focus, unless its body already
  // put it on its first field (the directory search of "add a participant").
  useEffect(() => {
    const element = aside.current;
    if (panelKey !== 'closed' && panelFocus && !element?.contains(document.activeElement))
      element?.focus();
  }, [panelKey, panelFocus]);

  const close = useCallback(() => {
    const inside = aside.current?.contains(document.activeElement) ?? false;
    useParticipantsStore.getState().openPanel({ kind: 'closed' });
    if (inside) focusGrid();
  }, []);
  const onDirtyChange = useCallback(
    (dirty: boolean) => useParticipantsStore.getState().setPanelDirty(dirty),
    [],
  );
  // The question opens a tick later: opened during a keydown, the dialog's own Escape listener
  // would still receive that same event and close the question at once.
  const guard = useCallback((action: () => void) => {
    if (useParticipantsStore.getState().panelDirty) setTimeout(() => setPendingStep(() => action));
    else action();
  }, []);
  const requestClose = () => {
    const store = useParticipantsStore.getState();
    if (store.panelDirty) setTimeout(() => store.requestPanel({ kind: 'closed' }));
    else close();
  };

  if (panel.kind === 'closed') return null;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape first closes an open list (a select's options) or calendar inside the panel; a field
    // whose popup is open says so the way Mantine's own modals read it.
    const target = event.target as HTMLElement;
    if (target.closest('[aria-expanded="true"], [data-mantine-stop-propagation]')) return;
    event.preventDefault();
    requestClose();
  }

  let title = t('participants.panel.editTitle');
  if (panel.kind === 'create')
    title = t(addStep === 'new' ? 'participants.panel.newTitle' : 'participants.pick.title');
  else if (row) title = sortName(row);
  const asking = pendingPanel !== null || pendingStep !== null;
  return (
    <aside
      ref={aside}
      role="dialog"
      aria-modal="false"
      aria-labelledby="person-panel-title"
      tabIndex={-1}
      className={classes.panel}
      onKeyDown={onKeyDown}
    >
      <Group justify="space-between" wrap="nowrap" className={classes.panelHeader}>
        <Text component="h2" id="person-panel-title" fw={600} size="lg" truncate>
          {title}
        </Text>
        <CloseButton aria-label={t('common.close')} onClick={requestClose} />
      </Group>
      <div className={classes.panelBody}>
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <PersonPanelBody
            meetingId={meetingId}
            panel={panel}
            days={days}
            timeZone={timeZone}
            close={close}
            onDirtyChange={onDirtyChange}
            onStep={setAddStep}
            guard={guard}
          />
        </Suspense>
      </div>
      <ConfirmDialog
        opened={asking}
        title={t('participants.discard.title')}
        confirmLabel={t('participants.discard.confirm')}
        cancelLabel={t('participants.discard.keep')}
        danger
        onCancel={() => {
          setPendingStep(null);
          useParticipantsStore.getState().answerPending(false);
        }}
        onConfirm={() => {
          const step = pendingStep;
          setPendingStep(null);
          const store = useParticipantsStore.getState();
          store.setPanelDirty(false);
          if (step) step();
          else {
            const target = store.pendingPanel;
            store.answerPending(true);
            if (target?.kind === 'closed') focusGrid();
          }
        }}
      >
        <Text>{t('participants.discard.body')}</Text>
      </ConfirmDialog>
    </aside>
  );
}
