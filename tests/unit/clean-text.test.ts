import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { cleanImportedText, textProblem } from '../../shared/domain/clean-text';
import { findTextIssues, MAX_INPUT_DEPTH } from '../../shared/api/clean-text';
import { multilineText, searchText, text } from '../../shared/api/zod-messages';
import { contract } from '../../shared/api';

describe('textProblem', () => {
  it('accepts what people write, in any script, with emoji and accents', () => {
    for (const s of ['Núñez', 'محمد بن سلمان', '李小龙', 'Ærø 👩‍👩‍👧 ẞ', 'e\u0301', '', ' '])
      expect(textProblem(s, 'single'), s).toBeNull();
  });

  it('refuses NUL, escape, DEL and the C1 controls anywhere, naming the character', () => {
    expect(textProblem('ab\u0000c', 'single')).toEqual({
      kind: 'control',
      code: 'U+0000',
      position: 3,
    });
    expect(textProblem('\u001b[31m', 'multi')).toMatchObject({ code: 'U+001B', position: 1 });
    expect(textProblem('x\u007f', 'multi')).toMatchObject({ kind: 'control', code: 'U+007F' });
    expect(textProblem('x\u0085', 'single')).toMatchObject({ kind: 'control', code: 'U+0085' });
    expect(textProblem('x\u009f', 'multi')).toMatchObject({ kind: 'control', code: 'U+009F' });
    expect(textProblem('x\u00a0', 'single')).toBeNull();
  });

  it('allows tab and line breaks only in multi-line text', () => {
    for (const s of ['a\tb', 'a\nb', 'a\r\nb']) {
      expect(textProblem(s, 'multi'), JSON.stringify(s)).toBeNull();
      expect(textProblem(s, 'single'), JSON.stringify(s)).toMatchObject({
        kind: 'lineBreak',
        position: 2,
      });
    }
  });

  it('refuses a lone surrogate, high or low, but not a pair', () => {
    expect(textProblem('a\ud83d', 'multi')).toEqual({
      kind: 'loneSurrogate',
      code: 'U+D83D',
      position: 2,
    });
    expect(textProblem('\ude00x', 'single')).toMatchObject({ kind: 'loneSurrogate', position: 1 });
    expect(textProblem('\ude00\ud83d', 'single')).toMatchObject({ position: 1 });
    expect(textProblem('\ud83d\ude00', 'single')).toBeNull();
  });

  it('reports the first problem of several', () => {
    expect(textProblem('ab\ud800\u0000', 'single')).toMatchObject({ kind: 'loneSurrogate' });
    expect(textProblem('a\u0001\ud800', 'single')).toMatchObject({ kind: 'control' });
  });

  it('never refuses a search, whatever it holds', () => {
    expect(textProblem('\u0000\ud800\n', 'search')).toBeNull();
  });
});

describe('cleanImportedText', () => {
  it('keeps line breaks as \\n in multi-line fields and drops other controls', () => {
    expect(cleanImportedText('Line 1\r\nLine 2\rLine 3\u0000\tend', 'multi')).toBe(
      'Line 1\nLine 2\nLine 3\tend',
    );
  });

  it('makes line breaks and tabs one space in single-line fields', () => {
    expect(cleanImportedText('Ministère\r\n de\tl’Intérieur\u0007', 'single')).toBe(
      'Ministère de l’Intérieur',
    );
  });

  it('replaces a lone surrogate as a UTF-8 decoder would, keeping pairs', () => {
    expect(cleanImportedText('a\ud800b\ud83d\ude00', 'single')).toBe('a\ufffdb\ud83d\ude00');
  });

  it('gives clean text the rule accepts', () => {
    const dirty = 'x\u0000\u0085\ud800\t\r\n\u001by';
    for (const lines of ['single', 'multi'] as const)
      expect(textProblem(cleanImportedText(dirty, lines), lines)).toBeNull();
  });
});

