import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/api/channel-names';
import { contract } from '../../../shared/api';
import { createBridge, type IpcRendererLike } from '../../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for ipcRenderer that records what the bridge sends and lets the test emit events. */
function fakeIpc() {
  const sent: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike = {
    invoke: async (...args) => {
      sent.push(args);
      return { ok: true, value: null };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer itself' }, ...args));
  return { ipc, sent, emit, listeners };
}

const names = { invoke: 'plenary:invoke', event: 'plenary:event' };

describe('the preload channel list', () => {
  it('names exactly the contract’s channels, once each', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });
});

describe('createBridge', () => {
  it('exposes invoke and on, nothing else', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc, CHANNEL_NAMES, names)).sort()).toEqual([
      'invoke',
      'on',
    ]);
  });

  it('forwards a contract channel through the one invoke IPC name', async () => {
    const { ipc, sent } = fakeIpc();
    await createBridge(ipc, CHANNEL_NAMES, names).invoke('meetings.list', { q: 1 });
    expect(sent).toEqual([['plenary:invoke', 'meetings.list', { q: 1 }]]);
  });

  it('answers an unknown or non-string channel itself, without any IPC', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc, CHANNEL_NAMES, names);
    for (const channel of ['plenary:invoke', 'fs.readFile', '__proto__', 'toString', 42]) {
      const reply = await bridge.invoke(channel as string, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(sent).toEqual([]);
  });

  it('gives listeners the event name and payload, never Electron’s event object', () => {
    const { ipc, emit } = fakeIpc();
    const seen: unknown[][] = [];
    createBridge(ipc, CHANNEL_NAMES, names).on((...args) => seen.push(args));
    emit('plenary:event', 'data.changed', { feature: 'meetings' });
    emit('some-other-channel', 'data.changed', { feature: 'x' });
    expect(seen).toEqual([['data.changed', { feature: 'meetings' }]]);
  });

  it('stops calling a listener once it unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const seen: unknown[] = [];
    const off = createBridge(ipc, CHANNEL_NAMES, names).on((event) => seen.push(event));
    off();
    emit('plenary:event', 'data.changed', {});
    expect(seen).toEqual([]);
    expect(listeners.get('plenary:event')?.size).toBe(0);
  });
});

/**
 * Run-time imports of a TypeScript file (`import type` is erased), relative ones resolved to
 * absolute .ts paths, bare names as they are.
 */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8').replace(/^\s*(?:import|export) type\s[^;]*;/gm, '');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)].map(
    (m) => m[1]!,
  );
  return specifiers.map((s) =>
    s.startsWith('.') ? path.resolve(path.dirname(file), `${s}.ts`) : s,
  );
}

describe('the sandboxed preload', () => {
  it('requires nothing at run time but electron (a sandboxed preload cannot load packages)', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const dep of importsOf(file)) {
        if (path.isAbsolute(dep)) walk(dep);
        else bare.add(dep);
      }
    };
    walk(path.resolve('electron/preload/index.ts'));
    expect([...bare]).toEqual(['electron']);
    expect(seen.size).toBeGreaterThan(1);
  });
});
