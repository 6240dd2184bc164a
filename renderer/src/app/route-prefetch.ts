import type { Channel, Input, Output } from '../../../shared/api';
import { call, type Result } from '../lib/api';
import { preloadPage } from './lazy-pages';

/** A prefetched reply older than this is not handed out: the data may have changed since. */
const FRESH_MS = 3000;

interface Prefetch {
  key: string;
  at: number;
  reply: Promise<Result<unknown>>;
}
let prefetched: Prefetch | null = null;

const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input)}`;

function prefetch<C extends Channel>(channel: C, input: Input<C>): void {
  prefetched = { key: keyOf(channel, input), at: performance.now(), reply: call(channel, input) };
}

const ROUTES: [RegExp, (match: RegExpExecArray) => void][] = [
  [
    /^#\/meetings\/(\d+)\/participants\/?$/,
    (m) => prefetch('registrations.listCompact', { meetingId: Number(m[1]) }),
  ],
  [/^#\/countries\/?$/, () => prefetch('countries.list', {})],
];

/**
 * What a screen will wait for, started as soon as the address changes (and, on a fresh page load,
 * while the app boots) rather than once its code has loaded and rendered: the screen's code and
 * the list it shows first. Resolves when the screen's code is in.
 */
export function prefetchRoute(hash: string): Promise<unknown> {
  for (const [route, start] of ROUTES) {
    const match = route.exec(hash);
    if (match) start(match);
  }
  return preloadPage(hash);
}

/** The prefetched reply to this exact call, handed out once while fresh; else a new call. */
export function callPrefetched<C extends Channel>(
  channel: C,
  input: Input<C>,
): Promise<Result<Output<C>>> {
  const waiting = prefetched;
  if (waiting && waiting.key === keyOf(channel, input)) {
    prefetched = null;
    if (performance.now() - waiting.at < FRESH_MS)
      return waiting.reply as Promise<Result<Output<C>>>;
  }
  return call(channel, input);
}
