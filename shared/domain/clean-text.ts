/**
 * What clean text is, for everything Plenary keeps: no control character (Unicode's Cc: C0
 * U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F), except tab and line breaks in text that may span
 * lines, and no lone surrogate (half of a UTF-16 pair, which SQLite would store as broken UTF-8).
 * The contract refuses such text at the door (shared/api/clean-text.ts); files being imported are
 * cleaned with the same definitions (cleanImportedText), since a spreadsheet's cells are not typed.
 */

/** How a text field may be written: on one line, over several, or as a search (never refused). */
export type TextLines = 'single' | 'multi' | 'search';

/** One reason a text is not clean, with the offending character and its place (1-based). */
export interface TextProblem {
  kind: 'control' | 'lineBreak' | 'loneSurrogate';
  /** The character as U+XXXX. */
  code: string;
  position: number;
}

/* eslint-disable no-control-regex -- finding control characters is this module's purpose */
const LINE_WHITESPACE = /[\t\n\r]/;
// Every control character except tab, line feed and carriage return.
const OTHER_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

const codeOf = (text: string, at: number) =>
  `U+${(text.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

// A high surrogate not followed by a low one, or a low one not preceded by a high one. Without the
// `u` flag a regular expression sees UTF-16 code units, which is what this needs.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * The first thing that makes `text` unclean for a field written as `lines` says, or null. A search
 * is never refused: it only matches, and its folding treats such characters as word separators.
 */
export function textProblem(text: string, lines: TextLines): TextProblem | null {
  if (lines === 'search') return null;
  const surrogate = LONE_SURROGATE.exec(text)?.index ?? -1;
  const control = (lines === 'multi' ? OTHER_CONTROL : ANY_CONTROL).exec(text);
  if (surrogate < 0 && !control) return null;
  if (control && (surrogate < 0 || control.index < surrogate)) {
    const kind = LINE_WHITESPACE.test(control[0]) ? 'lineBreak' : 'control';
    return { kind, code: codeOf(text, control.index), position: control.index + 1 };
  }
  return {
    kind: 'loneSurrogate',
    code: `U+${text.charCodeAt(surrogate).toString(16).toUpperCase()}`,
    position: surrogate + 1,
  };
}

const OTHER_CONTROLS = new RegExp(OTHER_CONTROL.source, 'g');
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF]/;
/* eslint-enable no-control-regex */
const LINE_BREAKS = /\r\n?|\n/g;
const LINE_WHITESPACE_RUNS = / *[\t\n\r][\t\n\r ]*/g;

/**
 * A cell of an imported file made clean for a field written as `lines`: other control characters
 * removed, lone surrogates replaced by U+FFFD (as a UTF-8 decoder would), line breaks kept as `\n`
 * in multi-line fields and made one space (with tabs) in single-line ones.
 */
export function cleanImportedText(text: string, lines: TextLines): string {
  // Nearly every cell is clean: one test, and the cell is returned as it is.
  if (!SUSPECT.test(text)) return text;
  const whole = LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
  const visible = ANY_CONTROL.test(whole) ? whole.replace(OTHER_CONTROLS, '') : whole;
  if (lines === 'multi') return visible.replace(LINE_BREAKS, '\n');
  return visible.replace(LINE_WHITESPACE_RUNS, ' ');
}
