import { useEffect, useRef } from 'react';
import { focusSession } from './session-actions';

/**
 * Where the keyboard focus goes when what the aside shows closes or changes (the session panel,
 * the clash list): back to the session's block when it is on screen, else to what had the focus
 * outside the aside before (Add session, the Clashes toggle), rather than to the page's body.
 * `shown` names what the aside shows (null when nothing); `sessionId` the session it shows.
 */
export function useAsideFocusReturn(shown: string | null, sessionId: number | null): void {
  const lastOutside = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const note = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && !target.closest('aside')) lastOutside.current = target;
    };
    document.addEventListener('focusin', note);
    return () => document.removeEventListener('focusin', note);
  }, []);

  const previous = useRef<{ shown: string | null; sessionId: number | null }>({
    shown: null,
    sessionId: null,
  });
  useEffect(() => {
    const before = previous.current;
    previous.current = { shown, sessionId };
    if (before.shown === null || before.shown === shown) return;
    // Focus that already went somewhere (a click on another block, a dialog) stays there.
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const block = before.sessionId === null ? null : `[data-session-id="${before.sessionId}"]`;
    if (block && document.querySelector(block)) focusSession(before.sessionId!);
    else if (lastOutside.current?.isConnected) lastOutside.current.focus();
  }, [shown, sessionId]);
}
