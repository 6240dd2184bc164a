import { useMemo } from 'react';
import { create } from 'zustand';
import type { Output } from '../../../../../shared/api';

export type Presence = Output<'attendance.presence'>;
export const PRESENCE_CHOICES = ['present', 'notArrived'] as const;
export type PresenceChoice = (typeof PRESENCE_CHOICES)[number];

interface PresenceFilterState {
  /** The meeting the presence and the choice belong to. */
  meetingId: number | null;
  presence: Presence | null;
  chosen: PresenceChoice[];
  load(meetingId: number, presence: Presence): void;
  choose(chosen: PresenceChoice[]): void;
}

/** The participants view's "present today" / "not yet arrived" filter: what is chosen, and who. */
export const usePresenceFilterStore = create<PresenceFilterState>((set, get) => ({
  meetingId: null,
  presence: null,
  chosen: [],
  load(meetingId, presence) {
    set(get().meetingId === meetingId ? { presence } : { meetingId, presence, chosen: [] });
  },
  choose(chosen) {
    set({ chosen });
  },
}));

/** The registrations the filter lets through in this meeting, or null when it is off. */
export function usePresenceIds(meetingId: number | null): ReadonlySet<number> | null {
  const owner = usePresenceFilterStore((s) => s.meetingId);
  const presence = usePresenceFilterStore((s) => s.presence);
  const chosen = usePresenceFilterStore((s) => s.chosen);
  return useMemo(() => {
    if (owner !== meetingId || !presence || chosen.length === 0) return null;
    return new Set(chosen.flatMap((c) => presence[c]));
  }, [owner, meetingId, presence, chosen]);
}
