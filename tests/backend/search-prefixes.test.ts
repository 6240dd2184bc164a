import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { searchWorld } from './search-fixtures';

// Real queries and the participants each must end up finding.
const QUERIES: [query: string, finds: string[]][] = [
  ['ministère de la justice', ['dubois']],
  ['police nationale du mali', ['ndiaye', 'traore']],
  ['united kingdom', ['clarke']],
  ['tech safety alliance', ['sharma']],
  ['côte d’ivoire', ['kone']],
  ["cote d'ivoire", ['kone']],
  ['jean-pierre dubois', ['dubois']],
  ['al-hassan', ['alhassan']],
  ["o'brien", ['obrien']],
  ['obrien', ['obrien']],
  ['ndiaye', ['ndiaye']],
  ['nguyen thi lan', ['nguyen']],
  ['søren ødegaard', ['odegaard']],
  ['lucia garcia unodc', ['garcia']],
];

/** Every prefix of `query`, one character (code point) longer each time. */
const prefixes = (query: string) => [...query].map((_, i) => [...query].slice(0, i + 1).join(''));

describe('search as the user types', () => {
  it('keeps every person a query finds at every prefix of it, in both searches', async () => {
    const world = await searchWorld(testBackend());
    for (const [query, expected] of QUERIES) {
      expect(await world.participants(query), query).toEqual(expected);
      for (const prefix of prefixes(query)) {
        const participants = await world.participants(prefix);
        const directory = await world.directory(prefix);
        for (const key of expected) {
          expect(participants, `participants for ${JSON.stringify(prefix)}`).toContain(key);
          expect(directory, `directory for ${JSON.stringify(prefix)}`).toContain(key);
        }
      }
    }
  });

  it('only ever narrows as a query is typed', async () => {
    const world = await searchWorld(testBackend());
    for (const [query] of QUERIES) {
      let previous = world.everyone;
      let previousPrefix = '';
      for (const prefix of prefixes(query)) {
        const found = await world.participants(prefix);
        for (const key of found)
          expect(
            previous,
            `${JSON.stringify(prefix)} after ${JSON.stringify(previousPrefix)}`,
          ).toContain(key);
        previous = found;
        previousPrefix = prefix;
      }
    }
  });
});
