import { describe, expect, it } from 'vitest';
import { countryMatcher } from '../../electron/backend/imports/country-index';
import { countryKey } from '../../shared/domain/country-matching';
import { testBackend } from './helpers';
import { createMeeting, csv, file } from './imports-fixtures';

describe('country spellings', () => {
  const matcher = countryMatcher();

  it.each([
    "Cote d'Ivoire",
    'Côte d’Ivoire',
    "côte-d'ivoire",
    'La Côte d’Ivoire',
    'Ivory Coast',
    'IVORY COAST',
    'CI',
    'CIV',
    'Ivorian',
    'Ivoirienne',
  ])('resolves %j to Côte d’Ivoire', (spelling) => {
    expect(matcher.resolve(spelling)).toEqual({ kind: 'resolved', code: 'CI' });
  });

  it.each([
    ['Sénégal', 'SN'],
    ['Allemagne', 'DE'],
    ['États-Unis', 'US'],
    ['Etats Unis', 'US'],
    ['Royaume-Uni', 'GB'],
    ['Corée du Sud', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['Tchad', 'TD'],
    ['RDC', 'CD'],
    ['日本', 'JP'],
    ['French', 'FR'],
  ])('resolves %j to %s', (spelling, code) => {
    expect(matcher.resolve(spelling)).toEqual({ kind: 'resolved', code });
  });

  it('asks about what matches several countries or none', () => {
    expect(matcher.resolve('Congo')).toEqual({ kind: 'ambiguous', codes: ['CD', 'CG'] });
    expect(matcher.resolve('Dahomey')).toEqual({ kind: 'unknown' });
    expect(matcher.resolve('Atlantis')).toEqual({ kind: 'unknown' });
    expect(matcher.suggest('Burkina')).toEqual(['BF']);
    expect(matcher.suggest('Senegall')).toContain('SN');
  });

  it('ignores accents, case, apostrophes, hyphens and leading articles', () => {
    expect(countryKey('La Côte-d’Ivoire')).toBe(countryKey("cote d'ivoire"));
    expect(countryKey('The Gambia')).toBe(countryKey('gambia'));
  });

  it('stores one country whatever the file calls it', async () => {
    const backend = testBackend();
    const meetingId = await createMeeting(backend);
    const spellings = ["Cote d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast', 'CI', 'CIV'];
    const rows = spellings.map((c, i) => [`Person ${i}`, c]);
    await backend.call('imports.run', {
      meetingId,
      file: file('p.csv', csv([['Name', 'Pays'], ...rows])),
      mapping: { fullName: 0, country: 1 },
    });
    const codes = backend.db.prepare('SELECT DISTINCT country_code AS c FROM person').all();
    expect(codes).toEqual([{ c: 'CI' }]);
  });
});
