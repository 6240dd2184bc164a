import { useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Modal, Title } from '@mantine/core';
import { IconDoor, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { useMeetingList } from '../meetings/meetings.store';
import { useAgenda, useAgendaStore } from './agenda.store';
import { AwardsSection } from './AwardsSection';
import { ClashList } from './ClashList';
import { RoomsDialog } from './RoomsDialog';
import { SessionList } from './SessionList';
import { AgendaHeader } from './toolbar/AgendaHeader';
import { AgendaToolbar, RoomPicker } from './toolbar/AgendaToolbar';
import { useHistoryShortcuts } from './toolbar/HistoryButtons';
import { filtersActive, matchesFilters } from './timetable/agenda-view';
import { focusSession } from './timetable/session-actions';
import { DayTabs } from './timetable/DayTabs';
import { DayView } from './timetable/DayView';
import { KeyHints } from './timetable/KeyHints';
import { OverviewView } from './timetable/OverviewView';
import { RoomView } from './timetable/RoomView';
import { SessionAside } from './timetable/SessionAside';
import { SessionMenu } from './timetable/SessionMenu';
import { TimetableDnd } from './timetable/TimetableDnd';
import { useMeetingDays, useVisibleSessions } from './timetable/use-view-data';
import classes from './agenda-page.module.css';

/** The view chosen in the toolbar, or the empty state that stands in for it. */
function AgendaBody({ onRooms }: { onRooms(): void }) {
  const { t } = useTranslation();
  const agenda = useAgendaStore((s) => s.agenda)!;
  const view = useAgendaStore((s) => s.view);
  const filters = useAgendaStore((s) => s.filters);
  const visible = useVisibleSessions();
  const days = useMeetingDays();

  if (agenda.rooms.length === 0 && agenda.sessions.length === 0)
    return (
      <ListEmptyState
        icon={<IconDoor size={28} aria-hidden />}
        title={t('agenda.grid.empty.noRooms')}
        body={t('agenda.grid.empty.noRoomsBody')}
        action={<Button onClick={onRooms}>{t('agenda.grid.manageRooms')}</Button>}
      />
    );
  if (visible.length === 0 && agenda.sessions.length > 0 && filtersActive(filters))
    return (
      <ListEmptyState
        icon={<IconFilterOff size={28} aria-hidden />}
        title={t('agenda.grid.empty.filtered')}
        body={t('agenda.grid.empty.filteredBody', { count: agenda.sessions.length })}
        action={
          <Button
            variant="light"
            onClick={() =>
              useAgendaStore.getState().setFilters({ trackIds: [], types: [], roomIds: [] })
            }
          >
            {t('agenda.grid.filter.clear')}
          </Button>
        }
      />
    );
  if (view === 'list') return <SessionList onOpen={(id) => useAgendaStore.getState().select(id)} />;
  if (view === 'overview') return <OverviewView />;
  if (view === 'room')
    return (
      <>
        <Group gap="sm">
          <RoomPicker />
        </Group>
        <RoomView />
      </>
    );
  const counts = new Map<string, number>();
  for (const s of visible) counts.set(s.day, (counts.get(s.day) ?? 0) + 1);
  return (
    <>
      <DayTabs days={days} counts={counts} />
      <DayView />
    </>
  );
}

/**
 * The meeting's programme: a timetable (one day with rooms as columns, all days at a glance,
 * one room across the days, or a list) with drag and drop and keyboard moves, live clash
 * warnings, undo and redo, and the session panel beside it.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const agenda = useAgenda(meetingId);
  const current = useAgendaStore(
    (s) => s.meetingId === meetingId && s.agenda?.meeting.id === meetingId,
  );
  const error = useAgendaStore((s) => s.error);
  // Keeps the navigation's list of meetings (and so this meeting's sections) loaded on a direct visit.
  useMeetingList();
  useHistoryShortcuts();
  const [roomsOpen, setRoomsOpen] = useState(false);
  const [awardsOpen, setAwardsOpen] = useState(false);
  const [clashesOpen, setClashesOpen] = useState(false);

  // Escape closes the session panel (a dialog, a menu or a drag handle their own Escape first).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"], [role="menu"]')) return;
      // Inside the panel, Escape is the panel's own (it may ask before losing unsaved edits).
      if (event.target instanceof Element && event.target.closest('aside')) return;
      const store = useAgendaStore.getState();
      if (store.selectedSessionId !== null) store.select(null);
      else if (store.newSession) store.openNew(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  let body;
  if (error && !agenda)
    body = (
      <Alert color="red" title={t('agenda.grid.loadError')}>
        {errorText(error)}
        <Button
          mt="sm"
          variant="light"
          color="red"
          onClick={() => void useAgendaStore.getState().load(meetingId)}
        >
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!agenda || !current)
    body = (
      <Center flex={1}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  else
    body = (
      <TimetableDnd>
        <AgendaToolbar
          clashesOpen={clashesOpen}
          onToggleClashes={() => setClashesOpen((o) => !o)}
        />
        <div className={classes.workspace}>
          <div className={classes.main}>
            <AgendaBody onRooms={() => setRoomsOpen(true)} />
            <KeyHints />
          </div>
          <SessionAside
            clashes={clashesOpen ? <ClashList onJump={jumpTo} /> : null}
            onCloseClashes={() => setClashesOpen(false)}
          />
        </div>
        <SessionMenu />
      </TimetableDnd>
    );

  return (
    <div className={classes.page}>
      <AgendaHeader
        meetingId={meetingId}
        onRooms={() => setRoomsOpen(true)}
        onAwards={() => setAwardsOpen(true)}
      />
      {body}
      <RoomsDialog opened={roomsOpen} onClose={() => setRoomsOpen(false)} />
      <Modal
        opened={awardsOpen}
        onClose={() => setAwardsOpen(false)}
        title={
          <Title order={3} component="span">
            {t('agenda.grid.awards')}
          </Title>
        }
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <AwardsSection />
      </Modal>
    </div>
  );
}

/**
 * From the clash list: the session's day on screen (filters that hide it cleared), the session
 * selected and scrolled into view.
 */
function jumpTo(sessionId: number): void {
  const store = useAgendaStore.getState();
  const session = store.agenda?.sessions.find((s) => s.id === sessionId);
  if (!session) return;
  if (!matchesFilters(session, store.filters))
    store.setFilters({ trackIds: [], types: [], roomIds: [] });
  store.setView('day');
  store.setDay(session.day);
  store.select(sessionId);
  focusSession(sessionId, 'center');
}
