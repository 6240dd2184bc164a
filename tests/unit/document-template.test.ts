import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  parseTemplate,
  usedPlaceholders,
  PLACEHOLDERS,
} from '../../shared/domain/document-template';

const join = (items: readonly string[]) => items.join(', ');

describe('document templates', () => {
  it('fills placeholders line by line, keeps titles, items and paragraph gaps', () => {
    const body = [
      '# Certificate of attendance',
      '',
      'This is to certify that {name} ({organisation}, {country})',
      'attended {meeting} on {days}.',
      '',
      '',
      'Sessions attended:',
      '{sessions}',
      '- {sessionCount} in all',
      '',
    ].join('\n');
    const parsed = parseTemplate(body, 'certificate');
    expect(parsed.problems).toEqual([]);
    const blocks = fillTemplate(
      parsed.lines,
      {
        name: 'Ана Петрова',
        organisation: 'МВД',
        country: 'Russia',
        meeting: 'Specialists group',
        days: '14 and 15 November 2026',
        sessions: ['Opening', 'Darknet'],
        sessionCount: '2',
      },
      join,
    );
    expect(blocks).toEqual([
      { kind: 'title', text: 'Certificate of attendance' },
      { kind: 'gap' },
      { kind: 'text', text: 'This is to certify that Ана Петрова (МВД, Russia)' },
      { kind: 'text', text: 'attended Specialists group on 14 and 15 November 2026.' },
      { kind: 'gap' },
      { kind: 'text', text: 'Sessions attended:' },
      { kind: 'item', text: 'Opening' },
      { kind: 'item', text: 'Darknet' },
      { kind: 'item', text: '2 in all' },
    ]);
  });

  it('joins a list inside a sentence, and writes braces doubled as braces', () => {
    const parsed = parseTemplate('Sessions: {sessions} {{not a placeholder}}', 'certificate');
    expect(parsed.problems).toEqual([]);
    expect(fillTemplate(parsed.lines, { sessions: ['A', 'B'] }, join)).toEqual([
      { kind: 'text', text: 'Sessions: A, B {not a placeholder}' },
    ]);
  });

  it('names an unknown placeholder with its line, and one of the other kind of document', () => {
    const body = 'Dear {name},\n\nYou came on {dyas}.\nPassport {passportNumber}\n{ name }';
    expect(parseTemplate(body, 'certificate').problems).toEqual([
      { code: 'unknownPlaceholder', placeholder: 'dyas', line: 3 },
      { code: 'otherKindPlaceholder', placeholder: 'passportNumber', line: 4 },
    ]);
    expect(parseTemplate(body, 'visaLetter').problems).toEqual([
      { code: 'unknownPlaceholder', placeholder: 'dyas', line: 3 },
    ]);
  });

  it('finds a brace left open, an empty template and one too long', () => {
    expect(parseTemplate('Line one\nDear {name,\nok {name}', 'certificate').problems).toEqual([
      { code: 'unclosedBrace', line: 2 },
    ]);
    expect(parseTemplate('Dear {na{name}', 'certificate').problems).toEqual([
      { code: 'unclosedBrace', line: 1 },
    ]);
    expect(parseTemplate(' \n\n ', 'visaLetter').problems).toEqual([{ code: 'empty' }]);
    expect(parseTemplate('x'.repeat(20_001), 'visaLetter').problems).toEqual([
      { code: 'tooLong', max: 20_000 },
    ]);
  });

  it('leaves a missing value empty and lists the placeholders a template uses', () => {
    const parsed = parseTemplate('{name}, born {dateOfBirth}\n{name}', 'visaLetter');
    expect(fillTemplate(parsed.lines, { name: 'A' }, join)).toEqual([
      { kind: 'text', text: 'A, born ' },
      { kind: 'text', text: 'A' },
    ]);
    expect(usedPlaceholders(parsed.lines)).toEqual(['name', 'dateOfBirth']);
  });

  it('takes away the comma of an empty value, and a line left with nothing to say', () => {
    const parsed = parseTemplate(
      '{position}, {organisation}, {country}\nBorn in {placeOfBirth}\n({title})\n{country}.',
      'visaLetter',
    );
    expect(fillTemplate(parsed.lines, { organisation: 'MVD', country: 'Russia' }, join)).toEqual([
      { kind: 'text', text: 'MVD, Russia' },
      { kind: 'text', text: 'Born in ' },
      { kind: 'text', text: 'Russia.' },
    ]);
    expect(fillTemplate(parsed.lines, { position: 'Head', organisation: 'MVD' }, join)[0]).toEqual({
      kind: 'text',
      text: 'Head, MVD',
    });
  });

  it('offers the days and sessions on certificates and the passport on letters only', () => {
    expect(PLACEHOLDERS.certificate).toContain('days');
    expect(PLACEHOLDERS.certificate).not.toContain('passportNumber');
    expect(PLACEHOLDERS.visaLetter).toContain('passportNumber');
    expect(PLACEHOLDERS.visaLetter).not.toContain('sessions');
  });
});
