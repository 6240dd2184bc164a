import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../shared/i18n/fr.json' with { type: 'json' };
import { MAX_YEAR, MIN_YEAR, isDayInAcceptedYears } from '../../shared/domain/time';

describe('the accepted years', () => {
  it('run from MIN_YEAR to MAX_YEAR inclusive', () => {
    expect(isDayInAcceptedYears(`${MIN_YEAR}-01-01`)).toBe(true);
    expect(isDayInAcceptedYears(`${MAX_YEAR}-12-31`)).toBe(true);
    expect(isDayInAcceptedYears(`${MIN_YEAR - 1}-12-31`)).toBe(false);
    expect(isDayInAcceptedYears(`${MAX_YEAR + 1}-01-01`)).toBe(false);
  });

  it.each([
    ['en', en.errors.yearOutOfRange],
    ['fr', fr.errors.yearOutOfRange],
  ])('are the ones the %s refusal message names', (_language, message) => {
    // The years are written in the message itself: as parameters they would be grouped ('1 900').
    expect(message).toContain(String(MIN_YEAR));
    expect(message).toContain(String(MAX_YEAR));
  });
});
