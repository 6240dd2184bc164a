import { useEffect, useMemo, useState } from 'react';
import type { ApiError, Output } from '../../../../shared/api';
import { call } from '../../lib/api';
import { useParticipantsStore } from './participants.store';

export type DirectoryPerson = Output<'people.directory'>[number];

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150;

interface DirectorySearch {
  /** The people found for `query` (accents and case ignored), at most `limit`. */
  people: DirectoryPerson[];
  /** The query those people answer; differs from the typed one while a search is on its way. */
  answered: string;
  error: ApiError | null;
}

const NOTHING: DirectorySearch = { people: [], answered: '', error: null };

/** Searches the people directory as the user types; an empty query finds nobody. */
export function useDirectorySearch(query: string, limit: number): DirectorySearch {
  const [state, setState] = useState(NOTHING);
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    // Replies can cross when typing fast: a search that is no longer wanted drops its answer.
    let live = true;
    const timer = setTimeout(() => {
      void call('people.directory', { query: trimmed, limit }).then((result) => {
        if (!live) return;
        setState(
          result.ok
            ? { people: result.value, answered: trimmed, error: null }
            : { people: [], answered: trimmed, error: result.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trimmed, limit]);
  return trimmed ? state : NOTHING;
}

/** The people already registered to the meeting on screen: they cannot be registered again. */
export function useRegisteredPeople(): ReadonlySet<number> {
  const rows = useParticipantsStore((s) => s.rows);
  return useMemo(() => new Set(rows.map((r) => r.personId)), [rows]);
}
