import type { Input } from '../../shared/api';
import type { Backend } from '../../electron/backend/backend';

/** A meeting an organiser could really type: the working group in Cotonou. */
export function meetingInput(overrides: Partial<Input<'meetings.create'>> = {}) {
  return {
    title: 'Regional Working Group on Human Trafficking',
    kind: 'working_group',
    venue: 'Palais des Congrès',
    city: 'Cotonou',
    countryCode: 'BJ',
    startDate: '2026-09-22',
    endDate: '2026-09-24',
    timeZone: 'Africa/Porto-Novo',
    languages: ['fr', 'en'],
    description: 'Follow-up to the multi-country operation.',
    parentId: null,
    ...overrides,
  } satisfies Input<'meetings.create'>;
}

/** Rows in the meeting table, read straight from SQLite rather than through the API. */
export function meetingRowCount(backend: Backend): number {
  return (backend.db.prepare('SELECT count(*) AS n FROM meeting').get() as { n: number }).n;
}
