import { create } from 'zustand';

interface SessionMenuState {
  /** The session whose context menu is open, and where (client coordinates); null when closed. */
  open: { sessionId: number; x: number; y: number } | null;
}

/** One context menu for every block, so hundreds of blocks do not each carry a menu. */
export const useSessionMenuStore = create<SessionMenuState>(() => ({ open: null }));

export const openSessionMenu = (sessionId: number, x: number, y: number) =>
  useSessionMenuStore.setState({ open: { sessionId, x, y } });

export const closeSessionMenu = () => useSessionMenuStore.setState({ open: null });
