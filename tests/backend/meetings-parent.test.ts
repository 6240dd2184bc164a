import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { meetingInput } from './meeting-fixtures';

describe('parent meetings', () => {
  it('links a working group to its programme', async () => {
    const backend = testBackend();
    const programme = await backend.call('meetings.create', meetingInput({ title: 'Programme' }));
    const group = await backend.call(
      'meetings.create',
      meetingInput({ title: 'Working group', parentId: programme.id }),
    );
    expect(group.parentId).toBe(programme.id);
  });

  it('refuses a parent that does not exist, next to the parent field', async () => {
    const backend = testBackend();
    const reply = await backend.dispatch('meetings.create', meetingInput({ parentId: 999 }));
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: expect.any(String),
        issues: [{ path: ['parentId'], message: 'errors.parentMissing' }],
      },
    });
    expect(await backend.call('meetings.list', {})).toEqual([]);
  });

  it('refuses a meeting as its own parent, with the path of the update input', async () => {
    const backend = testBackend();
    const meeting = await backend.call('meetings.create', meetingInput());
    const reply = await backend.dispatch('meetings.update', {
      id: meeting.id,
      meeting: meetingInput({ parentId: meeting.id }),
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: [{ path: ['meeting', 'parentId'], message: 'errors.parentCycle' }],
      },
    });
    expect((await backend.call('meetings.get', { id: meeting.id })).parentId).toBeNull();
  });

  it('refuses a cycle A → B → A and leaves both meetings unchanged', async () => {
    const backend = testBackend();
    const a = await backend.call('meetings.create', meetingInput({ title: 'A' }));
    const b = await backend.call('meetings.create', meetingInput({ title: 'B', parentId: a.id }));
    const reply = await backend.dispatch('meetings.update', {
      id: a.id,
      meeting: meetingInput({ title: 'A', parentId: b.id }),
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['meeting', 'parentId'], message: 'errors.parentCycle' }] },
    });
    expect(await backend.call('meetings.get', { id: a.id })).toEqual(a);
    expect(await backend.call('meetings.get', { id: b.id })).toEqual(b);
  });

  it('refuses a longer cycle A → B → C → A', async () => {
    const backend = testBackend();
    const a = await backend.call('meetings.create', meetingInput({ title: 'A' }));
    const b = await backend.call('meetings.create', meetingInput({ title: 'B', parentId: a.id }));
    const c = await backend.call('meetings.create', meetingInput({ title: 'C', parentId: b.id }));
    const reply = await backend.dispatch('meetings.update', {
      id: a.id,
      meeting: meetingInput({ title: 'A', parentId: c.id }),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('keeps the children when their parent is deleted, no longer linked', async () => {
    const backend = testBackend();
    const programme = await backend.call('meetings.create', meetingInput({ title: 'Programme' }));
    const one = await backend.call(
      'meetings.create',
      meetingInput({ title: 'One', parentId: programme.id }),
    );
    const two = await backend.call(
      'meetings.create',
      meetingInput({ title: 'Two', parentId: programme.id }),
    );
    await backend.call('meetings.delete', { id: programme.id });
    const list = await backend.call('meetings.list', {});
    expect(list.map((m) => [m.id, m.parentId]).sort()).toEqual([
      [one.id, null],
      [two.id, null],
    ]);
  });
});
