import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createAgendaEdits } from './agenda-edits';
import { createAgendaCore } from './agenda.service';
import { createAgendaQueries } from './agenda-queries';
import { createProgrammeExports } from './documents/programme-export';

export function agendaHandlers(ctx: BackendContext): FeatureHandlers<'agenda'> {
  const core = createAgendaCore(ctx.db);
  const edits = createAgendaEdits(core);
  const queries = createAgendaQueries(ctx.db);
  const exports = createProgrammeExports(ctx.db);
  const changed = <T>(value: T): T => {
    ctx.emit('data.changed', { feature: 'agenda' });
    return value;
  };
  return {
    'agenda.get': ({ meetingId }) => core.agenda(meetingId),
    'agenda.createRoom': (input) => changed(edits.createRoom(input)),
    'agenda.updateRoom': (input) => changed(edits.updateRoom(input)),
    'agenda.deleteRoom': (input) => changed(edits.deleteRoom(input)),
    'agenda.reorderRooms': (input) => changed(edits.reorderRooms(input)),
    'agenda.createTrack': (input) => changed(edits.createTrack(input)),
    'agenda.updateTrack': (input) => changed(edits.updateTrack(input)),
    'agenda.deleteTrack': (input) => changed(edits.deleteTrack(input)),
    'agenda.setTypeColour': (input) => changed(edits.setTypeColour(input)),
    'agenda.createSession': (input) => changed(edits.createSession(input)),
    'agenda.updateSession': (input) => changed(edits.updateSession(input)),
    'agenda.moveSession': (input) => changed(edits.moveSession(input)),
    'agenda.deleteSession': (input) => changed(edits.deleteSession(input)),
    'agenda.duplicateSession': (input) => changed(edits.duplicateSession(input)),
    'agenda.createAward': (input) => changed(edits.createAward(input)),
    'agenda.updateAward': (input) => changed(edits.updateAward(input)),
    'agenda.deleteAward': (input) => changed(edits.deleteAward(input)),
    'agenda.undo': ({ meetingId }) => changed(core.step(meetingId, 'undo')),
    'agenda.redo': ({ meetingId }) => changed(core.step(meetingId, 'redo')),
    'agenda.sessionsOf': ({ registrationIds }) => queries.sessionsOf(registrationIds),
    'agenda.awardsFor': ({ personId, organisationId }) =>
      queries.awardsFor(personId ?? null, organisationId ?? null),
    'agenda.exportProgramme': (input) => exports.exportProgramme(input),
  };
}
