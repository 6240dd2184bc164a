import './in-new-york';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { localToInstant } from '../../shared/domain/time';
import type { Agenda } from '../../shared/api';
import { meetingInput } from './meeting-fixtures';
import { exported, openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend();
let lyon: number;
let cotonou: number;
let agendaA: Agenda;

beforeAll(async () => {
  ({ lyon, cotonou } = await sampleMeetings(backend));
  agendaA = await backend.call('agenda.get', { meetingId: lyon });
});

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  tzid: string | null;
  status: string;
  description: string;
  stamp: string;
}

/** Reads a calendar with ical.js, its VTIMEZONE blocks registered as a calendar client does. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      tzid: event.startDate.zone?.tzid ?? null,
      status: String(vevent.getFirstPropertyValue('status')),
      description: event.description,
      stamp: String(vevent.getFirstProperty('dtstamp')?.toICALString()),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    zones: calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    events,
  };
}

const text = async (input: Parameters<typeof exported>[1]) =>
  (await exported(backend, input)).bytes.toString('utf8');

describe('iCalendar files of the programme, read back with ical.js in New York', () => {
  it('runs in a zone other than the meeting’s', () => {
    expect(new Date('2026-11-14T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it('gives every session of meeting A at its real instant, in Paris time with its VTIMEZONE', async () => {
    const file = await exported(backend, { meetingId: lyon, format: 'ics' });
    expect(file.mimeType).toBe('text/calendar;charset=utf-8');
    expect(file.fileName).toMatch(/^programme-specialists-group-.*-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = readCalendar(file.bytes.toString('utf8'));
    expect(calendar.zones).toEqual(['Europe/Paris']);
    expect(calendar.events).toHaveLength(agendaA.sessions.length);
    const byUid = new Map(calendar.events.map((e) => [e.uid, e]));
    for (const s of agendaA.sessions) {
      const event = byUid.get(`session-${s.id}-meeting-${lyon}@plenary`)!;
      expect(event.summary).toBe(s.title);
      expect(event.tzid).toBe('Europe/Paris');
      expect(event.start).toBe(localToInstant(s.day, s.startMinute, 'Europe/Paris'));
      expect(event.end).toBe(localToInstant(s.day, s.endMinute, 'Europe/Paris'));
      expect(event.status).toBe(s.tentative ? 'TENTATIVE' : 'CONFIRMED');
      // DTSTAMP is UTC, as RFC 5545 requires.
      expect(event.stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    }
    const opening = calendar.events.find((e) => e.summary === 'Opening plenary')!;
    expect(opening.start).toBe('2026-11-14T08:00:00.000Z');
    expect(opening.description).toContain('Chair: Ірина Коваленко (National Police of Ukraine)');
  });

  it('names the zone Africa/Porto-Novo for Cotonou, whose VTIMEZONE the library files under Lagos', async () => {
    const calendar = readCalendar(await text({ meetingId: cotonou, format: 'ics' }));
    expect(calendar.zones).toEqual(['Africa/Porto-Novo']);
    const opening = calendar.events.find((e) => e.summary === 'Cérémonie d’ouverture')!;
    expect(opening.start).toBe('2026-09-22T08:00:00.000Z');
    expect(opening.tzid).toBe('Africa/Porto-Novo');
    expect(opening.description).toContain('Plénière');
  });

  it('keeps the right instants on the days the clocks change', async () => {
    const meetingId = (
      await backend.call(
        'meetings.create',
        meetingInput({
          title: 'Autumn training',
          city: 'Lyon',
          countryCode: 'FR',
          timeZone: 'Europe/Paris',
          startDate: '2026-10-24',
          endDate: '2026-10-26',
          languages: ['en'],
        }),
      )
    ).id;
    const add = (title: string, day: string, start: number, end: number) =>
      backend.call('agenda.createSession', {
        meetingId,
        session: { title, type: 'other', day, startMinute: start, endMinute: end },
      });
    await add('Before the change', '2026-10-24', 9 * 60, 10 * 60);
    // Clocks go back from 03:00 to 02:00 on 25 October: 01:00 is summer time, 04:00 winter time.
    await add('Across the change', '2026-10-25', 1 * 60, 4 * 60);
    await add('After the change', '2026-10-26', 9 * 60, 10 * 60);
    const { events } = readCalendar(await text({ meetingId, format: 'ics' }));
    const at = (title: string) => events.find((e) => e.summary === title)!;
    expect(at('Before the change')).toMatchObject({
      start: '2026-10-24T07:00:00.000Z',
      end: '2026-10-24T08:00:00.000Z',
    });
    expect(at('Across the change')).toMatchObject({
      start: '2026-10-24T23:00:00.000Z',
      end: '2026-10-25T03:00:00.000Z',
    });
    expect(at('After the change')).toMatchObject({ start: '2026-10-26T08:00:00.000Z' });
  });

  it('gives one person only their own sessions, each saying their role', async () => {
    // The rapporteur booked twice on purpose in the sample: two workshops at the same time.
    const counts = new Map<number, number>();
    for (const s of agendaA.sessions)
      for (const p of s.people)
        counts.set(p.registrationId, (counts.get(p.registrationId) ?? 0) + 1);
    const [registrationId] = [...counts].find(([, n]) => n >= 2)!;
    const person = agendaA.people.find((p) => p.registrationId === registrationId)!;
    const file = await exported(backend, { meetingId: lyon, format: 'ics', registrationId });
    const calendar = readCalendar(file.bytes.toString('utf8'));
    const theirs = agendaA.sessions.filter((s) =>
      s.people.some((p) => p.registrationId === registrationId),
    );
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(theirs.map((s) => s.title).sort());
    expect(calendar.name).toBe(`${agendaA.meeting.title} — ${person.name}`);
    for (const event of calendar.events) expect(event.description).toMatch(/^Your role: \w+/);
    expect(file.fileName).toContain('-specialists-group-');
  });

  it('refuses a person who has no role on the programme, saying so next to the field', async () => {
    const list = await backend.call('registrations.list', { meetingId: lyon });
    const onSessions = new Set(agendaA.people.map((p) => p.registrationId));
    const outsider = list.find((r) => !onSessions.has(r.id))!;
    const reply = await backend.dispatch('agenda.exportProgramme', {
      meetingId: lyon,
      format: 'ics',
      registrationId: outsider.id,
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok)
      expect(reply.error.issues).toEqual([
        { path: ['registrationId'], message: 'errors.notOnProgramme' },
      ]);
  });
});
