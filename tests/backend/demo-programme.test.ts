import { beforeAll, describe, expect, it } from 'vitest';
import { findClashes } from '../../shared/domain/agenda-clashes';
import { POLICE_REGIONS } from '../../shared/domain/people';
import type { Agenda } from '../../shared/api';
import { openBackend, sampleMeetings } from './programme-fixtures';

const backend = openBackend();
let lyon: Agenda;
let cotonou: Agenda;

beforeAll(async () => {
  const ids = await sampleMeetings(backend);
  lyon = await backend.call('agenda.get', { meetingId: ids.lyon });
  cotonou = await backend.call('agenda.get', { meetingId: ids.cotonou });
});

const titled = (agenda: Agenda, pattern: RegExp) =>
  agenda.sessions.filter((s) => pattern.test(s.title));

describe('the sample programmes', () => {
  it('gives meeting A four full days in realistic rooms, with tracks', () => {
    expect(new Set(lyon.sessions.map((s) => s.day))).toEqual(
      new Set(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17']),
    );
    expect(lyon.rooms.map((r) => [r.name, r.capacity])).toContainEqual(['Main Auditorium', 320]);
    expect(lyon.rooms.every((r) => r.capacity !== null && r.location !== '')).toBe(true);
    expect(lyon.tracks.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Victim identification', 'Darknet', 'Prevention']),
    );
    for (const pattern of [
      /^Opening plenary$/,
      /^Keynote remarks by the Director of Police Services$/,
      /^Keynote remarks by the Chair of the Global Alliance$/,
      /^Global efforts/,
      /^Technical solutions/,
      /^Identifying victims and offenders$/,
      /^Disrupting the networks/,
      /travelling sex offenders/,
      /^Prevention strategies/,
      /^Analysis of abuse material/,
      /^The Darknet/,
      /^Update from the Global Alliance/,
      /national child protection unit/,
      /^Award ceremony$/,
      /^Closing plenary/,
    ])
      expect(titled(lyon, pattern), String(pattern)).toHaveLength(1);
    const caseStudies = lyon.sessions.filter((s) => s.type === 'case_study');
    expect(caseStudies.length).toBeGreaterThanOrEqual(3);
    expect(caseStudies.every((s) => s.presenterCountryCode !== null)).toBe(true);
  });

  it('runs five regional workshops side by side, one per region, each in its own room', () => {
    const workshops = lyon.sessions.filter((s) => s.type === 'regional_workshop');
    expect(workshops.map((w) => w.region).sort()).toEqual([...POLICE_REGIONS].sort());
    expect(new Set(workshops.map((w) => `${w.day} ${w.startMinute}-${w.endMinute}`)).size).toBe(1);
    expect(new Set(workshops.map((w) => w.roomId)).size).toBe(5);
  });

  it('puts breaks and meals in every room on every day', () => {
    for (const day of new Set(lyon.sessions.map((s) => s.day))) {
      const pauses = lyon.sessions.filter(
        (s) => s.day === day && ['break', 'meal'].includes(s.type),
      );
      expect(pauses.length, day).toBeGreaterThanOrEqual(2);
      expect(pauses.every((p) => p.allRooms)).toBe(true);
    }
  });

  it('presents the award to the civil-society network active in 93 countries, at the ceremony', () => {
    expect(lyon.awards).toHaveLength(1);
    const award = lyon.awards[0]!;
    const ceremony = titled(lyon, /^Award ceremony$/)[0]!;
    expect(award.sessionId).toBe(ceremony.id);
    expect(lyon.organisations.find((o) => o.id === award.recipientOrganisationId)?.name).toBe(
      'End Child Exploitation Network',
    );
    expect(award.citation).toContain('93 countries');
  });

  it('takes chairs and speakers from the meeting’s participants, names in Arabic and Cyrillic among them', async () => {
    const participants = await backend.call('registrations.list', { meetingId: lyon.meeting.id });
    const ids = new Set(participants.map((p) => p.id));
    const assigned = lyon.sessions.flatMap((s) => s.people);
    expect(assigned.length).toBeGreaterThan(50);
    expect(assigned.every((p) => ids.has(p.registrationId))).toBe(true);
    const speaking = new Set(
      assigned
        .filter((p) => p.role === 'speaker' || p.role === 'chair')
        .map((p) => p.registrationId),
    );
    const names = lyon.people.filter((p) => speaking.has(p.registrationId)).map((p) => p.name);
    expect(names.some((n) => /^[\p{Script=Arabic}\s]+$/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true);
  });

  it('leaves exactly one clash in each meeting for the organiser to find', () => {
    const a = findClashes(lyon);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ kind: 'person_double_booked' });
    const titles = a[0]!.sessionIds.map((id) => lyon.sessions.find((s) => s.id === id)!.title);
    expect(titles.sort()).toEqual(['Regional workshop: Americas', 'Regional workshop: Europe']);
    const b = findClashes(cotonou);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ kind: 'room_double_booked' });
  });

  it('gives meeting B its working-group agenda, typed in French', () => {
    for (const pattern of [
      /^Résultats de l’opération/,
      /^Rapport national : /,
      /^Échange régional/,
      /^La voie à suivre : prévention, protection et poursuites$/,
    ])
      expect(titled(cotonou, pattern).length, String(pattern)).toBeGreaterThanOrEqual(1);
    expect(
      titled(cotonou, /^Rapport national : /)
        .map((s) => s.presenterCountryCode)
        .sort(),
    ).toEqual(['ML', 'MR', 'NE', 'SN', 'TD']);
    expect(
      cotonou.sessions.filter((s) => s.type === 'working_group').length,
    ).toBeGreaterThanOrEqual(4);
    expect(cotonou.sessions.every((s) => s.people.length === 0 || s.type !== 'break')).toBe(true);
  });

  it('adds nothing when the sample is loaded again', async () => {
    const again = await backend.call('demo.load', {});
    expect(again.alreadyLoaded).toBe(true);
    const after = await backend.call('agenda.get', { meetingId: lyon.meeting.id });
    expect(after.sessions).toEqual(lyon.sessions);
    expect(after.rooms).toEqual(lyon.rooms);
    expect(after.awards).toEqual(lyon.awards);
    // Not recorded as edits: the organiser's first undo has nothing of the sample to take back.
    expect(after.history.undo).toBeNull();
  });
});
