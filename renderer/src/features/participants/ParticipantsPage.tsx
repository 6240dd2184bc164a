import { useEffect } from 'react';
import { Alert, Button, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { errorText } from '../../ui/errors';
import { useParticipantsStore } from './participants.store';
import { useParticipantsData } from './use-participants-data';
import { useVisibleRows } from './use-participants-view';
import { ParticipantsHeader } from './ParticipantsHeader';
import { ParticipantsToolbar } from './ParticipantsToolbar';
import { ParticipantsTable } from './ParticipantsTable';
import { ParticipantsEmptyState } from './ParticipantsEmptyState';
import { BulkActionBar } from './BulkActionBar';
import { PersonPanel, preloadPersonPanel } from './PersonPanel';
import { ParticipantsStatusBar } from './ParticipantsStatusBar';
import { useMeetingList } from '../meetings/meetings.store';
import classes from './participants.module.css';

/** A meeting's participants: find, filter, select and edit anyone, at any size of meeting. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  useParticipantsData(meetingId);
  // Keeps the navigation's list of meetings (and so this meeting's sections) loaded on a direct visit.
  useMeetingList();
  const current = useParticipantsStore((s) => s.meetingId === meetingId);
  const loaded = useParticipantsStore((s) => s.loaded);
  const error = useParticipantsStore((s) => s.error);
  const total = useParticipantsStore((s) => s.rows.length);
  const visible = useVisibleRows();
  // The panel's code (forms, validation) is fetched as soon as the list has painted, not before.
  useEffect(() => {
    if (!loaded) return;
    const frame = requestAnimationFrame(() => setTimeout(preloadPersonPanel));
    return () => cancelAnimationFrame(frame);
  }, [loaded]);

  let body;
  const ready = current && loaded && total > 0;
  if (error && total === 0)
    body = (
      <Alert color="red" title={t('participants.loadError')}>
        {errorText(error)}
        <Button
          mt="sm"
          variant="light"
          color="red"
          onClick={() => void useParticipantsStore.getState().load()}
        >
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!current || !loaded)
    body = (
      <Center flex={1}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  else if (total === 0) body = <ParticipantsEmptyState meetingId={meetingId} />;
  else
    body = (
      <>
        <ParticipantsTable visible={visible} />
        <ParticipantsStatusBar shown={visible.length} />
      </>
    );

  // Search, filters and the bulk bar span the page: the panel beside the list never squeezes them.
  return (
    <div className={classes.page}>
      <ParticipantsHeader meetingId={meetingId} visible={visible} />
      {ready && <ParticipantsToolbar />}
      {ready && <BulkActionBar visible={visible} />}
      <div className={classes.workspace}>
        <div className={classes.listColumn}>{body}</div>
        <PersonPanel meetingId={meetingId} />
      </div>
    </div>
  );
}
