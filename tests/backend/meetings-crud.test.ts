import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

describe('meetings through dispatch', () => {
  it('creates a meeting and returns it as stored, with surrounding spaces trimmed', async () => {
    const backend = testBackend();
    const created = await backend.call(
      'meetings.create',
      meetingInput({ title: '  Regional Working Group  ', city: ' Cotonou ' }),
    );
    expect(created).toMatchObject({
      title: 'Regional Working Group',
      city: 'Cotonou',
      kind: 'working_group',
      countryCode: 'BJ',
      startDate: '2026-09-22',
      endDate: '2026-09-24',
      timeZone: 'Africa/Porto-Novo',
      languages: ['fr', 'en'],
      parentId: null,
    });
    expect(created.id).toBeGreaterThan(0);
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect(await backend.call('meetings.get', { id: created.id })).toEqual(created);
  });

  it('fills optional fields with their defaults', async () => {
    const backend = testBackend();
    const created = await backend.call('meetings.create', {
      title: 'Training on open sources',
      kind: 'training',
      startDate: '2026-05-04',
      endDate: '2026-05-04',
      timeZone: 'Europe/Paris',
    });
    expect(created).toMatchObject({
      venue: '',
      city: '',
      countryCode: null,
      languages: [],
      description: '',
      parentId: null,
    });
  });

  it('lists meetings latest first, each with its number of linked meetings', async () => {
    const backend = testBackend();
    const early = await backend.call('meetings.create', meetingInput({ title: 'Early' }));
    await backend.call(
      'meetings.create',
      meetingInput({
        title: 'Late',
        startDate: '2026-11-14',
        endDate: '2026-11-17',
        parentId: early.id,
      }),
    );
    const list = await backend.call('meetings.list', {});
    expect(list.map((m) => [m.title, m.childCount])).toEqual([
      ['Late', 0],
      ['Early', 1],
    ]);
  });

  it('updates every field and keeps the creation time', async () => {
    const backend = testBackend();
    const created = await backend.call('meetings.create', meetingInput());
    const updated = await backend.call('meetings.update', {
      id: created.id,
      meeting: meetingInput({
        title: 'Specialists Group on Crimes against Children',
        kind: 'specialists_group',
        city: 'Lyon',
        countryCode: 'FR',
        startDate: '2026-11-14',
        endDate: '2026-11-17',
        timeZone: 'Europe/Paris',
        languages: ['en'],
      }),
    });
    expect(updated).toMatchObject({
      id: created.id,
      title: 'Specialists Group on Crimes against Children',
      city: 'Lyon',
      countryCode: 'FR',
      endDate: '2026-11-17',
      timeZone: 'Europe/Paris',
      languages: ['en'],
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(await backend.call('meetings.get', { id: created.id })).toEqual(updated);
  });

  it('deletes a meeting, after which it is not found', async () => {
    const backend = testBackend();
    const created = await backend.call('meetings.create', meetingInput());
    expect(await backend.call('meetings.delete', { id: created.id })).toEqual({ id: created.id });
    expect(meetingRowCount(backend)).toBe(0);
    const again = await backend.dispatch('meetings.get', { id: created.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const twice = await backend.dispatch('meetings.delete', { id: created.id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers not_found when updating a meeting that does not exist, creating nothing', async () => {
    const backend = testBackend();
    const reply = await backend.dispatch('meetings.update', { id: 42, meeting: meetingInput() });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(meetingRowCount(backend)).toBe(0);
  });

  it('tells listeners that meetings changed after each write', async () => {
    const backend = testBackend();
    const events: unknown[] = [];
    backend.onEvent((event, payload) => events.push({ event, payload }));
    const created = await backend.call('meetings.create', meetingInput());
    await backend.call('meetings.update', { id: created.id, meeting: meetingInput() });
    await backend.call('meetings.delete', { id: created.id });
    expect(events).toEqual(
      Array(3).fill({ event: 'data.changed', payload: { feature: 'meetings' } }),
    );
  });
});
