import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';

describe('people.directory with one- or two-letter words', () => {
  it('matches the start of a given or family name, accents ignored, never the middle of one', async () => {
    const backend = testBackend();
    for (const [givenNames, familyNames] of [
      ['Wei', 'Li'],
      ['Ana', 'Lima'],
      ['Ali', 'Hassan'],
      ['Zoë', 'Müller'],
    ] as const)
      await backend.call('people.create', { givenNames, familyNames });
    const names = async (query: string) =>
      (await backend.call('people.directory', { query })).map((p) => p.familyNames).sort();

    expect(await names('li')).toEqual(['Li', 'Lima']);
    expect(await names('mu')).toEqual(['Müller']);
    expect(await names('zo mu')).toEqual(['Müller']);
    expect(await names('zo li')).toEqual([]);
    // A long word still goes through the trigram index, with the short word as a name prefix.
    expect(await names('hassan a')).toEqual(['Hassan']);
  });
});
