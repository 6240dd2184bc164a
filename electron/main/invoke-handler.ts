import { fail, type Envelope } from '../../shared/api';
import { isOwnPage } from './security';

/** The part of Electron's IpcMainInvokeEvent the sender check reads (kept structural for tests). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The backend's dispatcher: parses the input against the contract before any handler runs. */
export type DispatchFn = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** The sender's URL, or undefined when the frame is gone (Electron throws on a disposed frame). */
function senderUrl(event: InvokeEventLike): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/**
 * The one IPC entry point: a call from any page but our own is refused before it reaches the
 * backend, and a channel that is not a string never reaches the dispatcher.
 */
export function createInvokeHandler(dispatch: DispatchFn, rendererUrl: string) {
  return async (
    event: InvokeEventLike,
    channel: unknown,
    input: unknown,
  ): Promise<Envelope<unknown>> => {
    if (!isOwnPage(senderUrl(event), rendererUrl))
      return fail('unauthorized', 'Calls are accepted only from Plenary’s own window.');
    if (typeof channel !== 'string') return fail('unknown_channel', 'The channel name is missing.');
    return dispatch(channel, input);
  };
}
