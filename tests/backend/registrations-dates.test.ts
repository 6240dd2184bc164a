import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, failure, register } from './people-fixtures';

const person = { givenNames: 'Aminata', familyNames: 'Diallo', countryCode: 'SN' };

describe('arrival and departure dates', () => {
  it.each([
    ['an arrival before 1900', { arrivalDate: '1899-12-31' }, 'arrivalDate'],
    ['a departure after 2200', { departureDate: '2201-01-01' }, 'departureDate'],
    ['a year missing a digit', { arrivalDate: '0226-09-21' }, 'arrivalDate'],
  ])('refuses %s next to the field, registering nobody', async (_name, dates, field) => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const error = await failure(backend, 'registrations.create', {
      meetingId,
      person,
      registration: dates,
    });
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      [`registration.${field}`, 'errors.yearOutOfRange'],
    ]);
    expect(await backend.call('registrations.list', { meetingId })).toEqual([]);
  });

  it('refuses an out-of-range year on update too, keeping the stored dates', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, person, { arrivalDate: '2026-09-21' });
    const error = await failure(backend, 'registrations.update', {
      id: row.id,
      registration: { arrivalDate: '2026-09-21', departureDate: '3026-09-25' },
    });
    expect(error.issues?.[0]?.message).toBe('errors.yearOutOfRange');
    const [stored] = await backend.call('registrations.list', { meetingId });
    expect([stored?.arrivalDate, stored?.departureDate]).toEqual(['2026-09-21', null]);
  });

  it('accepts the edges of the range and an impossible date stays "not a date"', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const row = await register(backend, meetingId, person, {
      arrivalDate: '1900-01-01',
      departureDate: '2200-12-31',
    });
    expect([row.arrivalDate, row.departureDate]).toEqual(['1900-01-01', '2200-12-31']);
    const error = await failure(backend, 'registrations.update', {
      id: row.id,
      registration: { arrivalDate: '2026-02-30' },
    });
    expect(error.issues?.map((i) => i.message)).toEqual(['errors.invalidDate']);
  });
});
