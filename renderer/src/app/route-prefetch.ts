import type { Output } from '../../../shared/api';
import { call, type Result } from '../lib/api';
import { preloadPage } from './lazy-pages';

type ListReply = Promise<Result<Output<'registrations.listCompact'>>>;

const PARTICIPANTS = /^#\/meetings\/(\d+)\/participants\/?$/;
let list: { meetingId: number; reply: ListReply } | null = null;

/**
 * What the first screen will wait for, started while the app boots (settings, language) rather
 * than after it: the screen's code and, for a meeting's participants, their list.
 */
export function prefetchRoute(hash: string): void {
  preloadPage(hash);
  const participants = PARTICIPANTS.exec(hash);
  if (participants) {
    const meetingId = Number(participants[1]);
    list = { meetingId, reply: call('registrations.listCompact', { meetingId }) };
  }
}

/** The boot's list request for this meeting, handed out once; later loads ask afresh. */
export function takePrefetchedList(meetingId: number): ListReply | undefined {
  if (list?.meetingId !== meetingId) return undefined;
  const { reply } = list;
  list = null;
  return reply;
}
