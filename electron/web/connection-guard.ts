import type { Socket } from 'node:net';

/** How many connections the browser host keeps open, per client address and in all. */
export interface ConnectionLimits {
  perClient: number;
  total: number;
}

/**
 * A browser opens at most six connections to a host per profile (plus the event stream among
 * them); a few tabs and the tests fit well within these.
 */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { perClient: 32, total: 128 };

interface Tracked {
  address: string;
  /** No request has begun on it yet. */
  fresh: boolean;
  /** Requests in flight on it; the event stream stays in flight for as long as it is open. */
  active: number;
  /** It has carried a request with this run's token: the app itself, kept before strangers. */
  trusted: boolean;
  lastActive: number;
}

/**
 * Caps the host's open connections without letting a flood lock the app out. A new connection over
 * a cap does not wait for a slot: the least recently used idle connection (a stranger's before the
 * app's) is closed to make room, so connections opened and left idle by the thousand cost the app
 * nothing; only when every connection is busy with a request is the newcomer refused. A client is
 * its address: on loopback, 127.0.0.1 and 127.0.0.2 are two clients.
 */
export function createConnectionGuard(
  limits: ConnectionLimits,
  refuse: (socket: Socket) => void,
  /** How long a new connection may stay silent (Node's headersTimeout starts at its first byte). */
  silentMs: number,
  now: () => number = () => performance.now(),
) {
  const sockets = new Map<Socket, Tracked>();

  /** The idle connection to close first among those `which` accepts, or null. */
  function victim(which: (t: Tracked) => boolean): Socket | null {
    let best: [Socket, Tracked] | null = null;
    for (const entry of sockets) {
      const t = entry[1];
      if (t.active > 0 || !which(t)) continue;
      if (
        !best ||
        (best[1].trusted && !t.trusted) ||
        (best[1].trusted === t.trusted && t.lastActive < best[1].lastActive)
      )
        best = entry;
    }
    return best?.[0] ?? null;
  }

  /** Makes room under one cap; false when everything under it is busy. */
  function makeRoom(count: number, cap: number, which: (t: Tracked) => boolean): boolean {
    if (count < cap) return true;
    const socket = victim(which);
    if (!socket) return false;
    sockets.delete(socket);
    socket.destroy();
    return true;
  }

  function countOf(address: string): number {
    let n = 0;
    for (const t of sockets.values()) if (t.address === address) n++;
    return n;
  }

  return {
    /** A new connection: admitted (maybe closing an idle one), or refused with `refuse`. */
    admit(socket: Socket): void {
      const address = socket.remoteAddress ?? '';
      const admitted =
        makeRoom(countOf(address), limits.perClient, (t) => t.address === address) &&
        makeRoom(sockets.size, limits.total, () => true);
      if (!admitted) return refuse(socket);
      const tracked = { address, fresh: true, active: 0, trusted: false, lastActive: now() };
      sockets.set(socket, tracked);
      // Node's own timeouts start with the first byte: a connection that never sends one would
      // stay open for ever. One that has sent part of a request is left to Node, which answers 408.
      const silent = setTimeout(() => {
        if (tracked.fresh && socket.bytesRead === 0) socket.destroy();
      }, silentMs);
      silent.unref();
      socket.once('close', () => {
        clearTimeout(silent);
        sockets.delete(socket);
      });
    },
    /** A request began on the connection. */
    busy(socket: Socket): void {
      const t = sockets.get(socket);
      if (!t) return;
      t.fresh = false;
      t.active++;
      t.lastActive = now();
    },
    /** A request ended (answered, or its client went away). */
    idle(socket: Socket): void {
      const t = sockets.get(socket);
      if (!t) return;
      t.active = Math.max(0, t.active - 1);
      t.lastActive = now();
    },
    /** The connection carried this run's token. */
    trust(socket: Socket): void {
      const t = sockets.get(socket);
      if (t) t.trusted = true;
    },
    get open(): number {
      return sockets.size;
    },
  };
}

export type ConnectionGuard = ReturnType<typeof createConnectionGuard>;
