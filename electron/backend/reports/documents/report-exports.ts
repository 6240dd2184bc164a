/**
 * Every export of the export centre, made in the backend: the participants (CSV, XLSX), the list
 * of participants (PDF, XLSX), the programme (through the agenda's own exports), the attendance
 * report (XLSX, CSV, PDF), certificates and visa letters (one PDF, or a ZIP of one PDF each).
 * Names say the content, the meeting and the day: 'participant-list-specialists-group-…-2026-11-18.pdf'.
 */
import type { Db } from '../../db/connection';
import type { JobControl } from '../../imports/job';
import { createProgrammeExports } from '../../agenda/documents/programme-export';
import {
  meetingLanguage,
  slug,
  type DocumentLanguage,
} from '../../agenda/documents/programme-text';
import { exportParticipants } from '../../registrations/export';
import { createRegistrationsService } from '../../registrations/registrations.service';
import { countryName } from '../../../../shared/domain/countries';
import { groupParticipantList } from '../../../../shared/domain/participant-list';
import { ACTIVE_STATUSES } from '../../../../shared/domain/people';
import { todayIn } from '../../../../shared/domain/time';
import type { ParsedInput } from '../../../../shared/api';
import { createReportsRepo } from '../reports.repo';
import type { MadeFile } from '../save-export';
import type { AttendanceSource } from '../attendance-source';
import type { PersonDocuments } from '../templates/person-documents.service';
import { createAttendanceReportExport } from './attendance-report-export';
import { exportPersonDocuments } from './person-documents-export';
import { participantListPdf } from './participant-list-pdf';
import { participantListXlsx } from './participant-list-sheets';
import { listLabels } from './participant-list-text';

export type ExportPhase = 'read' | 'layout' | 'write';
export type ExportInput = ParsedInput<'reports.export'>;

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

export function createReportExports(
  db: Db,
  attendance: AttendanceSource,
  documents: PersonDocuments,
  clock: () => number = Date.now,
) {
  const repo = createReportsRepo(db);
  const attendanceReport = createAttendanceReportExport(db, attendance);
  const programme = createProgrammeExports(db);
  const registrations = createRegistrationsService(db);

  const fileName = (content: string, title: string, day: string, format: string) =>
    `${[content, slug(title), day].filter(Boolean).join('-')}.${format}`;

  /** The list of participants: those expected (registered or confirmed), consent respected. */
  async function participantList(
    input: ExportInput,
    job: JobControl<ExportPhase>,
  ): Promise<MadeFile> {
    const meeting = registrations.meeting(input.meetingId);
    const language: DocumentLanguage = input.language ?? meetingLanguage(meeting.languages);
    const labels = listLabels(language);
    job.progress('read', 0, 1);
    const rows = repo.listedRows(input.meetingId, ACTIVE_STATUSES);
    const list = groupParticipantList(
      rows,
      (code) => countryName(code, language),
      language,
      labels.notStated,
    );
    await job.checkpoint();
    const today = todayIn(meeting.timeZone, clock());
    const name = fileName(labels.fileName, meeting.title, today, input.format);
    if (input.format === 'xlsx') {
      job.progress('write', 0, 1);
      const bytes = await participantListXlsx(list, meeting.title, language);
      return { fileName: name, mimeType: MIME.xlsx, bytes };
    }
    const place = [
      meeting.venue,
      meeting.city,
      meeting.countryCode ? countryName(meeting.countryCode, language) : '',
    ]
      .filter(Boolean)
      .join(', ');
    const bytes = await participantListPdf(
      list,
      { ...meeting, place },
      {
        language,
        versionDay: today,
        afterCountry: async (done, total) => {
          job.progress('layout', done, total);
          await job.checkpoint();
        },
      },
    );
    return { fileName: name, mimeType: MIME.pdf, bytes };
  }

  /** Every registration with the person's details, in the screen's language. */
  async function participants(input: ExportInput, job: JobControl<ExportPhase>) {
    const meeting = registrations.meeting(input.meetingId);
    const language = input.language ?? 'en';
    job.progress('read', 0, 1);
    const rows = registrations.list(input.meetingId);
    await job.checkpoint();
    job.progress('write', 0, 1);
    const format = input.format === 'xlsx' ? 'xlsx' : 'csv';
    const file = await exportParticipants(rows, { meetingTitle: meeting.title, format, language });
    const content = listLabels(language).participantsFileName;
    return {
      fileName: fileName(content, meeting.title, todayIn(meeting.timeZone, clock()), format),
      mimeType: file.mimeType,
      bytes: Buffer.from(file.base64, 'base64'),
    };
  }

  return {
    attendanceReport,
    async make(input: ExportInput, job: JobControl<ExportPhase>): Promise<MadeFile> {
      const documentRequest = () => {
        const meeting = registrations.meeting(input.meetingId);
        return {
          meeting,
          language: input.language ?? meetingLanguage(meeting.languages),
          today: todayIn(meeting.timeZone, clock()),
        };
      };
      switch (input.kind) {
        case 'attendance': {
          const { meeting, language, today } = documentRequest();
          const format = input.format as 'xlsx' | 'csv' | 'pdf';
          return attendanceReport.make(
            meeting,
            { format, language, paper: input.paper },
            today,
            job,
          );
        }
        case 'certificates':
        case 'visaLetters': {
          const { language, today } = documentRequest();
          return exportPersonDocuments(
            documents,
            {
              meetingId: input.meetingId,
              kind: input.kind === 'certificates' ? 'certificate' : 'visaLetter',
              format: input.format === 'zip' ? 'zip' : 'pdf',
              language,
              paper: input.paper,
              today,
            },
            job,
          );
        }
        case 'participantList':
          return participantList(input, job);
        case 'participants':
          return participants(input, job);
        case 'programme': {
          job.progress('layout', 0, 1);
          // The request's schema allows the programme no archive.
          const format = input.format === 'zip' ? 'pdf' : input.format;
          const file = await programme.exportProgramme({
            meetingId: input.meetingId,
            format,
            paper: input.paper,
            ...(input.language ? { language: input.language } : {}),
          });
          await job.checkpoint();
          return {
            fileName: file.fileName,
            mimeType: file.mimeType,
            bytes: Buffer.from(file.base64, 'base64'),
          };
        }
      }
    },
  };
}
