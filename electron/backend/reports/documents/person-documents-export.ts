/**
 * Certificates and visa letters as the export centre delivers them: one PDF with everyone (a page
 * or more each), or a ZIP archive with one PDF per person. An archive rather than a folder: the
 * export centre saves one file wherever the user chooses, and a browser can only download files,
 * never write a folder; one ZIP is the same in both shells and opens everywhere. Inside, each file
 * is named after the person and their registration number, so namesakes never overwrite each
 * other.
 */
import JSZip from 'jszip';
import { slug } from '../../agenda/documents/programme-text';
import type { DocumentKind } from '../../../../shared/domain/document-template';
import type { Paper } from '../../pdf/pdf-writer';
import type { JobControl } from '../../imports/job';
import type { MadeFile } from '../save-export';
import type { DocumentLanguage } from '../templates/document-values';
import type { PersonDocuments } from '../templates/person-documents.service';
import { personDocumentsPdf } from './person-document-pdf';
import { listLabels } from './participant-list-text';
import type { ExportPhase } from './report-exports';
import { DomainError } from '../../errors';

export interface PersonDocumentsRequest {
  meetingId: number;
  kind: DocumentKind;
  format: 'pdf' | 'zip';
  language: DocumentLanguage;
  paper: Paper;
  /** The file's day in the meeting's zone, for its name. */
  today: string;
}

export async function exportPersonDocuments(
  documents: PersonDocuments,
  request: PersonDocumentsRequest,
  job: JobControl<ExportPhase>,
): Promise<MadeFile> {
  const { kind, language } = request;
  const labels = listLabels(language)[kind];
  job.progress('read', 0, 1);
  const made = documents.make(request.meetingId, kind, language);
  if (made.documents.length === 0)
    throw new DomainError(
      'validation',
      kind === 'certificate' ? 'errors.documents.noAttendance' : 'errors.documents.noLetters',
    );
  await job.checkpoint();
  const base = `${labels.fileName}-${slug(made.meeting.title)}-${request.today}`;
  const total = made.documents.length;
  const options = {
    align: kind === 'certificate' ? ('center' as const) : ('start' as const),
    paper: request.paper,
    language,
    title: `${made.meeting.title} — ${labels.title}`,
  };
  if (request.format === 'pdf') {
    const bytes = await personDocumentsPdf(
      made.documents.map((d) => d.blocks),
      made.look,
      {
        ...options,
        afterEach: async (done) => {
          job.progress('layout', done, total);
          await job.checkpoint();
        },
      },
    );
    return { fileName: `${base}.pdf`, mimeType: 'application/pdf', bytes };
  }
  const zip = new JSZip();
  for (const [index, document] of made.documents.entries()) {
    const person = document.person;
    const name = slug(`${person.familyNames} ${person.givenNames}`, 50) || 'person';
    const bytes = await personDocumentsPdf([document.blocks], made.look, options);
    zip.file(`${labels.oneFileName}-${name}-${person.registrationId}.pdf`, bytes);
    job.progress('layout', index + 1, total);
    await job.checkpoint();
  }
  job.progress('write', 0, 1);
  // PDFs are compressed already: storing them is as small and much faster.
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  return { fileName: `${base}.zip`, mimeType: 'application/zip', bytes };
}
