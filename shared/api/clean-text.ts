import { z } from 'zod';
import type { ApiIssue } from './envelope';
import { textProblem, type TextLines, type TextProblem } from '../domain/clean-text';

/**
 * The clean-text rule at the door: every string of a call's input (values and object keys, at any
 * depth) is checked before the channel's schema parses it, by the dispatcher, for every channel.
 *
 * Why a pass over the decoded input rather than a check inside each string schema: it covers every
 * channel as it is declared, including channels other slices add with a plain `z.string()`, record
 * keys, strings the schema would strip as unknown keys, and values of the wrong type; a hostile
 * string never reaches a refinement or a handler; and it is iterative with a depth limit, so a
 * deeply nested input is refused in a sentence rather than by a stack overflow. The schema is read
 * only to learn which fields may span lines (`multilineText`) or are searches (`searchText`);
 * everything else is single-line, the safe default.
 */
export const textLines = z.registry<{ lines: TextLines }>();

/** No input of the contract nests deeper than this; deeper is refused before anything reads it. */
export const MAX_INPUT_DEPTH = 32;
/** Enough to show every field's problem in a form, few enough to keep a hostile reply small. */
const MAX_ISSUES = 20;

const MESSAGES: Record<TextProblem['kind'], string> = {
  control: 'errors.controlCharacter',
  lineBreak: 'errors.singleLine',
  loneSurrogate: 'errors.brokenCharacter',
};

type Schema = z.core.$ZodType;
type Path = (string | number)[];

/**
 * The schemas that can describe a value at one place, with wrappers (optional, default, pipes…)
 * and unions opened, and whether any of them marks the place as multi-line or search text.
 */
function open(candidates: readonly Schema[]): {
  nodes: Schema[];
  lines: TextLines;
  /** Exact strings a schema here names (an enum's or a literal's), such as the tab delimiter. */
  named: Set<unknown>;
} {
  const nodes: Schema[] = [];
  const named = new Set<unknown>();
  let lines: TextLines = 'single';
  const seen = new Set<Schema>();
  const queue = [...candidates];
  while (queue.length) {
    const schema = queue.pop()!;
    if (seen.has(schema)) continue;
    seen.add(schema);
    const mark = textLines.get(schema as z.ZodType)?.lines;
    // A union of a search and a single-line string is read the more permissive way.
    if (mark === 'search' || (mark === 'multi' && lines === 'single')) lines = mark;
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        queue.push(def.innerType as Schema);
        break;
      case 'pipe':
        queue.push(def.in as Schema, def.out as Schema);
        break;
      case 'lazy':
        queue.push((def.getter as () => Schema)());
        break;
      case 'union':
        queue.push(...(def.options as Schema[]));
        break;
      case 'intersection':
        queue.push(def.left as Schema, def.right as Schema);
        break;
      case 'enum':
        for (const value of Object.values(def.entries as Record<string, unknown>)) named.add(value);
        break;
      case 'literal':
        for (const value of def.values as unknown[]) named.add(value);
        break;
      default:
        nodes.push(schema);
    }
  }
  return { nodes, lines, named };
}

/** The schemas of a value's member `key` (an object's property or an array's index). */
function member(nodes: readonly Schema[], key: string | number): Schema[] {
  const out: Schema[] = [];
  for (const schema of nodes) {
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    if (def.type === 'object') {
      const shape = def.shape as Record<string, Schema>;
      const child = Object.hasOwn(shape, key) ? shape[key] : (def.catchall as Schema | undefined);
      if (child) out.push(child);
    } else if (def.type === 'record') out.push(def.valueType as Schema);
    else if (def.type === 'array') out.push(def.element as Schema);
    else if (def.type === 'tuple') {
      const items = def.items as Schema[];
      const child = typeof key === 'number' ? (items[key] ?? def.rest) : undefined;
      if (child) out.push(child as Schema);
    }
  }
  return out;
}

function issueOf(path: Path, problem: TextProblem): ApiIssue {
  const params: Record<string, string | number> = { position: problem.position };
  if (problem.kind === 'control') params.code = problem.code;
  return { path, message: MESSAGES[problem.kind], params };
}

/**
 * Every unclean string in `input` (see shared/domain/clean-text.ts) and any nesting deeper than
 * MAX_INPUT_DEPTH, as contract issues with their paths; empty when the input is clean. Object keys
 * are checked as single-line text. Shared or cyclic objects (possible over Electron's IPC) are
 * visited once.
 */
export function findTextIssues(schema: Schema, input: unknown): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const visited = new Set<object>();
  const stack: { value: object; path: Path; schemas: Schema[] }[] = [];
  // Strings are checked where they are met; only objects wait on the stack, so an array of a
  // million numbers costs no memory beyond itself.
  const visit = (value: unknown, path: () => Path, schemas: () => Schema[]) => {
    if (typeof value === 'string') {
      const here = open(schemas());
      const problem = here.named.has(value) ? null : textProblem(value, here.lines);
      if (problem) issues.push(issueOf(path(), problem));
    } else if (typeof value === 'object' && value !== null && !visited.has(value)) {
      visited.add(value);
      stack.push({ value, path: path(), schemas: schemas() });
    }
  };
  visit(
    input,
    () => [],
    () => [schema],
  );
  while (stack.length && issues.length < MAX_ISSUES) {
    const { value, path, schemas } = stack.pop()!;
    if (path.length >= MAX_INPUT_DEPTH) {
      issues.push({ path, message: 'errors.tooDeep', params: { max: MAX_INPUT_DEPTH } });
      continue;
    }
    const { nodes } = open(schemas);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && issues.length < MAX_ISSUES; i++)
        visit(
          value[i],
          () => [...path, i],
          () => member(nodes, i),
        );
      continue;
    }
    for (const key of Object.keys(value)) {
      if (issues.length >= MAX_ISSUES) break;
      const problem = textProblem(key, 'single');
      if (problem) issues.push(issueOf([...path, key], problem));
      else
        visit(
          (value as Record<string, unknown>)[key],
          () => [...path, key],
          () => member(nodes, key),
        );
    }
  }
  return issues;
}

/**
 * The first place where `input` nests deeper than MAX_INPUT_DEPTH, as an issue, or null: for hosts
 * to check before handing an input to another thread, whose structured clone (like JSON.stringify)
 * recurses and would overflow its stack. Iterative, and each object is visited once.
 */
export function nestingIssue(input: unknown): ApiIssue | null {
  const visited = new Set<object>();
  const stack: { value: unknown; path: Path }[] = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || visited.has(value)) continue;
    visited.add(value);
    if (path.length >= MAX_INPUT_DEPTH)
      return { path, message: 'errors.tooDeep', params: { max: MAX_INPUT_DEPTH } };
    const entries: [string | number, unknown][] =
      value instanceof Map
        ? [...value.entries()].map(([k, v], i) => [i, [k, v]])
        : value instanceof Set
          ? [...value].map((v, i) => [i, v])
          : Array.isArray(value)
            ? value.map((v, i) => [i, v])
            : Object.entries(value);
    for (const [key, child] of entries)
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, path: [...path, key] });
  }
  return null;
}
