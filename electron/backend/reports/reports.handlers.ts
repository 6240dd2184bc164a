import type { BackendContext } from '../context';
import { DomainError } from '../errors';
import type { FeatureHandlers } from '../handler-types';
import { createJobRegistry } from '../imports/job';
import { meetingLanguage } from '../agenda/documents/programme-text';
import { noAttendance, type AttendanceSource } from './attendance-source';
import { createReportExports, type ExportPhase } from './documents/report-exports';
import { createReportsService } from './reports.service';
import { saveExport } from './save-export';

export function reportsHandlers(
  ctx: BackendContext,
  attendance: AttendanceSource = noAttendance,
): FeatureHandlers<'reports'> {
  const reports = createReportsService(ctx.db, attendance);
  const exports = createReportExports(ctx.db);
  const jobs = createJobRegistry<ExportPhase>(
    ctx,
    () => new DomainError('cancelled', 'reports.errors.cancelled'),
  );
  return {
    'reports.dashboard': (input) => reports.dashboard(input),
    'reports.exportStatus': ({ meetingId }) => {
      const meeting = reports.meeting(meetingId);
      return {
        registrations: reports.repo.registrationCount(meetingId),
        sessions: reports.repo.sessionCount(meetingId),
        attendanceRecorded: attendance.factsFor([meetingId]).recorded,
        language: meetingLanguage(meeting.languages),
      };
    },
    'reports.export': async (input) => {
      const job = jobs.start(input.jobId);
      try {
        const file = await exports.make(input, job);
        // Past this point the file exists: a cancel no longer applies, the dialog decides.
        return await saveExport(ctx.dialogs, file, file.fileName);
      } finally {
        job.end();
      }
    },
    'reports.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
