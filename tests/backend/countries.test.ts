import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import type { Output } from '../../shared/api';
import { tempDir, testBackend } from './helpers';

describe('countries', () => {
  it('seeds every ISO 3166-1 country with codes, names and both region schemes', async () => {
    const countries = await testBackend().call('countries.list', {});
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.length).toBeLessThan(255);
    const byCode = new Map(countries.map((c) => [c.code, c]));
    expect(byCode.get('CI')).toMatchObject({
      alpha3: 'CIV',
      numeric: '384',
      nameEn: 'Côte d’Ivoire',
      nameFr: 'Côte d’Ivoire',
      m49Region: 'Africa',
      policeRegion: 'africa',
      regionAdjusted: false,
    });
    expect(byCode.get('FR')).toMatchObject({ nameEn: 'France', policeRegion: 'europe' });
    expect(byCode.get('CZ')).toMatchObject({ nameEn: 'Czechia', nameFr: 'Tchéquie' });
    expect(byCode.get('EG')).toMatchObject({
      m49Subregion: 'Northern Africa',
      policeRegion: 'mena',
    });
    expect(byCode.get('SA')?.policeRegion).toBe('mena');
    expect(byCode.get('BR')?.policeRegion).toBe('americas');
    expect(byCode.get('JP')?.policeRegion).toBe('asia_south_pacific');
    expect(byCode.get('TW')?.policeRegion).toBe('asia_south_pacific');
    expect(countries.filter((c) => c.policeRegion === null).map((c) => c.code)).toEqual(['AQ']);
  });

  it('keeps an adjusted region across reopening, and a reset restores the default', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir, checkOutput: true });
    const adjusted = await first.dispatch('countries.setRegion', {
      code: 'SD',
      policeRegion: 'africa',
    });
    expect(adjusted).toMatchObject({
      ok: true,
      value: { policeRegion: 'africa', regionAdjusted: true },
    });
    first.close();

    // Opening again seeds the countries again: the organiser's choice must survive it.
    const second = createBackend({ dataDir, checkOutput: true });
    try {
      const list = await second.dispatch('countries.list', {});
      if (!list.ok) throw new Error('countries.list failed');
      const sudan = (list.value as Output<'countries.list'>).find((c) => c.code === 'SD');
      expect(sudan).toMatchObject({ policeRegion: 'africa', regionAdjusted: true });
      const reset = await second.dispatch('countries.resetRegion', { code: 'SD' });
      expect(reset).toMatchObject({
        ok: true,
        value: { policeRegion: 'mena', regionAdjusted: false },
      });
    } finally {
      second.close();
    }
  });

  it('rebuilds search documents written with older country names, once', async () => {
    const dataDir = tempDir();
    const first = createBackend({ dataDir, checkOutput: true });
    const created = await first.dispatch('people.create', {
      givenNames: 'Jana',
      familyNames: 'Nováková',
      countryCode: 'CZ',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = (created.value as { id: number }).id;
    // As an earlier version left it: the names of the time, and their stamp.
    first.db.prepare('DELETE FROM person_search WHERE rowid = ?').run(id);
    first.db
      .prepare('INSERT INTO person_search (rowid, text) VALUES (?, ?)')
      .run(id, 'Jana | Nováková | Czech Republic | République Tchèque');
    first.db.prepare("UPDATE setting SET value = 'old' WHERE key = 'countries.namesStamp'").run();
    const before = await first.dispatch('people.directory', { query: 'Tchéquie' });
    expect(before).toMatchObject({ ok: true, value: [] });
    first.close();

    const second = createBackend({ dataDir, checkOutput: true });
    try {
      const found = await second.dispatch('people.directory', { query: 'Tchéquie' });
      expect(found).toMatchObject({ ok: true, value: [{ id }] });
      const czechia = await second.dispatch('people.directory', { query: 'czechia' });
      expect(czechia).toMatchObject({ ok: true, value: [{ id }] });
    } finally {
      second.close();
    }
  });

  it('refuses an unknown country', async () => {
    const reply = await testBackend().dispatch('countries.setRegion', {
      code: 'ZZ',
      policeRegion: 'europe',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation' } });
    const reset = await testBackend().dispatch('countries.resetRegion', { code: 'ZZ' });
    expect(reset).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
