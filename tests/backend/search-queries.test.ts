import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { searchWorld } from './search-fixtures';

// Each query shape a registrar types, in both the participants view (registrations.search) and the
// people directory (people.directory); the directory also holds one person registered nowhere.
async function world() {
  const w = await searchWorld(testBackend());
  /** Checks both searches find `expected` (the directory also `inDirectoryToo`). */
  const finds = async (query: string, expected: string[], inDirectoryToo: string[] = []) => {
    expect(await w.participants(query), `participants: ${JSON.stringify(query)}`).toEqual(
      [...expected].sort(),
    );
    expect(await w.directory(query), `directory: ${JSON.stringify(query)}`).toEqual(
      [...expected, ...inDirectoryToo].sort(),
    );
  };
  return { ...w, finds };
}

describe('search: several words in any order', () => {
  it('finds an organisation typed in full, with or without accents, in any order and case', async () => {
    const { finds } = await world();
    for (const query of [
      'ministère de la justice',
      'ministere de la justice',
      'MINISTÈRE DE LA JUSTICE',
      'justice ministère de la',
      'la justice',
    ])
      await finds(query, ['dubois']);
    await finds('police nationale du mali', ['ndiaye', 'traore'], ['outsider']);
    await finds('du mali police', ['ndiaye', 'traore'], ['outsider']);
    // "de la" and "police nationale" without "du": the Ivorian directorate, not Mali's police.
    await finds('direction de la police nationale', ['kone']);
    await finds('drugs and crime', ['garcia']);
  });
});

describe('search: short words and a partial last word', () => {
  it('finds a word from its first one or two letters, after other words', async () => {
    const { finds } = await world();
    await finds('united ki', ['clarke']);
    await finds('united k', ['clarke']);
    await finds('tech sa', ['sharma']);
    await finds('tech s', ['sharma']);
    await finds('cote d', ['kone'], ['outsider']);
    await finds('koné cote d', ['kone'], ['outsider']);
    await finds('ministère de l', ['dubois', 'dupont']);
    await finds('ministère de l’i', ['dupont']);
  });

  it('matches the start of a word only, so every letter typed narrows', async () => {
    const { finds, participants } = await world();
    // Li and Lima, not Ali nor the "li" inside Police, Alliance, Emily or l’Intérieur.
    await finds('li', ['li', 'lima']);
    await finds('wei l', ['li']);
    expect(await participants('ki')).toEqual(['clarke']);
    // Not Mali's police; not the middle of Bundeskriminalamt, which its start finds.
    await finds('ali', []);
    await finds('kriminal', []);
    await finds('bundes', ['groß']);
  });
});

describe('search: apostrophes, dashes and letters typed another way', () => {
  it('treats curly and straight apostrophes, and no apostrophe, alike', async () => {
    const { finds } = await world();
    for (const query of ['cote d’ivoire', "cote d'ivoire", 'côte d‘ivoire', 'cote-d’ivoire'])
      await finds(query, ['kone'], ['outsider']);
    for (const query of ["o'brien", 'o’brien', 'O‘Brien', 'obrien', 'o brien'])
      await finds(query, ['obrien']);
    for (const query of ["n'diaye", 'n’diaye', 'ndiaye', 'n diaye']) await finds(query, ['ndiaye']);
    await finds("ministère de l'intérieur", ['dupont']);
  });

  it('treats every dash, a space and nothing alike', async () => {
    const { finds } = await world();
    for (const query of ['jean-pierre', 'jean‐pierre', 'jean–pierre', 'jean—pierre', 'jean pierre'])
      await finds(query, ['dubois'], ['outsider']);
    await finds('jeanpierre', ['dubois'], ['outsider']);
    for (const query of ['al-hassan', 'al–hassan', 'al hassan', 'alhassan', 'al-h', 'hassan'])
      await finds(query, ['alhassan']);
    // Stored with U+2010 and an en dash: found with a plain hyphen or a space.
    for (const query of ['marie-claire', 'marie claire', 'dupont-lefevre', 'dupont lefèvre'])
      await finds(query, ['dupont']);
  });

  it('finds letters people type without their marks: ø, ł, ß, ı, ễ', async () => {
    const { finds } = await world();
    await finds('soren odegaard', ['odegaard']);
    await finds('lukasz wisniewski', ['wisniewski']);
    await finds('gross', ['groß']);
    await finds('groß', ['groß']);
    await finds('ayse yilmaz', ['yilmaz']);
    await finds('nguyen thi lan', ['nguyen']);
    await finds('김', ['kim']);
  });
});

describe('search: nothing typed is ever syntax', () => {
  it('never fails, whatever the query holds', async () => {
    const { participants, directory } = await world();
    const queries = [
      '"',
      '""',
      '"justice',
      '*',
      'just*',
      'NEAR(',
      'NEAR(police mali)',
      'NEAR(police mali, 2)',
      '(',
      ')',
      '[justice]',
      '{police}',
      'AND',
      'OR',
      'NOT',
      'police AND',
      'police OR mali',
      'NOT justice',
      '-justice',
      '^police',
      'text:police',
      'police + mali',
      "'",
      '%',
      '_',
      '\\',
      'kone\u0000',
      '\u0000',
      '\u0001\u0002',
      'police\tmali',
      '\u200b',
      '🙂',
      'a'.repeat(200),
    ];
    for (const query of queries) {
      await expect(participants(query), JSON.stringify(query)).resolves.toBeInstanceOf(Array);
      await expect(directory(query), JSON.stringify(query)).resolves.toBeInstanceOf(Array);
    }
  });

  it('searches operators and brackets as the words they hold', async () => {
    const { finds, everyone, participants } = await world();
    await finds('(police mali)', ['ndiaye', 'traore'], ['outsider']);
    await finds('NEAR(police mali)', []);
    await finds('[justice]', ['dubois']);
    await finds('"justice', ['dubois']);
    await finds('just*', ['dubois']);
    // "and" and "on" are words of "United Nations Office on Drugs and Crime"; "or" starts none.
    await finds('drugs AND crime', ['garcia']);
    await finds('office ON drugs', ['garcia']);
    await finds('police OR mali', []);
    await finds('NOT justice', []);
    await finds('kone\u0000', ['kone'], ['outsider']);
    await finds('police\u0000mali', ['ndiaye', 'traore'], ['outsider']);
    // Nothing but punctuation or control characters narrows nothing, as an empty box.
    for (const query of ['"', '*', '()', '\u0000', '  '])
      expect(await participants(query), JSON.stringify(query)).toEqual(everyone);
  });
});