describe('findTextIssues', () => {
  const schema = z.object({
    title: text(200),
    description: multilineText(5000).default(''),
    query: searchText(200).optional(),
    people: z
      .array(z.object({ name: text(100), notes: multilineText(100).nullable() }))
      .default([]),
    answers: z.record(z.string(), z.string()).default({}),
    pair: z.tuple([z.string(), multilineText(10)]).optional(),
    either: z.union([z.number(), multilineText(10)]).optional(),
  });

  it('finds nothing in clean input, whatever the types', () => {
    expect(
      findTextIssues(schema, {
        title: 'Opening',
        description: 'Two\nlines\twith a tab',
        query: '\u0000 anything',
        people: [{ name: 'Awa', notes: 'a\nb' }],
        pair: ['a', 'b\nc'],
        either: 'x\ny',
        extra: 42,
      }),
    ).toEqual([]);
    expect(findTextIssues(schema, 'plain')).toEqual([]);
    expect(findTextIssues(schema, null)).toEqual([]);
  });

  it('gives each unclean string its path, message key and parameters', () => {
    const issues = findTextIssues(schema, {
      title: 'Open\ning',
      description: 'ok\u0000',
      people: [{ name: 'Awa' }, { name: 'B\ud800', notes: 'fine\n' }],
      answers: { 'k\u0007': 'v', good: 'v\u0085' },
      pair: ['a\nb', 'b\nc'],
      unknown: { deep: ['\u0001'] },
    });
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i]));
    expect(byPath.get('title')).toEqual({
      path: ['title'],
      message: 'errors.singleLine',
      params: { position: 5 },
    });
    expect(byPath.get('description')).toEqual({
      path: ['description'],
      message: 'errors.controlCharacter',
      params: { code: 'U+0000', position: 3 },
    });
    expect(byPath.get('people.1.name')?.message).toBe('errors.brokenCharacter');
    expect(byPath.get('answers.k\u0007')?.message).toBe('errors.controlCharacter');
    expect(byPath.get('answers.good')?.message).toBe('errors.controlCharacter');
    expect(byPath.get('pair.0')?.message).toBe('errors.singleLine');
    expect(byPath.get('unknown.deep.0')?.message).toBe('errors.controlCharacter');
    expect(issues).toHaveLength(7);
  });

  it('refuses nesting deeper than the contract uses, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = findTextIssues(schema, { title: 'ok', people: deep });
    expect(issues).toEqual([
      {
        path: ['people', ...Array<number>(MAX_INPUT_DEPTH - 1).fill(0)],
        message: 'errors.tooDeep',
        params: { max: MAX_INPUT_DEPTH },
      },
    ]);
  });

  it('visits a cyclic or shared object once', () => {
    const shared: Record<string, unknown> = { name: 'a\u0000' };
    shared.self = shared;
    expect(findTextIssues(schema, { people: [shared, shared] })).toHaveLength(1);
  });

  it('stops after twenty issues, so a hostile input gets a short reply', () => {
    const issues = findTextIssues(schema, { people: Array(10_000).fill({ name: '\u0000' }) });
    expect(issues.length).toBeLessThanOrEqual(20);
    const many = findTextIssues(
      z.array(z.string()),
      Array.from({ length: 1000 }, (_, i) => `${i}\u0000`),
    );
    expect(many).toHaveLength(20);
  });

  it('knows the contract’s multi-line and search fields', () => {
    const meeting = { title: 'T', description: 'Line 1\nLine 2' };
    expect(findTextIssues(contract['meetings.create'].input, meeting)).toEqual([]);
    expect(
      findTextIssues(contract['meetings.create'].input, { ...meeting, title: 'A\tB' }),
    ).toMatchObject([{ path: ['title'], message: 'errors.singleLine' }]);
    expect(
      findTextIssues(contract['registrations.update'].input, {
        id: 1,
        registration: { internalNotes: 'a\nb', badgeName: 'c\nd' },
      }),
    ).toMatchObject([{ path: ['registration', 'badgeName'] }]);
    // A certificate's template and a note for the desk are laid out in lines.
    const template = {
      meetingId: 1,
      kind: 'certificate',
      language: 'en',
      body: '# {name}\n\n\t{days}',
    };
    expect(findTextIssues(contract['reports.previewDocument'].input, template)).toEqual([]);
    expect(findTextIssues(contract['reports.saveTemplate'].input, template)).toEqual([]);
    const note = { registrationId: 1, note: 'Badge at the desk.\nVegetarian.' };
    expect(findTextIssues(contract['attendance.setDeskNote'].input, note)).toEqual([]);
    for (const [channel, input] of [
      ['registrations.search', { meetingId: 1, query: 'nu\u0000n\ud800ez' }],
      ['people.directory', { query: '\t\u0007' }],
      ['people.browse', { query: '\u009b' }],
      ['meetings.list', { query: '\n' }],
    ] as const)
      expect(findTextIssues(contract[channel].input, input), channel).toEqual([]);
  });
});

describe('findTextIssues and the values a schema names', () => {
  it('accepts the tab delimiter of an import, which its enum names, and nothing else with a tab', () => {
    const options = contract['imports.inspect'].input;
    const input = (delimiter: string, name = 'list.tsv') => ({
      meetingId: 1,
      file: { name, base64: '' },
      options: { delimiter },
    });
    expect(findTextIssues(options, input('\t'))).toEqual([]);
    expect(findTextIssues(options, input('\t\t'))).toMatchObject([
      { path: ['options', 'delimiter'], message: 'errors.singleLine' },
    ]);
    expect(findTextIssues(options, input('\t', 'a\tb.tsv'))).toMatchObject([
      { path: ['file', 'name'] },
    ]);
  });
});
