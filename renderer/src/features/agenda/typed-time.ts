import { MINUTES_PER_DAY, parseMinute } from '../../../../shared/domain/agenda';

/**
 * A time as people type it into a 24-hour field: '9:30', '09:30', '9h30', '9 h 30', '9.30', a
 * French '15h', and without a separator '930', '0930', '9' or '17' (whole hours). Null when it is
 * not a time of the day.
 */
export function parseTypedTime(text: string): number | null {
  const typed = text.replace(/\s+/g, '').replace(/h$/i, '');
  const digits = /^(\d{1,4})$/.exec(typed)?.[1];
  if (digits === undefined) return parseMinute(typed);
  if (digits.length <= 2) return parseMinute(`${digits}:00`);
  return parseMinute(`${digits.slice(0, -2)}:${digits.slice(-2)}`);
}

/**
 * The next time on the `step` grid above (`direction` 1) or below (-1) `minute`, inside the day:
 * 09:07 goes up to 09:15 and down to 09:00 with a 15-minute step.
 */
export function stepTime(minute: number, step: number, direction: 1 | -1): number {
  const next =
    direction === 1
      ? Math.floor(minute / step) * step + step
      : Math.ceil(minute / step) * step - step;
  return Math.min(MINUTES_PER_DAY, Math.max(0, next));
}
