import { describe, expect, it, vi } from 'vitest';
import { ok, type Envelope } from '../../../shared/api';
import { createInvokeHandler, type InvokeEventLike } from '../../../electron/main/invoke-handler';
import { APP_PAGE_URL } from '../../../electron/main/app-protocol';

const own = APP_PAGE_URL;
const from = (url: string): InvokeEventLike => ({ senderFrame: { url } });

function setup() {
  const dispatch = vi.fn(async (_channel: string, _input: unknown): Promise<Envelope<unknown>> =>
    ok('done'),
  );
  return { dispatch, handle: createInvokeHandler(dispatch, own) };
}

describe('createInvokeHandler', () => {
  it('passes a call from our page, on any route, to the dispatcher', async () => {
    const { dispatch, handle } = setup();
    const reply = await handle(from(`${own}#/meetings/3`), 'meetings.get', { id: 3 });
    expect(reply).toEqual({ ok: true, value: 'done' });
    expect(dispatch).toHaveBeenCalledWith('meetings.get', { id: 3 });
  });

  it('refuses a call from any other page before the backend sees it', async () => {
    const { dispatch, handle } = setup();
    for (const url of [
      'https://evil.example/',
      'file:///opt/Plenary/out/renderer/index.html',
      'app://evil/index.html',
      'about:blank',
    ]) {
      const reply = await handle(from(url), 'meetings.delete', { id: 1 });
      expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone, including one Electron throws on', async () => {
    const { dispatch, handle } = setup();
    expect(await handle({ senderFrame: null }, 'meetings.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const disposed: InvokeEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await handle(disposed, 'meetings.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a channel that is not a string with an error, not a crash', async () => {
    const { dispatch, handle } = setup();
    for (const channel of [undefined, 42, { toString: () => 'meetings.list' }]) {
      expect(await handle(from(own), channel, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
