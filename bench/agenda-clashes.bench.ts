import os from 'node:os';
import type { AgendaPerson, Room, Session } from '../shared/domain/agenda';
import { findClashes } from '../shared/domain/agenda-clashes';
import { sampleInterleaved } from './lib/measure';
import { summarize } from './lib/stats';
import type { BenchRow } from './lib/types';

const N = 50;
const WARMUP = 5;
const DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'];

/** A dense programme: 1,000 sessions over four days in ten rooms, 3,000 assignments of 300 people. */
function programme() {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const rooms: Room[] = Array.from({ length: 10 }, (_, i) => ({
    id: i + 1,
    meetingId: 1,
    name: `Room ${i + 1}`,
    capacity: 20 + random(200),
    location: '',
    position: i,
    closedDays: i === 9 ? [DAYS[3]!] : [],
  }));
  const people: AgendaPerson[] = Array.from({ length: 300 }, (_, i) => ({
    registrationId: i + 1,
    personId: i + 1,
    name: `Person ${i + 1}`,
    status: i % 40 === 0 ? 'declined' : 'confirmed',
    organisationId: null,
    organisationName: '',
    organisationType: i % 3 === 0 ? 'ngo' : 'law_enforcement',
    countryCode: null,
  }));
  // Each room's day is filled session after session, as organisers do; one in fifty starts ten
  // minutes early, so the clashes are the few an organiser must find, not thousands.
  const sessions: Session[] = [];
  for (let i = 0; sessions.length < 1000; i++) {
    const roomId = (i % 10) + 1;
    const day = DAYS[Math.floor(i / 10) % 4]!;
    for (let cursor = 7 * 60; cursor < 22 * 60 && sessions.length < 1000;) {
      const length = 20 + random(5) * 5;
      const id = sessions.length + 1;
      const start = random(50) === 0 ? cursor - 10 : cursor;
      sessions.push({
        id,
        meetingId: 1,
        title: `Session ${id}`,
        type: 'panel',
        day,
        startMinute: start,
        endMinute: start + length,
        roomId,
        allRooms: false,
        trackId: null,
        region: null,
        description: '',
        tentative: false,
        expectedAudience: random(250),
        restricted: id % 10 === 0,
        presenterCountryCode: null,
        presenterOrganisationId: null,
        people: [0, 1, 2].map((k) => ({
          registrationId: ((id * 37 + k * 101) % 300) + 1,
          role: 'speaker' as const,
        })),
        updatedAt: '',
      });
      cursor += length + random(2) * 5;
    }
  }
  return { meeting: { startDate: DAYS[0]!, endDate: DAYS[3]! }, rooms, sessions, people };
}

/**
 * Clash detection over 1,000 sessions and ~3,000 assignments, against a baseline that only walks
 * the same sessions and assignments once (the least any check must do).
 */
export async function benchAgendaClashes(): Promise<BenchRow[]> {
  const input = programme();
  const assignments = input.sessions.reduce((n, s) => n + s.people.length, 0);
  let sink = 0;
  const samples = await sampleInterleaved(
    {
      walk: () => {
        for (const s of input.sessions) for (const p of s.people) sink += p.registrationId;
      },
      clashes: () => {
        sink += findClashes(input).length;
      },
    },
    { warmup: WARMUP, n: N },
  );
  // The same call timed in CPU time: on a shared machine a wall-clock sample is long whenever the
  // scheduler runs another process in the middle of it, which says nothing of the finder.
  const cpu: number[] = [];
  for (let i = 0; i < N; i++) {
    const before = process.cpuUsage();
    sink += findClashes(input).length;
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const load = os.loadavg()[0]!.toFixed(1);
  const baseline = 'agenda: walk sessions + people';
  return [
    { name: baseline, unit: 'ms', n: N, stats: summarize(samples.walk) },
    {
      name: 'agenda: find clashes (1,000 sessions)',
      unit: 'ms',
      n: N,
      stats: summarize(samples.clashes),
      baseline,
      targets: [{ stat: 'p95', max: 20 }],
      note: `${input.sessions.length} sessions, ${assignments} assignments, ${findClashes(input).length} clashes found (sink ${sink > 0 ? 'used' : 'empty'}); wall time, so other processes' load shows in it`,
    },
    {
      name: 'agenda: find clashes, CPU time',
      unit: 'ms',
      n: N,
      stats: summarize(cpu),
      targets: [{ stat: 'p95', max: 20 }],
      note: `the process's CPU time (user + system) per call, which other processes' load does not inflate; load average ${load} on ${os.cpus().length} cores`,
    },
  ];
}
