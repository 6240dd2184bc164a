import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { meetingRowCount } from './meeting-fixtures';

describe('sample meetings', () => {
  it('creates the reference meetings, the working group linked to its programme', async () => {
    const backend = testBackend();
    const loaded = await backend.call('demo.load', {});
    expect(loaded.alreadyLoaded).toBe(false);
    expect(loaded.meetingIds).toHaveLength(3);

    const list = await backend.call('meetings.list', {});
    const byCity = new Map(list.map((m) => [m.city, m]));
    expect([...byCity.keys()].sort()).toEqual(['Cotonou', 'Dakar', 'Lyon']);
    const lyon = byCity.get('Lyon')!;
    expect(lyon).toMatchObject({
      kind: 'specialists_group',
      countryCode: 'FR',
      startDate: '2026-11-14',
      endDate: '2026-11-17',
      timeZone: 'Europe/Paris',
      parentId: null,
    });
    const cotonou = byCity.get('Cotonou')!;
    const programme = byCity.get('Dakar')!;
    expect(cotonou).toMatchObject({
      kind: 'working_group',
      countryCode: 'BJ',
      timeZone: 'Africa/Porto-Novo',
      parentId: programme.id,
    });
    expect(programme.childCount).toBe(1);
  });

  it('passes the same checks as a meeting typed in the form', async () => {
    const backend = testBackend();
    await backend.call('demo.load', {});
    for (const m of await backend.call('meetings.list', {})) {
      const { id, createdAt: _c, updatedAt: _u, childCount: _n, ...fields } = m;
      const reply = await backend.dispatch('meetings.update', { id, meeting: fields });
      expect(reply.ok, `${m.title}: ${JSON.stringify(reply)}`).toBe(true);
    }
  });

  it('creates nothing more when loaded a second time', async () => {
    const backend = testBackend();
    const first = await backend.call('demo.load', {});
    const before = await backend.call('meetings.list', {});
    const second = await backend.call('demo.load', {});
    expect(second).toEqual({ meetingIds: first.meetingIds, alreadyLoaded: true });
    expect(meetingRowCount(backend)).toBe(3);
    expect(await backend.call('meetings.list', {})).toEqual(before);
  });

  it('tells the list to refresh', async () => {
    const backend = testBackend();
    const events: string[] = [];
    backend.onEvent((event, payload) => events.push(`${event}:${JSON.stringify(payload)}`));
    await backend.call('demo.load', {});
    // The sample participants come too, so the people and participants views refresh as well.
    expect(events).toEqual([
      'data.changed:{"feature":"meetings"}',
      'data.changed:{"feature":"people"}',
      'data.changed:{"feature":"registrations"}',
    ]);
  });
});
