import { describe, expect, it } from 'vitest';
import {
  classOf,
  figuresFromCounts,
  mapClasses,
  ROLE_PRECEDENCE,
  type DashboardCount,
} from '../../shared/domain/reports-stats';
import { NOT_STATED } from '../../shared/domain/reports';

const keys = (buckets: { key: string; registered: number }[]) =>
  buckets.map((b) => [b.key, b.registered]);

describe('dashboard figures from SQL counts', () => {
  const counts: DashboardCount[] = [
    ['country', 'FR', 1, 1],
    ['country', null, 1, 0],
    ['country', 'SN', 2, 1],
    ['country', 'BJ', 2, 0],
    ['m49Region', '', 1, 0],
    ['m49Region', 'Africa', 4, 1],
    ['m49Region', 'Europe', 1, 1],
    ['role', ROLE_PRECEDENCE.indexOf('speaker'), 1, 1],
    ['role', ROLE_PRECEDENCE.indexOf('delegate'), 5, 1],
    ['status', 'confirmed', 6, 0],
    ['status', 'invited', 2, 0],
  ];

  it('orders each breakdown largest first, ties by key, "not stated" (NULL or empty) last', () => {
    const figures = figuresFromCounts(counts, true);
    expect(keys(figures.by.country)).toEqual([
      ['BJ', 2],
      ['SN', 2],
      ['FR', 1],
      [NOT_STATED, 1],
    ]);
    expect(keys(figures.by.m49Region)).toEqual([
      ['Africa', 4],
      ['Europe', 1],
      [NOT_STATED, 1],
    ]);
    expect(keys(figures.by.role)).toEqual([
      ['delegate', 5],
      ['speaker', 1],
    ]);
    expect(figures.by.gender).toEqual([]);
    expect(figures.byStatus).toEqual({ confirmed: 6, invited: 2 });
  });

  it('makes the headlines from the country breakdown: countries with someone, "not stated" apart', () => {
    const figures = figuresFromCounts(counts, true);
    expect(figures.registered).toEqual({ participants: 6, countries: 3, notStated: 1 });
    // Benin had people expected but nobody came: it is not a country that attended.
    expect(figures.attended).toEqual({ participants: 2, countries: 2, notStated: 0 });
  });

  it('leaves attended figures empty until attendance is recorded, rather than showing zeros', () => {
    const figures = figuresFromCounts(counts, false);
    expect(figures.attended).toBeNull();
    expect(figures.by.country[0]).toEqual({ key: 'BJ', registered: 2, attended: null });
  });

  it('gives empty figures for a meeting with nobody', () => {
    const figures = figuresFromCounts([], false);
    expect(figures.registered).toEqual({ participants: 0, countries: 0, notStated: 0 });
    expect(figures.by.country).toEqual([]);
  });
});

describe('map classes', () => {
  it('uses one class per count when few people come from each country', () => {
    expect(mapClasses([1, 2, 3])).toEqual([1, 2, 3]);
    expect(mapClasses([])).toEqual([]);
  });

  it('steps geometrically over skewed counts, ending at the largest', () => {
    const bounds = mapClasses([1, 1, 2, 3, 5, 8, 40]);
    expect(bounds.at(-1)).toBe(40);
    expect(bounds).toEqual([...new Set(bounds)].sort((a, b) => a - b));
    expect(bounds.length).toBeLessThanOrEqual(5);
    expect(classOf(1, bounds)).toBe(0);
    expect(classOf(40, bounds)).toBe(bounds.length - 1);
    expect(classOf(0, bounds)).toBe(-1);
  });
});
