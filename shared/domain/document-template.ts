/**
 * The templates of the documents made for each person (certificates of attendance, invitation and
 * visa-support letters): plain text the organiser edits, with placeholders in single braces.
 *
 * The text is read line by line, as the editor shows it: every line stays a line, a blank line
 * separates paragraphs, a line starting with "# " is the document's title and one starting with
 * "- " an item of a list. "{{" and "}}" write a brace. A placeholder that holds a list (the
 * sessions attended) becomes a list when it stands alone on its line, and is joined with commas
 * inside a sentence. Pure functions: the editor checks as the user types, the backend fills.
 */

export const DOCUMENT_KINDS = ['certificate', 'visaLetter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Placeholders every document offers. */
const COMMON = [
  'name',
  'title',
  'givenNames',
  'familyNames',
  'position',
  'organisation',
  'country',
  'meeting',
  'meetingDates',
  'place',
  'city',
  'today',
] as const;

const CERTIFICATE = ['days', 'dayCount', 'sessions', 'sessionCount'] as const;

const VISA_LETTER = [
  'nationality',
  'passportNumber',
  'passportIssued',
  'passportExpires',
  'passportAuthority',
  'dateOfBirth',
  'placeOfBirth',
  'arrival',
  'departure',
] as const;

export type Placeholder =
  (typeof COMMON)[number] | (typeof CERTIFICATE)[number] | (typeof VISA_LETTER)[number];

/** The placeholders each kind of document can fill, in the order the editor lists them. */
export const PLACEHOLDERS: Record<DocumentKind, readonly Placeholder[]> = {
  certificate: [...COMMON, ...CERTIFICATE],
  visaLetter: [...COMMON, ...VISA_LETTER],
};

/** Placeholders whose value is a list (one line each when alone on a line). */
export const LIST_PLACEHOLDERS: ReadonlySet<Placeholder> = new Set<Placeholder>(['sessions']);

export const TEMPLATE_MAX_LENGTH = 20_000;

export type TemplateProblem =
  | { code: 'unknownPlaceholder'; placeholder: string; line: number }
  | { code: 'otherKindPlaceholder'; placeholder: string; line: number }
  | { code: 'unclosedBrace'; line: number }
  | { code: 'empty' }
  | { code: 'tooLong'; max: number };

/** A piece of a line: literal text or a placeholder to fill. */
export type Token = { text: string } | { placeholder: Placeholder };

export type TemplateLine =
  | { kind: 'title' | 'text' | 'item'; tokens: Token[] }
  /** A list placeholder alone on its line. */
  | { kind: 'list'; placeholder: Placeholder }
  | { kind: 'blank' };

const ALL = new Set<string>([...COMMON, ...CERTIFICATE, ...VISA_LETTER]);

function tokenise(
  text: string,
  line: number,
  allowed: ReadonlySet<string>,
  problems: TemplateProblem[],
): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if ((char === '{' || char === '}') && text[at + 1] === char) {
      literal += char;
      at += 2;
      continue;
    }
    if (char === '}') {
      // A closing brace alone is kept as written: it cannot be mistaken for a placeholder.
      literal += char;
      at++;
      continue;
    }
    if (char !== '{') {
      literal += char;
      at++;
      continue;
    }
    const end = text.indexOf('}', at + 1);
    const nextOpen = text.indexOf('{', at + 1);
    if (end === -1 || (nextOpen !== -1 && nextOpen < end)) {
      problems.push({ code: 'unclosedBrace', line });
      literal += char;
      at++;
      continue;
    }
    const name = text.slice(at + 1, end).trim();
    if (allowed.has(name)) {
      if (literal) tokens.push({ text: literal });
      literal = '';
      tokens.push({ placeholder: name as Placeholder });
    } else {
      problems.push({
        code: ALL.has(name) ? 'otherKindPlaceholder' : 'unknownPlaceholder',
        placeholder: name,
        line,
      });
      literal += text.slice(at, end + 1);
    }
    at = end + 1;
  }
  if (literal) tokens.push({ text: literal });
  return tokens;
}

export interface ParsedTemplate {
  lines: TemplateLine[];
  problems: TemplateProblem[];
}

