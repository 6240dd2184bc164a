import type { Db } from '../db/connection';
import { createMeetingsService } from '../meetings/meetings.service';
import { loadSampleProgramme } from './sample-agenda';
import { importSampleParticipants } from './sample-import';
import { loadSampleAttendance } from './sample-attendance';
import {
  SAMPLE_PROGRAMME,
  SAMPLE_SPECIALISTS_GROUP,
  SAMPLE_WORKING_GROUP,
} from './sample-meetings';
import { COTONOU_PROGRAMME } from './sample-programme-cotonou';
import { LYON_PROGRAMME } from './sample-programme-lyon';

/**
 * Creates the reference meetings in one transaction, then imports their participants and gives
 * them their programmes. Loading twice changes nothing: a meeting with the same title and start
 * day is reused, a meeting that has participants gets no more, and one with a programme keeps it.
 */
export async function loadSampleData(
  db: Db,
): Promise<{ meetingIds: number[]; alreadyLoaded: boolean }> {
  const meetings = createMeetingsService(db);
  const loaded = db.transaction(() => {
    const existing = meetings.findByTitle(
      SAMPLE_SPECIALISTS_GROUP.title,
      SAMPLE_SPECIALISTS_GROUP.startDate,
    );
    const ensure = (fields: typeof SAMPLE_PROGRAMME) =>
      meetings.findByTitle(fields.title, fields.startDate) ?? meetings.create(fields).id;
    const specialists = ensure(SAMPLE_SPECIALISTS_GROUP);
    const programme = ensure(SAMPLE_PROGRAMME);
    const workingGroup = ensure({ ...SAMPLE_WORKING_GROUP, parentId: programme });
    return { meetingIds: [specialists, workingGroup, programme], alreadyLoaded: existing !== null };
  })();
  const [specialistsGroup = 0, workingGroup = 0] = loaded.meetingIds;
  await importSampleParticipants(db, { specialistsGroup, workingGroup });
  // The programmes name participants as chairs and speakers, so they come after the import.
  loadSampleProgramme(db, specialistsGroup, LYON_PROGRAMME);
  loadSampleProgramme(db, workingGroup, COTONOU_PROGRAMME);
  // Attendance fills workshops and restricted sessions, so it comes after the programmes.
  loadSampleAttendance(db, [specialistsGroup, workingGroup]);
  return loaded;
}
