import { describe, expect, it } from 'vitest';
import { loadWorldShapes } from '../../../renderer/src/features/reports/map-geometry';

describe('the world map’s shapes', () => {
  it('has every Natural Earth 1:50m country, small states and Kosovo included, each drawn', async () => {
    const { countries, sphere } = await loadWorldShapes();
    expect(countries).toHaveLength(241);
    expect(sphere).toMatch(/^M/);
    const codes = new Set(countries.map((c) => c.code));
    // Small states the 1:110m file lacks, and Kosovo, which has no ISO numeric code.
    for (const code of ['MT', 'SG', 'BH', 'MV', 'XK', 'FR', 'SN', 'BJ'])
      expect(codes).toContain(code);
    for (const c of countries) expect(c.d, c.name).toMatch(/^M/);
    // Areas without a code of their own stay uncoloured rather than taking a wrong country's figures.
    const uncoded = countries.filter((c) => c.code === null).map((c) => c.name);
    expect(uncoded).toEqual(expect.arrayContaining(['Somaliland', 'N. Cyprus']));
    expect(uncoded).not.toContain('Kosovo');
  });
});
