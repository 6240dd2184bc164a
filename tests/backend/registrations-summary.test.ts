import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';
import { figuresOf } from '../../shared/domain/participant-figures';

describe('registrations.summary', () => {
  it('counts everyone, those coming (registered or confirmed) and the countries they come from', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const other = await addMeeting(backend);
    await register(
      backend,
      meetingId,
      { familyNames: 'Diop', countryCode: 'SN' },
      { status: 'confirmed' },
    );
    await register(
      backend,
      meetingId,
      { familyNames: 'Traoré', countryCode: 'ML' },
      { status: 'registered' },
    );
    await register(
      backend,
      meetingId,
      { familyNames: 'Sow', countryCode: 'SN' },
      { status: 'registered' },
    );
    // Declined and invited people are listed but not counted as coming, nor are their countries.
    await register(
      backend,
      meetingId,
      { familyNames: 'Mahamat', countryCode: 'TD' },
      { status: 'declined' },
    );
    await register(
      backend,
      meetingId,
      { familyNames: 'Issa', countryCode: 'NE' },
      { status: 'invited' },
    );
    await register(
      backend,
      other,
      { familyNames: 'Dupont', countryCode: 'FR' },
      { status: 'confirmed' },
    );

    expect(await backend.call('registrations.summary', { meetingId })).toEqual({
      total: 5,
      expected: 3,
      countries: 2,
      withoutCountry: 0,
      byStatus: { confirmed: 1, registered: 2, declined: 1, invited: 1 },
    });
  });

  it('is all zeros for a meeting with nobody yet', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    expect(await backend.call('registrations.summary', { meetingId })).toEqual({
      total: 0,
      expected: 0,
      countries: 0,
      withoutCountry: 0,
      byStatus: {},
    });
  });

  it('names apart the expected people with no country, and ignores the others without one', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    await register(
      backend,
      meetingId,
      { familyNames: 'Diop', countryCode: 'SN' },
      { status: 'confirmed' },
    );
    await register(backend, meetingId, { familyNames: 'Anonyme' }, { status: 'registered' });
    await register(backend, meetingId, { familyNames: 'Inconnu' }, { status: 'invited' });
    expect(await backend.call('registrations.summary', { meetingId })).toMatchObject({
      total: 3,
      expected: 2,
      countries: 1,
      withoutCountry: 1,
    });
  });

  it('agrees with the figures the participants view computes from its rows', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const statuses = [
      'invited',
      'registered',
      'confirmed',
      'waitlisted',
      'declined',
      'cancelled',
    ] as const;
    const countries = ['SN', 'ML', null, 'SN', 'FR', null, 'BJ'];
    for (let i = 0; i < 40; i++) {
      const countryCode = countries[i % countries.length] ?? null;
      await register(
        backend,
        meetingId,
        { familyNames: `Person ${i}`, ...(countryCode ? { countryCode } : {}) },
        { status: statuses[(i * 5) % statuses.length] },
      );
    }
    const rows = await backend.call('registrations.list', { meetingId });
    expect(await backend.call('registrations.summary', { meetingId })).toEqual(figuresOf(rows));
  });
});
