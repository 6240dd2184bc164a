import { useLayoutEffect } from 'react';
import { onBackendEvent } from '../../lib/api';
import { useParticipantsStore } from './participants.store';

/** Backend features whose changes can alter a participants row. */
const FEEDS = new Set([
  'registrations',
  'people',
  'organisations',
  'countries',
  'imports',
  'import',
]);

/**
 * Loads a meeting's participants and keeps them current. Bursts of change events (a bulk update,
 * an import) are folded into one refetch.
 */
export function useParticipantsData(meetingId: number): void {
  // A layout effect asks for the rows right after the first commit instead of after the first
  // paint: a frame earlier on the one request the view waits for.
  useLayoutEffect(() => {
    const store = useParticipantsStore.getState();
    store.open(meetingId);
    void store.load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onBackendEvent((event, payload) => {
      if (event !== 'data.changed' || !FEEDS.has((payload as { feature: string }).feature)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const s = useParticipantsStore.getState();
        void s.load();
        s.rerunSearch();
      }, 120);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [meetingId]);
}
