import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

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
      registered: 3,
      countries: 2,
      byStatus: { confirmed: 1, registered: 2, declined: 1, invited: 1 },
    });
  });

  it('is all zeros for a meeting with nobody yet', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    expect(await backend.call('registrations.summary', { meetingId })).toEqual({
      total: 0,
      registered: 0,
      countries: 0,
      byStatus: {},
    });
  });
});