/** Reads a template for `kind`; every problem names its line (from 1), as the editor numbers them. */
export function parseTemplate(body: string, kind: DocumentKind): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  if (body.length > TEMPLATE_MAX_LENGTH)
    return { lines: [], problems: [{ code: 'tooLong', max: TEMPLATE_MAX_LENGTH }] };
  if (body.trim() === '') return { lines: [], problems: [{ code: 'empty' }] };
  const allowed = new Set<string>(PLACEHOLDERS[kind]);
  const lines = body.split(/\r\n|\r|\n/).map((raw, index): TemplateLine => {
    const line = index + 1;
    const text = raw.trimEnd();
    if (text.trim() === '') return { kind: 'blank' };
    const marker = /^(#|-)\s+/.exec(text);
    const rest = marker ? text.slice(marker[0].length) : text;
    const tokens = tokenise(rest, line, allowed, problems);
    const only = tokens.length === 1 ? tokens[0]! : null;
    if (!marker && only && 'placeholder' in only && LIST_PLACEHOLDERS.has(only.placeholder))
      return { kind: 'list', placeholder: only.placeholder };
    return { kind: marker?.[1] === '#' ? 'title' : marker ? 'item' : 'text', tokens };
  });
  return { lines, problems };
}

/** The values of one document: text for each placeholder, lists for the list placeholders. */
export type PlaceholderValues = Partial<Record<Placeholder, string | readonly string[]>>;

/** A block of the filled document, ready to lay out. */
export type FilledBlock = { kind: 'title' | 'text' | 'item'; text: string } | { kind: 'gap' };

/**
 * A line's text with its values: an empty value takes one comma next to it away ("{position},
 * {organisation}" with no position reads "Ministry…", not ", Ministry…"), and a line whose every
 * placeholder is empty and which has no words of its own is left out (null).
 */
function fillLine(
  tokens: readonly Token[],
  values: PlaceholderValues,
  joinList: (items: readonly string[]) => string,
): string | null {
  const parts = tokens.map((t) => {
    if ('text' in t) return { literal: true, text: t.text };
    const value = values[t.placeholder];
    return {
      literal: false,
      text: typeof value === 'string' ? value : value ? joinList(value) : '',
    };
  });
  let filled = 0;
  let empty = 0;
  parts.forEach((part, i) => {
    if (part.literal) return;
    if (part.text.trim()) {
      filled++;
      return;
    }
    empty++;
    const next = parts[i + 1];
    const previous = parts[i - 1];
    if (next?.literal && /^\s*,\s*/.test(next.text)) next.text = next.text.replace(/^\s*,\s*/, '');
    else if (previous?.literal && /,\s*$/.test(previous.text))
      previous.text = previous.text.replace(/\s*,\s*$/, i === parts.length - 1 ? '' : ' ');
  });
  const text = parts.map((p) => p.text).join('');
  if (empty > 0 && filled === 0 && !/[\p{L}\p{N}]/u.test(text)) return null;
  return text;
}

/**
 * The document's blocks for one person. A missing value leaves its place empty (the preview says
 * which ones the person lacks); runs of blank lines make one gap.
 */
export function fillTemplate(
  lines: readonly TemplateLine[],
  values: PlaceholderValues,
  joinList: (items: readonly string[]) => string,
): FilledBlock[] {
  const blocks: FilledBlock[] = [];
  for (const line of lines) {
    if (line.kind === 'blank') {
      if (blocks.length > 0 && blocks.at(-1)!.kind !== 'gap') blocks.push({ kind: 'gap' });
    } else if (line.kind === 'list') {
      const value = values[line.placeholder];
      const items = typeof value === 'string' ? [value] : (value ?? []);
      for (const item of items) blocks.push({ kind: 'item', text: item });
    } else {
      const text = fillLine(line.tokens, values, joinList);
      if (text !== null) blocks.push({ kind: line.kind, text });
    }
  }
  while (blocks.at(-1)?.kind === 'gap') blocks.pop();
  return blocks;
}

/** The placeholders a template uses (each once), to say which values a person lacks. */
export function usedPlaceholders(lines: readonly TemplateLine[]): Placeholder[] {
  const used = new Set<Placeholder>();
  for (const line of lines) {
    if (line.kind === 'list') used.add(line.placeholder);
    else if (line.kind !== 'blank')
      for (const t of line.tokens) if ('placeholder' in t) used.add(t.placeholder);
  }
  return [...used];
}
