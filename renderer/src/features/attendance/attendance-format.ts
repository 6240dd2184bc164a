import { formatTimeIn } from '../../../../shared/domain/time';

/** An instant as the wall-clock time 'HH:mm' of the meeting's zone, where the desk stands. */
export function formatClock(iso: string, timeZone: string): string {
  return formatTimeIn(iso, timeZone);
}
