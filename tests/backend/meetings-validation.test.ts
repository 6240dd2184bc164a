import { describe, expect, it } from 'vitest';
import type { ApiIssue, Envelope } from '../../shared/api';
import { testBackend } from './helpers';
import { meetingInput, meetingRowCount } from './meeting-fixtures';

function issuesOf(reply: Envelope<unknown>): ApiIssue[] {
  expect(reply.ok).toBe(false);
  if (reply.ok) return [];
  expect(reply.error.code).toBe('validation');
  return reply.error.issues ?? [];
}

/** Each bad input, the field the message belongs to, and the i18n key of that message. */
const cases = [
  {
    name: 'the last day before the first',
    input: { startDate: '2026-09-24', endDate: '2026-09-22' },
    path: 'endDate',
    message: 'errors.endBeforeStart',
  },
  {
    name: 'an unknown time zone',
    input: { timeZone: 'Mars/Olympus_Mons' },
    path: 'timeZone',
    message: 'errors.unknownTimeZone',
  },
  {
    name: 'an empty time zone',
    input: { timeZone: '' },
    path: 'timeZone',
    message: 'errors.required',
  },
  {
    name: 'a title of only spaces',
    input: { title: '     ' },
    path: 'title',
    message: 'errors.required',
  },
  {
    name: 'a 10,000-character title',
    input: { title: 'x'.repeat(10_000) },
    path: 'title',
    message: 'errors.tooLong?max=200',
  },
  {
    name: 'an impossible date',
    input: { startDate: '2026-02-30', endDate: '2026-03-02' },
    path: 'startDate',
    message: 'errors.invalidDate',
  },
  {
    name: 'a date in another format',
    input: { endDate: '24/09/2026' },
    path: 'endDate',
    message: 'errors.invalidDate',
  },
  {
    name: 'a first day before 1900',
    input: { startDate: '1899-12-31', endDate: '1900-01-02' },
    path: 'startDate',
    message: 'errors.yearOutOfRange',
  },
  {
    name: 'a last day after 2200',
    input: { startDate: '2200-12-30', endDate: '2201-01-02' },
    path: 'endDate',
    message: 'errors.yearOutOfRange',
  },
  {
    name: 'a year typed with a digit missing',
    input: { startDate: '0226-09-22', endDate: '2026-09-24' },
    path: 'startDate',
    message: 'errors.yearOutOfRange',
  },
  {
    name: 'a country code that does not exist',
    input: { countryCode: 'XX' },
    path: 'countryCode',
    message: 'errors.unknownCountry',
  },
  {
    name: 'a meeting longer than 31 days',
    input: { startDate: '2026-09-01', endDate: '2026-10-02' },
    path: 'endDate',
    message: 'errors.meetingTooLong?max=31',
  },
  {
    name: 'an unknown kind',
    input: { kind: 'party' as never },
    path: 'kind',
    message: 'errors.invalid',
  },
  {
    name: 'an unknown working language',
    input: { languages: ['en', 'klingon'] },
    path: 'languages.1',
    message: 'errors.unknownLanguage',
  },
];

describe('meeting validation', () => {
  it.each(cases)('refuses $name on create, next to the field', async ({ input, path, message }) => {
    const backend = testBackend();
    const issues = issuesOf(await backend.dispatch('meetings.create', meetingInput(input)));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
    expect(meetingRowCount(backend)).toBe(0);
  });

  it.each(cases)('refuses $name on update, leaving the meeting as it was', async (c) => {
    const backend = testBackend();
    const created = await backend.call('meetings.create', meetingInput());
    const reply = await backend.dispatch('meetings.update', {
      id: created.id,
      meeting: meetingInput(c.input),
    });
    const issues = issuesOf(reply);
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [`meeting.${c.path}`, c.message],
    ]);
    expect(await backend.call('meetings.get', { id: created.id })).toEqual(created);
  });

  it('gives the maximum length as a parameter so the message can say it', async () => {
    const backend = testBackend();
    const issues = issuesOf(
      await backend.dispatch('meetings.create', meetingInput({ title: 'x'.repeat(10_000) })),
    );
    expect(issues[0]?.params).toEqual({ max: 200 });
  });

  it('accepts exactly 31 days and a one-day meeting', async () => {
    const backend = testBackend();
    await backend.call(
      'meetings.create',
      meetingInput({ startDate: '2026-09-01', endDate: '2026-10-01' }),
    );
    await backend.call(
      'meetings.create',
      meetingInput({ startDate: '2026-09-01', endDate: '2026-09-01' }),
    );
    expect(meetingRowCount(backend)).toBe(2);
  });

  it('accepts the first day of 1900 and the last day of 2200', async () => {
    const backend = testBackend();
    await backend.call(
      'meetings.create',
      meetingInput({ startDate: '1900-01-01', endDate: '1900-01-02' }),
    );
    await backend.call(
      'meetings.create',
      meetingInput({ startDate: '2200-12-30', endDate: '2200-12-31' }),
    );
    expect(meetingRowCount(backend)).toBe(2);
  });

  it.each([
    ['blank', ' '],
    ['missing', undefined],
  ])(
    'reports the day order together with a %s title, so every message shows at once',
    async (_name, title) => {
      const backend = testBackend();
      const input = { ...meetingInput({ startDate: '2026-09-24', endDate: '2026-09-22' }), title };
      const issues = issuesOf(await backend.dispatch('meetings.create', input));
      expect(issues.map((i) => [i.path.join('.'), i.message]).sort()).toEqual([
        ['endDate', 'errors.endBeforeStart'],
        ['title', 'errors.required'],
      ]);
    },
  );

  it('stores a time zone typed in the wrong case under its proper name', async () => {
    const backend = testBackend();
    const created = await backend.call(
      'meetings.create',
      meetingInput({ timeZone: 'europe/paris' }),
    );
    expect(created.timeZone).toBe('Europe/Paris');
  });

  it('reports a missing required field as required', async () => {
    const backend = testBackend();
    const { title: _omitted, ...rest } = meetingInput();
    const issues = issuesOf(await backend.dispatch('meetings.create', rest));
    expect(issues).toEqual([{ path: ['title'], message: 'errors.required' }]);
  });
});
