/**
 * Values a fuzzer throws at the contract: text people really write, next to control characters,
 * broken characters, SQL, FTS5 and HTML fragments, prototype names and values of every wrong type.
 */
import { createRandom } from '../../../electron/backend/demo/seeded-random';

export type Random = ReturnType<typeof createRandom> & {
  int(max: number): number;
  chance(p: number): boolean;
};

export function seeded(seed: number): Random {
  const r = createRandom(seed);
  return { ...r, int: (max) => Math.floor(r.next() * max), chance: (p) => r.next() < p };
}

export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

export const CONTROL_TEXT = [
  '\u0000',
  'Awa\u0000Diop',
  '\u0007bell',
  '\u001b[31mred\u001b[0m',
  'del\u007f',
  'next line\u0085',
  'csi\u009b',
  'tab\there',
  'two\nlines',
  'crlf\r\n',
  '\u000b\u000c',
];

export const BROKEN_TEXT = ['\ud800', 'x\udfffy', '\udc00\ud800', 'emoji half \ud83d', '\ude00'];

export const INJECTION_TEXT = [
  "'; DROP TABLE meeting; --",
  '" OR 1=1 --',
  "' OR ''='",
  '%',
  '_',
  '\\',
  '*',
  '"',
  'NEAR(a b)',
  'a OR b NOT c',
  '^prefix',
  'title:x',
  '{col}: x',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&amp;&lt;',
  '{{constructor.constructor("return 1")()}}',
  '${process.exit()}',
  '=cmd|"/c calc"!A1',
  '../../etc/passwd',
];

export const PLAIN_TEXT = [
  '',
  ' ',
  'a',
  'ma',
  'Núñez',
  'cote d',
  "O'Brien",
  'Jean-Pierre',
  'محمد',
  '李小龙',
  'Шевченко',
  '👩‍👩‍👧',
  '\u202eevil',
  'zero\u200bwidth',
  'e\u0301',
  'Ministère de l’Intérieur',
];

/** Strings that refinements accept: country, language, day, time zone, colour, email, ISO instant. */
export const MEANINGFUL_TEXT = [
  'FR',
  'BJ',
  'CI',
  'XK',
  'ZZ',
  'fr',
  'en',
  'ar',
  '2026-09-22',
  '2026-09-23',
  '2026-11-14',
  '2026-02-30',
  '0226-09-22',
  '2026-09-22T09:00:00.000Z',
  'Africa/Porto-Novo',
  'Europe/Paris',
  'Mars/Olympus',
  '#1c7ed6',
  'awa.diop@example.org',
  'not-an-email',
  '12',
  'widths',
  'givenNames',
  'csv',
  'xlsx',
  'pdf',
  'delegate',
  'confirmed',
];

export const HOSTILE_TEXT = [
  ...CONTROL_TEXT,
  ...BROKEN_TEXT,
  ...INJECTION_TEXT,
  ...PROTOTYPE_NAMES,
];

export const NUMBERS = [
  0,
  1,
  2,
  3,
  4,
  5,
  7,
  -1,
  1.5,
  540,
  600,
  1440,
  2 ** 31,
  2 ** 53 - 1,
  2 ** 53 + 2,
  1e20,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

/** A nesting `depth` deep, as an array or an object chain. */
export function nested(depth: number, inObjects: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = inObjects ? { a: value } : [value];
  return value;
}

/** An object whose own keys are prototype names, as JSON.parse makes them (an own `__proto__`). */
export function prototypeKeys(r: Random): Record<string, unknown> {
  const value: unknown = r.pick<unknown>([{ polluted: true }, null, 'x', 1, [], { toString: 'x' }]);
  return JSON.parse(`{"${r.pick(PROTOTYPE_NAMES)}": ${JSON.stringify(value)}, "a": 1}`) as Record<
    string,
    unknown
  >;
}

/** Huge and deep values: costly to make and to refuse, so one hostile value in ten. */
function heavyValue(r: Random): unknown {
  switch (r.int(4)) {
    case 0:
      return 'x'.repeat(r.pick([5_001, 100_001, 1_000_000]));
    case 1:
      return nested(r.pick([40, 1_000, 20_000]), r.chance(0.5));
    case 2:
      return Array.from({ length: r.pick([1_000, 100_001]) }, (_, i) => i + 1);
    default:
      return Object.fromEntries(
        Array.from({ length: r.pick([50, 5_000]) }, (_, i) => [`k${i}`, i]),
      );
  }
}

/** A value of any kind at all, weighted towards the troublesome. */
export function hostileValue(r: Random, budget = 3): unknown {
  if (r.chance(0.1)) return heavyValue(r);
  switch (r.int(16)) {
    case 0:
      return r.pick(HOSTILE_TEXT);
    case 1:
      return r.pick(PLAIN_TEXT);
    case 2:
      return r.pick(NUMBERS);
    case 3:
      return r.pick([true, false, null, undefined]);
    case 4:
      return 'x'.repeat(r.pick([201, 301, 5_001]));
    case 5:
      return `${r.pick(PLAIN_TEXT)}${r.pick([...CONTROL_TEXT, ...BROKEN_TEXT])}`;
    case 6:
      return nested(r.pick([5, 40]), r.chance(0.5));
    case 7:
      return Array.from({ length: r.pick([0, 1, 200]) }, (_, i) => i + 1);
    case 8:
      return prototypeKeys(r);
    case 9:
      return { [r.pick(PROTOTYPE_NAMES)]: r.pick(PLAIN_TEXT), [r.pick(PLAIN_TEXT)]: 1 };
    case 10:
      return budget > 0 ? Array.from({ length: r.int(4) }, () => hostileValue(r, budget - 1)) : [];
    case 11:
      return budget > 0
        ? Object.fromEntries(
            Array.from({ length: r.int(4) }, () => [
              r.pick([...PLAIN_TEXT, ...HOSTILE_TEXT]),
              hostileValue(r, budget - 1),
            ]),
          )
        : {};
    case 12:
      return r.pick(MEANINGFUL_TEXT);
    case 13:
      return r.pick(INJECTION_TEXT);
    case 14:
      return r.pick([BigInt(1), new Date(0), new Map([[1, 2]]), new Set([1]), new Uint8Array(3)]);
    default:
      return r.pick(BROKEN_TEXT);
  }
}
