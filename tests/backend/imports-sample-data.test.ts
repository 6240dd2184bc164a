import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { counts } from './imports-fixtures';
import { sampleParticipants } from '../../electron/backend/demo/sample-people';
import { sampleRows } from '../../electron/backend/demo/sample-rows';
import { suggestMapping } from '../../shared/domain/import-fields';

describe('sample participants', () => {
  it('are the same on every run', () => {
    const a = sampleParticipants();
    const b = sampleParticipants();
    expect(sampleRows(a.specialists, 'en')).toEqual(sampleRows(b.specialists, 'en'));
    expect(sampleRows(a.workingGroup, 'fr')).toEqual(sampleRows(b.workingGroup, 'fr'));
  });

  it('have every column mapped from their English and French headers', () => {
    const { specialists, workingGroup } = sampleParticipants();
    for (const [registrations, language] of [
      [specialists, 'en'],
      [workingGroup, 'fr'],
    ] as const) {
      const { headers } = sampleRows(registrations, language);
      expect(Object.keys(suggestMapping(headers))).toHaveLength(headers.length);
    }
  });

  it('are loaded with the sample meetings through the import, once', async () => {
    const backend = testBackend();
    const { meetingIds } = await backend.call('demo.load', {});
    const [lyon = 0, cotonou = 0] = meetingIds;
    const lyonRows = await backend.call('registrations.list', { meetingId: lyon });
    const cotonouRows = await backend.call('registrations.list', { meetingId: cotonou });
    expect(lyonRows).toHaveLength(230);
    expect(cotonouRows).toHaveLength(100);
    expect(new Set(lyonRows.map((r) => r.countryCode)).size).toBeGreaterThanOrEqual(55);
    expect(new Set(cotonouRows.map((r) => r.countryCode)).size).toBe(15);
    const atBoth = lyonRows.filter((r) => cotonouRows.some((c) => c.personId === r.personId));
    expect(atBoth.length).toBeGreaterThanOrEqual(10);
    expect(counts(backend).people).toBe(230 + 100 - atBoth.length);
    for (const field of ['role', 'status', 'organisationType'] as const)
      expect(new Set(lyonRows.map((r) => r[field])).size, field).toBeGreaterThanOrEqual(5);
    // Every country spelling resolved: nobody lost their country on the way in.
    expect(lyonRows.filter((r) => r.countryCode === null)).toEqual([]);

    const again = await backend.call('demo.load', {});
    expect(again.alreadyLoaded).toBe(true);
    expect(counts(backend)).toMatchObject({ people: 330 - atBoth.length, registrations: 330 });
  });
});
