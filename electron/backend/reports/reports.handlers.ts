import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createJobRegistry } from '../imports/job';
import { meetingLanguage } from '../agenda/documents/programme-text';
import { createRegistrationsService } from '../registrations/registrations.service';
import type { AttendanceSource } from './attendance-source';
import { createCheckedInAttendance } from './checked-in-attendance.repo';
import { createReportExports, type ExportPhase } from './documents/report-exports';
import { createReportsService } from './reports.service';
import { saveExport } from './save-export';
import { createPersonDocuments } from './templates/person-documents.service';
import { createTemplatesService } from './templates/templates.service';
import { createVisaDetailsService } from './templates/visa-details.service';

export function reportsHandlers(
  ctx: BackendContext,
  attendance: AttendanceSource = createCheckedInAttendance(ctx.db),
): FeatureHandlers<'reports'> {
  const reports = createReportsService(ctx.db);
  const registrations = createRegistrationsService(ctx.db);
  const meetingOf = (id: number) => registrations.meeting(id);
  const templates = createTemplatesService(ctx.db, meetingOf);
  const documents = createPersonDocuments(ctx.db, attendance, templates, meetingOf, ctx.clock);
  const visas = createVisaDetailsService(ctx.db, meetingOf);
  const exports = createReportExports(ctx.db, attendance, documents, ctx.clock);
  const jobs = createJobRegistry<ExportPhase>(ctx, 'reports.errors.cancelled');
  const changed = <T>(value: T): T => {
    ctx.emit('data.changed', { feature: 'reports' });
    return value;
  };
  return {
    'reports.dashboard': (input) => reports.dashboard(input),
    'reports.exportStatus': ({ meetingId }) => {
      const meeting = reports.meeting(meetingId);
      return {
        registrations: reports.repo.registrationCount(meetingId),
        sessions: reports.repo.sessionCount(meetingId),
        attendanceRecorded: attendance.factsFor([meetingId]).recorded,
        attended: documents.attendedCount(meetingId),
        visaLetters: documents.visas.counts(meetingId),
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
    'reports.templates': ({ meetingId }) => templates.all(meetingId),
    'reports.saveTemplate': (input) => changed(templates.save(input)),
    'reports.resetTemplate': (input) => changed(templates.reset(input)),
    'reports.setImage': (input) => changed(templates.setImage(input)),
    'reports.removeImage': ({ meetingId, role }) => changed(templates.removeImage(meetingId, role)),
    'reports.previewDocument': (input) => documents.preview(input),
    'reports.visaRequests': ({ meetingId }) => visas.requests(meetingId),
    'reports.saveVisaDetails': (input) => changed(visas.save(input)),
    'reports.removeVisaDetails': ({ registrationId }) => changed(visas.remove(registrationId)),
  };
}
