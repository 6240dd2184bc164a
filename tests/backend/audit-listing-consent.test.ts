import { describe, expect, it } from 'vitest';
import { translator } from '../../electron/backend/audit/documents/translator';
import { auditChangeText } from '../../shared/domain/audit-text';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

/**
 * A meeting's own listing consent (registration.consent_to_list), set in bulk from the
 * participants view, is a change like any other: the log says who set it for whom, in words.
 */
describe('the listing consent in the change log', () => {
  it('shows a bulk change of consent for each registration it changed', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend, { title: 'Working group — Cotonou' });
    const awa = await register(backend, meetingId, { givenNames: 'Awa', familyNames: 'Diop' });
    const koffi = await register(backend, meetingId, {
      givenNames: 'Koffi',
      familyNames: 'Mensah',
    });
    await backend.call('audit.setOperator', { operator: 'Amina Diallo' });
    await backend.call('registrations.bulkUpdate', {
      ids: [awa.id, koffi.id],
      consentToList: false,
    });
    await backend.call('registrations.bulkUpdate', { ids: [awa.id], consentToList: true });

    const { entries } = await backend.call('audit.list', { meetingId, areas: ['registrations'] });
    const consent = entries.filter((e) => e.changes.some((c) => c.field === 'listedForMeeting'));
    expect(
      consent.map((e) => [e.label, e.operator, e.action, e.changes.map((c) => c.after)]),
    ).toEqual([
      ['Awa Diop', 'Amina Diallo', 'update', ['yes']],
      ['Koffi Mensah', 'Amina Diallo', 'update', ['no']],
      ['Awa Diop', 'Amina Diallo', 'update', ['no']],
    ]);
    const [yes, , no] = consent.map((e) => e.changes[0]!);
    expect(auditChangeText(no!, translator('en'), 'en')).toBe(
      'Consents to be listed for this meeting: No',
    );
    expect(auditChangeText(yes!, translator('en'), 'en')).toBe(
      'Consents to be listed for this meeting: No → Yes',
    );
    expect(auditChangeText(yes!, translator('fr'), 'fr')).toBe(
      'Accepte de figurer sur la liste de cette réunion : Non → Oui',
    );
    // Found by what it says, as anyone types it.
    const typed = await backend.call('audit.list', { meetingId, query: 'koffi' });
    expect(typed.entries.map((e) => e.changes.map((c) => c.field))).toContainEqual([
      'listedForMeeting',
    ]);
  });
});
