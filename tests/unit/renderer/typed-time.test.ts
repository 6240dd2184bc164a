import { describe, expect, it } from 'vitest';
import { parseTypedTime, stepTime } from '../../../renderer/src/features/agenda/typed-time';

describe('times typed into the 24-hour fields', () => {
  it('reads the ways people type a time', () => {
    const read = (texts: string[]) => texts.map(parseTypedTime);
    expect(read(['09:30', '9:30', '9h30', '9 h 30', '9.30', '930', '0930'])).toEqual(
      Array(7).fill(570),
    );
    expect(read(['9', '09', '15h', '15 H', '17'])).toEqual([540, 540, 900, 900, 1020]);
    // Midnight at the end of the day closes the last session.
    expect(read(['24:00', '24', '00:00', '0'])).toEqual([1440, 1440, 0, 0]);
  });

  it('refuses what is not a time of the day', () => {
    for (const text of ['', 'h', '25', '24:01', '12:60', '9:5', '12345', 'noon', '-1', '1260'])
      expect(parseTypedTime(text), text).toBeNull();
  });

  it('steps to the previous or next mark of the grid, inside the day', () => {
    expect(stepTime(547, 15, 1)).toBe(555);
    expect(stepTime(547, 15, -1)).toBe(540);
    expect(stepTime(540, 15, 1)).toBe(555);
    expect(stepTime(540, 5, -1)).toBe(535);
    expect(stepTime(1435, 15, 1)).toBe(1440);
    expect(stepTime(1440, 15, 1)).toBe(1440);
    expect(stepTime(0, 15, -1)).toBe(0);
  });
});
