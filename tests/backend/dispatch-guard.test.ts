import { afterEach, describe, expect, it, vi } from 'vitest';
import { testBackend } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

/** Watches every statement the connection runs, so a test can prove no SQL ran at all. */
function watchSql(backend: ReturnType<typeof testBackend>) {
  const statement = Object.getPrototypeOf(backend.db.prepare('SELECT 1')) as Record<
    'run' | 'get' | 'all' | 'iterate',
    (...args: unknown[]) => unknown
  >;
  const spies = [
    vi.spyOn(statement, 'run'),
    vi.spyOn(statement, 'get'),
    vi.spyOn(statement, 'all'),
    vi.spyOn(statement, 'iterate'),
    vi.spyOn(backend.db, 'exec'),
    vi.spyOn(backend.db, 'prepare'),
  ];
  return () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the dispatcher in front of the handlers', () => {
  it('the SQL watch does see a valid call, so the checks below can fail', async () => {
    const backend = testBackend();
    const sqlCalls = watchSql(backend);
    await backend.call('meetings.create', meetingInput());
    expect(sqlCalls()).toBeGreaterThan(0);
  });

  it.each([
    ['a title of spaces', 'meetings.create', meetingInput({ title: '   ' })],
    [
      'an injection attempt as a country',
      'meetings.create',
      meetingInput({ countryCode: "'; DROP TABLE meeting; --" }),
    ],
    ['a text id', 'meetings.delete', { id: '1 OR 1=1' }],
    ['a negative id', 'meetings.get', { id: -1 }],
    ['no input at all', 'meetings.update', undefined],
    ['a string instead of an object', 'meetings.create', 'DELETE FROM meeting'],
    ['an unsupported language', 'settings.setLanguage', { language: 'de' }],
  ])('answers %s with a validation error before any SQL runs', async (_name, channel, input) => {
    const backend = testBackend();
    await backend.call('meetings.create', meetingInput());
    const sqlCalls = watchSql(backend);
    const reply = await backend.dispatch(channel, input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(sqlCalls()).toBe(0);
    vi.restoreAllMocks();
    expect(meetingRowCount(backend)).toBe(1);
  });

  it('refuses a channel the contract does not declare', async () => {
    const backend = testBackend();
    const sqlCalls = watchSql(backend);
    for (const channel of ['meetings.drop', 'constructor', '__proto__', 'toString', '']) {
      const reply = await backend.dispatch(channel, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(sqlCalls()).toBe(0);
  });

  it('answers an unexpected failure with a plain internal error that leaks no details', async () => {
    const backend = testBackend();
    backend.db.exec('DROP TABLE meeting');
    const reply = await backend.dispatch('meetings.list', {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.not.stringMatching(/meeting|SQL/i) },
    });
  });
});
