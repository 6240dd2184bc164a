/**
 * Where the reports learn who attended: one function from meeting ids to AttendanceFacts. The
 * backend reads the desk's and the session doors' check-ins (checked-in-attendance.repo.ts);
 * tests may give facts of their own, or none (noAttendance): until someone is checked in, every
 * "attended" figure shows what to do instead of zeros.
 */
import { NO_ATTENDANCE, type AttendanceFacts } from '../../../shared/domain/reports';

export interface AttendanceSource {
  /** Who was present, by day and by session, at any of these meetings. */
  factsFor(meetingIds: readonly number[]): AttendanceFacts;
}

export const noAttendance: AttendanceSource = { factsFor: () => NO_ATTENDANCE };
