import type { Channel, Envelope, EventName, Input, Output } from '../../../shared/api';

/** How the renderer reaches the backend: Electron's preload, or HTTP to the browser host. */
interface Transport {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(listener: (event: EventName, payload: unknown) => void): () => void;
}

interface PreloadBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(listener: (event: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    plenary?: PreloadBridge;
  }
}

const TOKEN_KEY = 'plenary.token';

/** Takes the per-run token from the address once, keeps it for this tab and hides it from the bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  return {
    async invoke(channel, input) {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'errors.hostUnreachable' },
        };
      }
    },
    on(listener) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        const { event, payload } = JSON.parse(message.data) as {
          event: EventName;
          payload: unknown;
        };
        listener(event, payload);
      };
      return () => source.close();
    },
  };
}

function electronTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (channel, input) => bridge.invoke(channel, input),
    on: (listener) => bridge.on((event, payload) => listener(event as EventName, payload)),
  };
}

const transport: Transport = window.plenary ? electronTransport(window.plenary) : httpTransport();

export type Result<T> = Envelope<T>;

const databaseLost = new Set<() => void>();

/** Told when a call finds the database locked or damaged (say, damage found while working). */
export function onDatabaseLost(listener: () => void): () => void {
  databaseLost.add(listener);
  return () => databaseLost.delete(listener);
}

/** Calls one channel of the contract; never throws, the reply says whether it worked. */
export async function call<C extends Channel>(
  channel: C,
  input: Input<C>,
): Promise<Result<Output<C>>> {
  const reply = (await transport.invoke(channel, input)) as Result<Output<C>>;
  if (!reply.ok && ['database_damaged', 'database_locked'].includes(reply.error.code))
    databaseLost.forEach((listener) => listener());
  return reply;
}

const listeners = new Set<(event: EventName, payload: unknown) => void>();
let unsubscribe: (() => void) | null = null;

/** Subscribes to backend events over one shared connection. */
export function onBackendEvent(listener: (event: EventName, payload: unknown) => void): () => void {
  listeners.add(listener);
  unsubscribe ??= transport.on((event, payload) => listeners.forEach((l) => l(event, payload)));
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}
