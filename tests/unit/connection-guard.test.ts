import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createConnectionGuard } from '../../electron/web/connection-guard';

/** A connection as the guard sees it: an address, and a close when it is destroyed. */
function fakeSocket(address: string) {
  const socket = Object.assign(new EventEmitter(), {
    remoteAddress: address,
    bytesRead: 0,
    destroyed: false,
    destroy() {
      if (socket.destroyed) return;
      socket.destroyed = true;
      socket.emit('close');
    },
  });
  return socket as unknown as Socket & { destroyed: boolean };
}

function guardWith(perClient: number, total: number) {
  let clock = 0;
  const refused: Socket[] = [];
  const guard = createConnectionGuard(
    { perClient, total },
    (s) => {
      refused.push(s);
      s.destroy();
    },
    60_000,
    () => ++clock,
  );
  const open = (address = '127.0.0.1') => {
    const socket = fakeSocket(address);
    guard.admit(socket);
    return socket;
  };
  return { guard, refused, open };
}

describe('the connection guard', () => {
  it('never holds more than its caps through 20,000 idle connections', () => {
    const { guard, open } = guardWith(32, 128);
    let most = 0;
    for (let i = 0; i < 20_000; i++) {
      open(`127.0.0.${1 + (i % 7)}`);
      most = Math.max(most, guard.open);
    }
    expect(most).toBe(128);
  });

  it('closes the least recently used idle connection of the same client to admit a new one', () => {
    const { guard, open } = guardWith(3, 100);
    const [a, b, c] = [open(), open(), open()];
    guard.busy(a);
    guard.idle(a);
    const d = open();
    expect([a.destroyed, b.destroyed, c.destroyed, d.destroyed]).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(guard.open).toBe(3);
  });

  it('closes strangers’ idle connections before the app’s', () => {
    const { guard, open } = guardWith(100, 3);
    const app = open();
    guard.busy(app);
    guard.trust(app);
    guard.idle(app);
    const strangers = [open(), open()];
    const newcomer = open();
    expect(app.destroyed).toBe(false);
    expect(strangers.map((s) => s.destroyed)).toEqual([true, false]);
    expect(newcomer.destroyed).toBe(false);
  });

  it('never closes a connection with a request in flight: the newcomer is refused instead', () => {
    const { guard, open, refused } = guardWith(2, 2);
    const busy = [open(), open()];
    for (const s of busy) guard.busy(s);
    const newcomer = open();
    expect(refused).toEqual([newcomer]);
    expect(busy.map((s) => s.destroyed)).toEqual([false, false]);
  });

  it('leaves one client’s room alone when another floods', () => {
    const { open } = guardWith(4, 100);
    const quiet = [open('127.0.0.9'), open('127.0.0.9')];
    for (let i = 0; i < 1000; i++) open('127.0.0.2');
    expect(quiet.map((s) => s.destroyed)).toEqual([false, false]);
  });
});
