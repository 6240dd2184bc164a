import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { LONG_READ_CHANNELS, READ_CHANNELS } from '../../electron/backend/worker/read-channels';
import { CHANNEL_NAMES, type Channel } from '../../shared/api';
import { testBackend } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

const readers: Backend[] = [];
afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

/** The sample meetings, and a second, query-only connection on the same file: the reader worker's. */
async function primaryAndReader() {
  const primary = testBackend();
  const { meetingIds } = await primary.call('demo.load', {});
  const meetingId = meetingIds[0]!;
  const participants = await primary.call('registrations.list', { meetingId });
  const programme = await primary.call('agenda.get', { meetingId });
  const chaired = programme.sessions.find((s) => s.people.some((p) => p.role === 'chair'))!;
  const chair = chaired.people.find((p) => p.role === 'chair')!;
  const award = programme.awards.find((a) => a.recipientOrganisationId !== null)!;
  const errors: unknown[] = [];
  const reader = createBackend({
    dataDir: path.dirname(primary.databaseFile),
    reader: true,
    checkOutput: true,
    log: (_message, error) => errors.push(error),
  });
  readers.push(reader);
  const meeting = await primary.call('meetings.get', { id: meetingId });
  return {
    primary,
    reader,
    meetingId,
    participant: participants[0]!,
    chair,
    chairedSessionId: chaired.id,
    award,
    programme,
    day: meeting.startDate,
    sessionId: programme.sessions[0]!.id,
    errors,
  };
}

describe('the channels the reader serves', () => {
  it('all answer on a query-only connection, with what the writer wrote', async () => {
    const {
      reader,
      meetingId,
      participant,
      chair,
      chairedSessionId,
      award,
      programme,
      day,
      sessionId,
      errors,
    } = await primaryAndReader();
    const inputs: Partial<Record<Channel, unknown>> = {
      'settings.get': {},
      'meetings.list': {},
      'meetings.get': { id: meetingId },
      'countries.list': {},
      'organisations.list': {},
      'people.directory': { query: 'ma' },
      'people.get': { id: participant.personId },
      'registrations.list': { meetingId },
      'registrations.search': { meetingId, query: 'cote d' },
      'registrations.summary': { meetingId },
      'registrations.get': { id: participant.id },
      'registrations.export': { meetingId, ids: [participant.id], format: 'xlsx', language: 'fr' },
      'imports.last': { meetingId },
      'agenda.get': { meetingId },
      'agenda.sessionsOf': { registrationIds: [chair.registrationId] },
      'agenda.awardsFor': { organisationId: award.recipientOrganisationId! },
      'agenda.exportProgramme': { meetingId, format: 'pdf' },
      'reports.dashboard': { meetingId, scope: 'series' },
      'reports.exportStatus': { meetingId },
      'reports.templates': { meetingId },
      'reports.previewDocument': {
        meetingId,
        kind: 'certificate',
        language: 'fr',
        body: '{name} : {days}',
      },
      'reports.visaRequests': { meetingId },
      'audit.list': { meetingId, query: 'ma', areas: ['registrations'] },
      'audit.export': { personId: participant.personId, format: 'csv', language: 'fr' },
      'audit.operator': {},
      'privacy.retentionPreview': {},
      'privacy.erasurePreview': { personId: participant.personId },
      'privacy.subjectAccess': { personId: participant.personId, language: 'en' },
      'attendance.desk': { meetingId },
      'attendance.counters': { meetingId, day },
      'attendance.find': { meetingId, day, query: 'mar' },
      'attendance.walkInMatches': { meetingId, familyNames: 'Martin' },
      'attendance.roster': { sessionId },
      'attendance.person': { registrationId: participant.id },
      'attendance.day': { meetingId, day },
      'attendance.presence': { meetingId },
      'attendance.exportNotArrived': { meetingId, day, format: 'csv' },
    };
    for (const channel of READ_CHANNELS) {
      expect(inputs, `add an input for ${channel} to this test`).toHaveProperty([channel]);
      const reply = await reader.dispatch(channel, inputs[channel]);
      expect(reply, channel).toMatchObject({ ok: true });
    }
    expect(errors).toEqual([]);
    // What the reader answered is what the writer wrote: the sample programme, its people, its award.
    const agenda = await reader.dispatch('agenda.get', { meetingId });
    expect(agenda).toEqual({ ok: true, value: programme });
    const sessionsOf = await reader.dispatch('agenda.sessionsOf', {
      registrationIds: [chair.registrationId],
    });
    expect(sessionsOf).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ id: chairedSessionId })]),
    });
    const awards = await reader.dispatch('agenda.awardsFor', {
      organisationId: award.recipientOrganisationId!,
    });
    expect(awards).toMatchObject({ ok: true, value: [{ name: award.name }] });
  });

  it('are channels of the contract, and none of them is a long job the primary must cancel', () => {
    for (const channel of READ_CHANNELS) expect(CHANNEL_NAMES).toContain(channel);
    // The export worker is a reader too: what it serves must pass the test above.
    for (const channel of LONG_READ_CHANNELS) expect(READ_CHANNELS.has(channel)).toBe(true);
    const jobs = ['imports.inspect', 'imports.check', 'imports.run', 'imports.cancel'];
    for (const job of [...jobs, 'reports.export', 'reports.cancel'])
      expect(READ_CHANNELS.has(job as Channel)).toBe(false);
  });

  it('a write sent to the reader by mistake fails loudly and changes nothing', async () => {
    const { primary, reader, errors } = await primaryAndReader();
    const before = meetingRowCount(primary);
    const reply = await reader.dispatch('meetings.create', meetingInput());
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(String(errors[0])).toMatch(/readonly/i);
    expect(meetingRowCount(primary)).toBe(before);
  });
});
