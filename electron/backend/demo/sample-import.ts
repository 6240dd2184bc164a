import type { Db } from '../db/connection';
import { createImportsService } from '../imports/imports.service';
import type { Table } from '../imports/read-table';
import { suggestMapping } from '../../../shared/domain/import-fields';
import { sampleParticipants, type SampleRegistration } from './sample-people';
import { sampleRows, type SheetLanguage } from './sample-rows';

/** The generated rows as the table a spreadsheet would have given. */
export function sampleTable(
  registrations: readonly SampleRegistration[],
  language: SheetLanguage,
): Table {
  const { headers, rows } = sampleRows(registrations, language);
  return {
    format: 'csv',
    encoding: null,
    delimiter: null,
    sheets: [],
    sheet: null,
    headers,
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
  };
}

/**
 * Gives the reference meetings their participants through the import itself (mapping suggested
 * from the headers, countries resolved, people at both meetings merged), so the sample shows what
 * an import produces. A meeting that already has participants is left alone.
 */
export async function importSampleParticipants(
  db: Db,
  meetings: { specialistsGroup: number; workingGroup: number },
): Promise<void> {
  const imports = createImportsService(db);
  const wanted = [meetings.workingGroup, meetings.specialistsGroup];
  // Loading again is a no-op: the sample people are not even generated then.
  if (wanted.every((meetingId) => imports.hasRegistrations(meetingId))) return;
  const { specialists, workingGroup } = sampleParticipants();
  const batches = [
    {
      meetingId: meetings.workingGroup,
      table: sampleTable(workingGroup, 'fr'),
      file: 'working-group-participants (sample)',
    },
    {
      meetingId: meetings.specialistsGroup,
      table: sampleTable(specialists, 'en'),
      file: 'specialists-group-participants (sample)',
    },
  ];
  for (const { meetingId, table, file } of batches) {
    if (imports.hasRegistrations(meetingId)) continue;
    await imports.importTable(table, file, suggestMapping(table.headers), {
      meetingId,
      decisions: {},
      duplicateDefault: 'merge',
      countryAnswers: {},
      statusAnswers: {},
      roleAnswers: {},
      skipInvalidRows: false,
      defaultRole: 'delegate',
      defaultStatus: 'invited',
    });
  }
}
