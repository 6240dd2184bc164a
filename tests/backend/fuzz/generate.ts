/**
 * Inputs for one channel, made from its zod schema (so new channels are fuzzed as soon as they are
 * declared): values that follow the schema, the same with one place made hostile, and values that
 * ignore the schema altogether.
 */
import type { z } from 'zod';
import {
  hostileValue,
  HOSTILE_TEXT,
  MEANINGFUL_TEXT,
  NUMBERS,
  PLAIN_TEXT,
  PROTOTYPE_NAMES,
  prototypeKeys,
  type Random,
} from './hostile';

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/** Strings for fields whose name says what they carry (files, searches…), from the harness. */
export type NamedPools = Record<string, readonly unknown[]>;

const defOf = (schema: Schema) => schema._zod.def as Def;

const acceptedCache = new WeakMap<Schema, Map<readonly unknown[], readonly unknown[]>>();

/** Candidates the leaf accepts (its refinements included), else any candidate. */
function acceptable(schema: Schema, candidates: readonly unknown[], r: Random): unknown {
  let bySet = acceptedCache.get(schema);
  if (!bySet) acceptedCache.set(schema, (bySet = new Map()));
  let accepted = bySet.get(candidates);
  if (!accepted) {
    accepted = candidates.filter((c) => (schema as z.ZodType).safeParse(c).success);
    bySet.set(candidates, accepted);
  }
  return r.pick(accepted.length ? accepted : candidates);
}

const TEXT_LIKELY = [...MEANINGFUL_TEXT, ...PLAIN_TEXT];
const TEXT_HOSTILE = [...HOSTILE_TEXT, ...PLAIN_TEXT, 'x'.repeat(300)];
// Ids of the seed's rows come first: most tables hold ids 1 to 3.
const NUMBERS_LIKELY = [1, 1, 1, 2, 2, 3, 4, 5, 0, 540, 600, 1440];

function lengthBounds(def: Def): { min: number; max: number } {
  let min = 0;
  let max = 3;
  for (const check of (def.checks ?? []) as unknown as {
    _zod: { def: Record<string, unknown> };
  }[]) {
    const c = check._zod.def;
    if (c.check === 'min_length') min = Math.max(min, Number(c.minimum));
    if (c.check === 'max_length') max = Math.min(max, Number(c.maximum));
  }
  return { min, max: Math.max(min, max) };
}

/**
 * A value that follows `schema`, picking realistic or hostile text as the leaves allow; with
 * `valid`, only values the leaves accept, so that the handlers behind the schema run too.
 */
export function following(
  schema: Schema,
  r: Random,
  pools: NamedPools,
  key = '',
  depth = 0,
  valid = false,
  place: { parent: string; outer: Schema | null } = { parent: '', outer: null },
): unknown {
  const def = defOf(schema);
  const pool = pools[`${place.parent}.${key}`] ?? pools[key];
  if (pool && r.chance(0.8)) return r.pick(pool);
  // A wrapper (pipe, default…) passes on the outermost schema of its place, whose refinements
  // (a required text's "not blank") the leaf's candidates are then tested against.
  const inner = (child: Schema) =>
    following(child, r, pools, key, depth, valid, { ...place, outer: place.outer ?? schema });
  const next = (child: Schema, name = key, deeper = depth) =>
    following(child, r, pools, name, deeper, valid, { parent: key, outer: null });
  const leaf = place.outer ?? schema;
  switch (def.type) {
    case 'string':
      return acceptable(leaf, valid || r.chance(0.6) ? TEXT_LIKELY : TEXT_HOSTILE, r);
    case 'number':
      return acceptable(leaf, valid || r.chance(0.85) ? NUMBERS_LIKELY : NUMBERS, r);
    case 'boolean':
      return r.chance(0.5);
    case 'null':
      return null;
    case 'enum':
      return r.pick(Object.values(def.entries as Record<string, string>));
    case 'literal':
      return r.pick(def.values as unknown[]);
    case 'optional':
    case 'default':
    case 'prefault':
      return r.chance(0.3) ? undefined : inner(def.innerType as Schema);
    case 'nullable':
      return r.chance(0.25) ? null : inner(def.innerType as Schema);
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType as Schema);
    case 'pipe':
      return inner(def.in as Schema);
    case 'lazy':
      return inner((def.getter as () => Schema)());
    case 'union':
      return inner(r.pick(def.options as Schema[]));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(def.shape as Record<string, Schema>)) {
        const value = next(child, name, depth + 1);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    case 'array': {
      const { min, max } = lengthBounds(def);
      const length = depth > 6 ? min : min + r.int(max - min + 1);
      return Array.from({ length }, () => next(def.element as Schema, key, depth + 1));
    }
    case 'tuple':
      return (def.items as Schema[]).map((item) => next(item, key, depth + 1));
    case 'record': {
      const out: Record<string, unknown> = {};
      for (let i = r.int(3); i > 0; i--) {
        const name = next(def.keyType as Schema, `${key}:key`, depth + 1);
        out[String(name)] = next(def.valueType as Schema, key, depth + 1);
      }
      return out;
    }
    default:
      return hostileValue(r, 1);
  }
}

/** Replaces one randomly chosen place of `value` (or adds a key to an object) with something hostile. */
function spoil(value: unknown, r: Random): unknown {
  if (typeof value !== 'object' || value === null || r.chance(0.2)) return hostileValue(r);
  if (Array.isArray(value)) {
    if (value.length === 0) return [hostileValue(r)];
    const copy = [...value];
    const at = r.int(copy.length);
    copy[at] = spoil(copy[at], r);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || r.chance(0.15)) {
    const extra = prototypeKeys(r);
    return r.chance(0.5) ? { ...copy, ...extra } : Object.assign(extra, copy);
  }
  if (r.chance(0.1)) copy[r.pick(PROTOTYPE_NAMES)] = hostileValue(r);
  const key = r.pick(keys);
  copy[key] = spoil(copy[key], r);
  return copy;
}

/**
 * `count` inputs for a channel, in turn: valid by the schema, following the schema with hostile
 * leaves, one of those spoiled in one place (twice), and anything at all.
 */
export function inputsFor(schema: Schema, count: number, r: Random, pools: NamedPools): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 5;
    if (kind === 0) {
      // Valid as a whole (cross-field rules included) when some try gets there, so the handlers run.
      let value: unknown;
      for (let attempt = 0; attempt < 40; attempt++) {
        value = following(schema, r, pools, '', 0, true);
        if ((schema as z.ZodType).safeParse(value).success) break;
      }
      return value;
    }
    if (kind === 1) return following(schema, r, pools);
    if (kind < 4) return spoil(following(schema, r, pools, '', 0, r.chance(0.5)), r);
    return hostileValue(r);
  });
}
