import type { Envelope, ErrorCode, EventName } from '../../../shared/api';
import type { KeyStoreStatus, SessionHost } from '../backup/session';
import type { Dialogs } from '../dialogs';
import { DomainError } from '../errors';

/**
 * The messages between the backend's worker thread and its host (Electron's main process or the
 * browser host). Everything crosses by structured clone, so only plain data travels.
 */

/** What the worker is started with (its workerData). */
export interface WorkerStart {
  /** The primary runs every channel and owns writes; a reader serves read-only channels. */
  role: 'primary' | 'reader';
  dataDir: string;
  appVersion?: string;
  checkOutput?: boolean;
  nativeBinding?: string;
  /** Whether the host answers dialog requests (Electron does; the browser host has no dialogs). */
  dialogsAvailable: boolean;
  /** Tests only: the backend's clock runs this far (ms) ahead of the real one. */
  clockOffsetMs?: number;
  /** The key of an encrypted database, when the host holds it (remembered, or unlocked before). */
  key?: string | null;
  /** Whether the host can remember the key on this computer, and does. */
  keyStore?: KeyStoreStatus;
  /** Make the daily backup while running (the primary of a shell). */
  dailyBackups?: boolean;
  /**
   * Prepare the PDF layer (fonts, shaping tables, compiled code) in the background, starting this
   * many milliseconds after the database opens, so the first document asked for comes out warm.
   */
  warmUpPdfAfterMs?: number;
}

/** The requests a worker makes of its host and what each resolves to. */
export interface HostRequests {
  'dialogs.saveFile': {
    args: Parameters<Dialogs['saveFile']>[0];
    result: Awaited<ReturnType<Dialogs['saveFile']>>;
  };
  'dialogs.openFile': {
    args: Parameters<Dialogs['openFile']>[0];
    result: Awaited<ReturnType<Dialogs['openFile']>>;
  };
  'session.update': { args: Parameters<SessionHost['update']>[0]; result: void };
  'session.stopReader': { args: Record<string, never>; result: void };
}
export type HostMethod = keyof HostRequests;

/** An error as it crosses the thread boundary: a DomainError keeps its code. */
export interface WireError {
  code?: ErrorCode;
  message: string;
  stack?: string;
}

export type ToWorker =
  /** Opens the database (again, after a suspend: with the key given, when one is). */
  | { kind: 'open'; key?: string | null }
  /** Closes the database but keeps the thread, its code loaded, for a quick open again. */
  | { kind: 'suspend' }
  | { kind: 'call'; id: number; channel: string; input: unknown }
  | { kind: 'host-reply'; id: number; ok: true; value: unknown }
  | { kind: 'host-reply'; id: number; ok: false; error: WireError }
  | { kind: 'close' }
  /** Tests only: moves a worker started with clockOffsetMs on by `ms`. */
  | { kind: 'advance-clock'; ms: number };

export type FromWorker =
  | { kind: 'ready'; databaseFile: string; readerAllowed: boolean }
  | { kind: 'startup-failed'; error: WireError }
  | { kind: 'reply'; id: number; envelope: Envelope<unknown> }
  | { kind: 'event'; event: EventName; payload: unknown }
  | { kind: 'host-request'; id: number; method: HostMethod; args: unknown }
  | { kind: 'log'; message: string; error: WireError }
  | { kind: 'suspended' }
  | { kind: 'closed' };

/** Flattens an error for the wire; only a DomainError's code survives as a code. */
export function toWireError(error: unknown): WireError {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  if (error instanceof Error)
    return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { message: String(error) };
}

/** The error again on the other side: a DomainError stays one, so shells show its message as is. */
export function fromWireError(wire: WireError): Error {
  if (wire.code) return new DomainError(wire.code, wire.message);
  const error = new Error(wire.message);
  if (wire.stack) error.stack = wire.stack;
  return error;
}
