import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { READ_CHANNELS } from '../../electron/backend/worker/read-channels';
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
  const errors: unknown[] = [];
  const reader = createBackend({
    dataDir: path.dirname(primary.databaseFile),
    reader: true,
    checkOutput: true,
    log: (_message, error) => errors.push(error),
  });
  readers.push(reader);
  const meeting = await primary.call('meetings.get', { id: meetingId });
  const { sessions } = await primary.call('agenda.get', { meetingId });
  return {
    primary,
    reader,
    meetingId,
    day: meeting.startDate,
    sessionId: sessions[0]!.id,
    participant: participants[0]!,
    errors,
  };
}

describe('the channels the reader serves', () => {
  it('all answer on a query-only connection, with what the writer wrote', async () => {
    const { reader, meetingId, day, sessionId, participant, errors } = await primaryAndReader();
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
  });

  it('are channels of the contract, and none of them is a long job the primary must cancel', () => {
    for (const channel of READ_CHANNELS) expect(CHANNEL_NAMES).toContain(channel);
    for (const job of ['imports.inspect', 'imports.check', 'imports.run', 'imports.cancel'])
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
