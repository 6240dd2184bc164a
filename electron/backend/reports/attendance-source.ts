/**
 * Where the reports learn who attended. The attendance slice (check-in per day and per session)
 * supplies the real source when it lands: one function from meeting ids to AttendanceFacts. Until
 * then nothing is recorded and every "attended" figure shows what to do instead of zeros.
 */
import { NO_ATTENDANCE, type AttendanceFacts } from '../../../shared/domain/reports';

export interface AttendanceSource {
  /** Who was present, by day and by session, at any of these meetings. */
  factsFor(meetingIds: readonly number[]): AttendanceFacts;
}

export const noAttendance: AttendanceSource = { factsFor: () => NO_ATTENDANCE };
