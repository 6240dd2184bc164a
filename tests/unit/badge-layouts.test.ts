import { describe, expect, it } from 'vitest';
import {
  BADGE_GEOMETRY,
  BADGE_LAYOUTS,
  badgeName,
  badgeSlot,
  badgesPerSheet,
  cutMarks,
  hasBack,
  type Slot,
} from '../../shared/domain/badges';

const overlaps = (a: Slot, b: Slot) =>
  a.x < b.x + b.width - 1e-9 &&
  b.x < a.x + a.width - 1e-9 &&
  a.y < b.y + b.height - 1e-9 &&
  b.y < a.y + a.height - 1e-9;

describe('badge layouts', () => {
  it('put one A6 card per page, four 95 × 135 mm and eight 95 × 67 mm badges per A4 sheet', () => {
    expect(BADGE_LAYOUTS.map(badgesPerSheet)).toEqual([1, 4, 8]);
    expect(badgeSlot('a6', 0, 'front')).toEqual({ x: 0, y: 0, width: 105, height: 148 });
    expect(badgeSlot('a4x4', 3, 'front')).toMatchObject({ width: 95, height: 135 });
    expect(badgeSlot('a4x8', 7, 'front')).toMatchObject({ width: 95, height: 67 });
  });

  it('keep every badge on its sheet, without overlap, with room for the marks around them', () => {
    for (const layout of BADGE_LAYOUTS) {
      const { page } = BADGE_GEOMETRY[layout];
      const slots = Array.from({ length: badgesPerSheet(layout) }, (_, i) =>
        badgeSlot(layout, i, 'front'),
      );
      for (const [i, s] of slots.entries()) {
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.y).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width).toBeLessThanOrEqual(page.width + 1e-9);
        expect(s.y + s.height).toBeLessThanOrEqual(page.height + 1e-9);
        for (const other of slots.slice(i + 1)) expect(overlaps(s, other)).toBe(false);
      }
      if (layout !== 'a6') expect(Math.min(...slots.map((s) => s.x))).toBeGreaterThanOrEqual(9);
    }
  });

  it('print each back behind its own front when the sheet is flipped on its long edge', () => {
    for (const layout of BADGE_LAYOUTS) {
      const { page } = BADGE_GEOMETRY[layout];
      for (let i = 0; i < badgesPerSheet(layout); i++) {
        const front = badgeSlot(layout, i, 'front');
        const back = badgeSlot(layout, i, 'back');
        // Flipping on the long edge mirrors left and right, and keeps top and bottom.
        expect(back.x).toBeCloseTo(page.width - front.x - front.width);
        expect(back.y).toBe(front.y);
      }
    }
    expect(badgeSlot('a4x8', 0, 'back').x).toBe(badgeSlot('a4x8', 1, 'front').x);
  });

  it('draw cut marks only on sheets, outside every badge, in line with every cut', () => {
    expect(cutMarks('a6')).toEqual([]);
    for (const layout of ['a4x4', 'a4x8'] as const) {
      const marks = cutMarks(layout);
      const slots = Array.from({ length: badgesPerSheet(layout) }, (_, i) =>
        badgeSlot(layout, i, 'front'),
      );
      const cutsX = new Set(slots.flatMap((s) => [s.x, s.x + s.width]));
      const cutsY = new Set(slots.flatMap((s) => [s.y, s.y + s.height]));
      for (const m of marks) {
        const mark: Slot = {
          x: Math.min(m.x1, m.x2),
          y: Math.min(m.y1, m.y2),
          width: Math.abs(m.x2 - m.x1) || 1e-6,
          height: Math.abs(m.y2 - m.y1) || 1e-6,
        };
        for (const s of slots) expect(overlaps(mark, s)).toBe(false);
        if (m.x1 === m.x2) expect(cutsX).toContain(m.x1);
        else expect(cutsY).toContain(m.y1);
      }
      // Two marks per cut line: above and below, or left and right of the grid.
      expect(marks).toHaveLength(2 * (cutsX.size + cutsY.size));
    }
  });

  it('need a back only for the fields printed there', () => {
    expect(hasBack(['position', 'region'])).toBe(false);
    expect(hasBack(['dietary'])).toBe(true);
    expect(hasBack(['accessibility', 'position'])).toBe(true);
  });

  it('show the name the person asked for, or their given and family names', () => {
    const person = { givenNames: 'Ngozi', familyNames: 'Okafor', badgeName: '' };
    expect(badgeName(person)).toBe('Ngozi Okafor');
    expect(badgeName({ ...person, badgeName: '  Dr Ngozi Okafor-Eze ' })).toBe(
      'Dr Ngozi Okafor-Eze',
    );
    expect(badgeName({ givenNames: '', familyNames: 'Wang', badgeName: '' })).toBe('Wang');
  });
});
