/**
 * Reads a meeting's people, sessions and attendance, computes the attendance report and writes it
 * as XLSX, CSV or PDF. Refused with what to do when nobody has been checked in yet: a report of
 * everyone absent would be read as "nobody came".
 */
import { countryName } from '../../../../shared/domain/countries';
import { attendanceReport } from '../../../../shared/domain/attendance-report';
import type { Meeting } from '../../../../shared/domain/meeting';
import { daysBetween } from '../../../../shared/domain/time';
import { DomainError } from '../../errors';
import type { JobControl } from '../../imports/job';
import { slug, type DocumentLanguage } from '../../agenda/documents/programme-text';
import type { Paper } from '../../pdf/pdf-writer';
import type { AttendanceSource } from '../attendance-source';
import type { MadeFile } from '../save-export';
import { createDocumentPeopleRepo } from '../templates/document-people.repo';
import { placeOf } from '../templates/document-values';
import type { Db } from '../../db/connection';
import { attendanceReportPdf } from './attendance-report-pdf';
import {
  attendanceLabels,
  attendanceReportCsv,
  attendanceReportXlsx,
} from './attendance-report-sheets';
import { listLabels } from './participant-list-text';

// Breaks and meals are on the programme but nobody takes attendance at them.
const UNCOUNTED_TYPES = new Set(['break', 'meal']);

export type AttendancePhase = 'read' | 'layout' | 'write';

export function createAttendanceReportExport(db: Db, attendance: AttendanceSource) {
  const repo = createDocumentPeopleRepo(db);

  /** The report's figures for one meeting, in `language`. */
  function figures(meeting: Meeting, language: DocumentLanguage) {
    const facts = attendance.factsFor([meeting.id]);
    if (!facts.recorded) throw new DomainError('validation', 'errors.documents.noAttendanceReport');
    const sessions = repo
      .sessions(meeting.id)
      .filter((s) => !UNCOUNTED_TYPES.has(s.type) || (facts.bySession[String(s.id)]?.length ?? 0));
    const labels = listLabels(language);
    return attendanceReport(
      repo.people(meeting.id),
      daysBetween(meeting.startDate, meeting.endDate),
      sessions,
      facts,
      {
        country: (code) => countryName(code, language),
        notStated: labels.notStated,
        noOrganisation: labels.noOrganisation,
        total: attendanceLabels(language).total,
        language,
      },
    );
  }

  return {
    figures,
    async make(
      meeting: Meeting,
      request: { format: 'xlsx' | 'csv' | 'pdf'; language: DocumentLanguage; paper: Paper },
      today: string,
      job: JobControl<AttendancePhase>,
    ): Promise<MadeFile> {
      const { format, language } = request;
      job.progress('read', 0, 1);
      const report = figures(meeting, language);
      await job.checkpoint();
      const name = `${attendanceLabels(language).fileName}-${slug(meeting.title)}-${today}.${format}`;
      job.progress('write', 0, 1);
      if (format === 'xlsx')
        return {
          fileName: name,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes: await attendanceReportXlsx(report, meeting.title, language),
        };
      if (format === 'csv')
        return {
          fileName: name,
          mimeType: 'text/csv;charset=utf-8',
          bytes: attendanceReportCsv(report, language),
        };
      const bytes = await attendanceReportPdf(report, {
        language,
        paper: request.paper,
        meeting: { ...meeting, place: placeOf(meeting, language) },
        versionDay: today,
        afterSection: async (done, total) => {
          job.progress('layout', done, total);
          await job.checkpoint();
        },
      });
      return { fileName: name, mimeType: 'application/pdf', bytes };
    },
  };
}
