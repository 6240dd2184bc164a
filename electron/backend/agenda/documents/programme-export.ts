/**
 * The programme's exports as the contract carries them: the PDF, the calendars, the spreadsheets,
 * named after the meeting, what they hold and the day they were made.
 */
import type { Db } from '../../db/connection';
import { invalidField } from '../../errors';
import { createPeopleRepo } from '../../people/people.repo';
import { displayName } from '../../../../shared/domain/people';
import { nowIso, todayIn } from '../../../../shared/domain/time';
import type { Output, ParsedInput } from '../../../../shared/api';
import { createAgendaCore } from '../agenda.service';
import { programmeCalendar } from './programme-calendar';
import { programmeView } from './programme-model';
import { programmePdf } from './programme-pdf';
import { sessionsCsv, sessionsXlsx } from './programme-sheets';
import { fill, meetingLanguage, slug } from './programme-text';

export type ProgrammeExportInput = ParsedInput<'agenda.exportProgramme'>;

const MIME = {
  pdf: 'application/pdf',
  ics: 'text/calendar;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function createProgrammeExports(db: Db) {
  const core = createAgendaCore(db);
  const people = createPeopleRepo(db);

  /** Builds the file; `now` is injectable so tests can date it. */
  async function exportProgramme(
    input: ProgrammeExportInput,
    now = nowIso(),
  ): Promise<Output<'agenda.exportProgramme'>> {
    const meeting = core.meeting(input.meetingId);
    const agenda = core.agenda(input.meetingId);
    const language = input.language ?? meetingLanguage(meeting.languages);
    const personNames = new Map<number, string>();
    for (const award of agenda.awards)
      if (award.recipientPersonId !== null) {
        const person = people.get(award.recipientPersonId);
        if (person) personNames.set(person.id, displayName(person));
      }
    const view = programmeView({ agenda, meeting, personNames }, language);
    const { labels } = view;
    const today = todayIn(meeting.timeZone);
    const nameParts = [slug(meeting.title)];
    let bytes: Buffer;
    let content = labels.programme;
    switch (input.format) {
      case 'pdf':
        bytes = await programmePdf(view, agenda.rooms, { paper: input.paper, versionDay: today });
        if (input.paper === 'letter') nameParts.push('letter');
        break;
      case 'ics': {
        let name = meeting.title;
        if (input.registrationId !== undefined) {
          const person = agenda.people.find((p) => p.registrationId === input.registrationId);
          if (!person) throw invalidField(['registrationId'], 'errors.notOnProgramme');
          name = fill(labels.calendarFor, { meeting: meeting.title, person: person.name });
          nameParts.push(slug(person.name, 40));
        }
        const text = programmeCalendar(view, {
          name,
          stamp: new Date(now),
          ...(input.registrationId !== undefined ? { registrationId: input.registrationId } : {}),
        });
        bytes = Buffer.from(text, 'utf8');
        break;
      }
      case 'csv':
        content = labels.sessions;
        bytes = sessionsCsv(view);
        break;
      case 'xlsx':
        content = labels.sessions;
        bytes = await sessionsXlsx(view);
        break;
    }
    const fileName = [content, ...nameParts.filter(Boolean), today].join('-');
    return {
      fileName: `${fileName}.${input.format}`,
      mimeType: MIME[input.format],
      base64: bytes.toString('base64'),
    };
  }

  return { exportProgramme };
}
