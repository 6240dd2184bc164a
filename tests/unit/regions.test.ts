import { describe, expect, it } from 'vitest';
import { defaultPoliceRegion } from '../../shared/domain/regions';

const place = (alpha3: string, m49Region: string, m49Subregion: string) =>
  defaultPoliceRegion({ alpha3, m49Region, m49Subregion });

describe('defaultPoliceRegion', () => {
  it('puts Northern Africa in MENA and the rest of Africa in Africa', () => {
    expect(place('EGY', 'Africa', 'Northern Africa')).toBe('mena');
    expect(place('MAR', 'Africa', 'Northern Africa')).toBe('mena');
    expect(place('CIV', 'Africa', 'Sub-Saharan Africa')).toBe('africa');
    expect(place('BEN', 'Africa', 'Sub-Saharan Africa')).toBe('africa');
  });

  it('splits Western Asia between MENA (Arab states) and Europe', () => {
    expect(place('SAU', 'Asia', 'Western Asia')).toBe('mena');
    expect(place('PSE', 'Asia', 'Western Asia')).toBe('mena');
    expect(place('TUR', 'Asia', 'Western Asia')).toBe('europe');
    expect(place('ISR', 'Asia', 'Western Asia')).toBe('europe');
    expect(place('GEO', 'Asia', 'Western Asia')).toBe('europe');
  });

  it('groups the rest of Asia with Oceania, and keeps the Americas and Europe whole', () => {
    expect(place('IRN', 'Asia', 'Southern Asia')).toBe('asia_south_pacific');
    expect(place('JPN', 'Asia', 'Eastern Asia')).toBe('asia_south_pacific');
    expect(place('FJI', 'Oceania', 'Melanesia')).toBe('asia_south_pacific');
    expect(place('BRA', 'Americas', 'Latin America and the Caribbean')).toBe('americas');
    expect(place('CAN', 'Americas', 'Northern America')).toBe('americas');
    expect(place('FRA', 'Europe', 'Western Europe')).toBe('europe');
  });

  it('leaves a country without an M49 region unassigned', () => {
    expect(place('ATA', '', '')).toBeNull();
  });
});
