import { describe, expect, it } from 'vitest';
import { formatInstant, formatShortDay, parseTypedDay } from '../../shared/domain/time';
import { formatDecimal } from '../../shared/domain/numbers';

describe('a day typed the way people type it', () => {
  it.each([
    ['14/11/2026', 'en', '2026-11-14'],
    ['14.11.2026', 'fr', '2026-11-14'],
    ['14-11-26', 'fr', '2026-11-14'],
    ['2026-11-14', 'en', '2026-11-14'],
    ['  1/2/2027 ', 'en', '2027-02-01'],
    ['14 Nov 2026', 'en', '2026-11-14'],
    ['Nov 14, 2026', 'en', '2026-11-14'],
    ['14 sept. 2026', 'en', '2026-09-14'],
    ['14 nov. 2026', 'fr', '2026-11-14'],
    ['14 novembre 2026', 'fr', '2026-11-14'],
    // Accents are optional, and a date in English is understood in the French interface too.
    ['1 aout 2026', 'fr', '2026-08-01'],
    ['14 fevr 2027', 'fr', '2027-02-14'],
    ['14 December 2026', 'fr', '2026-12-14'],
  ])('reads %j (%s) as %s', (text, language, day) => {
    expect(parseTypedDay(text, language)).toBe(day);
  });

  it.each([
    ['30/02/2026', 'not in the calendar'],
    ['14 ju 2026', 'juin or juillet'],
    ['14/11', 'no year'],
    ['14/11/20266', 'a five-digit year'],
    ['next Tuesday', 'not a date'],
    ['', 'empty'],
  ])('cannot read %j (%s)', (text) => {
    expect(parseTypedDay(text, 'fr')).toBeNull();
  });

  it('returns a mistyped year as typed, so that the form can refuse it by name', () => {
    expect(parseTypedDay('14/11/0226', 'en')).toBe('0226-11-14');
    expect(parseTypedDay('14/11/2999', 'en')).toBe('2999-11-14');
  });

  it('is shown back in the short form of each language', () => {
    expect(formatShortDay('2026-11-14', 'en')).toBe('14 Nov 2026');
    expect(formatShortDay('2026-11-14', 'fr')).toBe('14 nov. 2026');
    expect(formatShortDay('2026-06-01', 'fr')).toBe('1 juin 2026');
  });
});

describe('an instant', () => {
  it('is written in the meeting’s zone, the language’s way', () => {
    const iso = '2026-12-01T13:50:00.000Z';
    expect(formatInstant(iso, 'Europe/Paris', 'en')).toBe('1 Dec 2026, 14:50');
    expect(formatInstant(iso, 'Europe/Paris', 'fr')).toBe('1 déc. 2026, 14:50');
    expect(formatInstant(iso, 'Africa/Porto-Novo', 'fr')).toBe('1 déc. 2026, 14:50');
    expect(formatInstant(iso, 'America/New_York', 'en')).toBe('1 Dec 2026, 08:50');
  });
});

describe('a measure with decimals', () => {
  it('keeps its decimals and the language’s decimal sign', () => {
    expect(formatDecimal(21.04, 'en', 1)).toBe('21.0');
    expect(formatDecimal(21.04, 'fr', 1)).toBe('21,0');
    expect(formatDecimal(1234.56, 'fr', 1)).toBe('1\u202f234,6');
  });
});
