import type { Award, Room, Session, Track } from '../../../shared/domain/agenda';
import type { AwardsRepo } from './awards.repo';
import type { RoomsRepo } from './rooms.repo';
import type { SessionsRepo } from './sessions.repo';

/**
 * One row an agenda edit changed, as it was before and after (null: the row did not exist).
 * Undo writes `before` back, redo writes `after`; each first checks the row is still as the edit
 * left it, so an undo never overwrites a change made since (in another window, or by removing a
 * participant who was on a session).
 */
export type Change =
  | { kind: 'room'; id: number; before: Room | null; after: Room | null }
  | { kind: 'track'; id: number; before: Track | null; after: Track | null }
  | { kind: 'session'; id: number; before: Session | null; after: Session | null }
  | { kind: 'award'; id: number; before: Award | null; after: Award | null }
  | {
      kind: 'colour';
      id: string;
      meetingId: number;
      before: string | null;
      after: string | null;
    };

export interface Repos {
  rooms: RoomsRepo;
  sessions: SessionsRepo;
  awards: AwardsRepo;
}

// Rows are written parents first and deleted children first, so foreign keys hold at every step.
const RANK: Record<Change['kind'], number> = { room: 0, track: 1, session: 2, award: 3, colour: 4 };

/** The row a change is about, as it is now. */
export function current(repos: Repos, change: Change): unknown {
  switch (change.kind) {
    case 'room':
      return repos.rooms.room(change.id);
    case 'track':
      return repos.rooms.track(change.id);
    case 'session':
      return repos.sessions.session(change.id);
    case 'award':
      return repos.awards.award(change.id);
    case 'colour':
      return repos.rooms.colour(change.meetingId, change.id);
  }
}

function write(repos: Repos, change: Change, value: 'before' | 'after'): void {
  switch (change.kind) {
    case 'room': {
      const row = change[value];
      return row ? repos.rooms.putRoom(row) : repos.rooms.deleteRoom(change.id);
    }
    case 'track': {
      const row = change[value];
      return row ? repos.rooms.putTrack(row) : repos.rooms.deleteTrack(change.id);
    }
    case 'session': {
      const row = change[value];
      return row ? repos.sessions.put(row) : repos.sessions.delete(change.id);
    }
    case 'award': {
      const row = change[value];
      return row ? repos.awards.put(row) : repos.awards.delete(change.id);
    }
    case 'colour':
      return repos.rooms.putColour(change.meetingId, change.id, change[value]);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The changes whose row is no longer as `expected` says (`after` for undo, `before` for redo). */
export function staleChanges(repos: Repos, changes: Change[], expected: 'before' | 'after') {
  return changes.filter((c) => !same(current(repos, c), c[expected]));
}

/** Writes every change's `target` side, in an order that keeps foreign keys valid throughout. */
export function writeChanges(repos: Repos, changes: Change[], target: 'before' | 'after'): void {
  const puts = changes
    .filter((c) => c[target] !== null)
    .sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  const deletes = changes
    .filter((c) => c[target] === null)
    .sort((a, b) => RANK[b.kind] - RANK[a.kind]);
  for (const c of puts) write(repos, c, target);
  for (const c of deletes) write(repos, c, target);
}

/**
 * Records what an edit does: call `touch` for every row before changing it; `finish` reads the
 * rows again and returns the changes (rows that ended as they began are left out).
 */
export function changeRecorder(repos: Repos) {
  const touched = new Map<string, Change>();
  return {
    touch(kind: Change['kind'], id: number | string, meetingId = 0): void {
      const key = `${kind}:${id}`;
      if (touched.has(key)) return;
      const change = (
        kind === 'colour'
          ? { kind, id, meetingId, before: null, after: null }
          : { kind, id, before: null, after: null }
      ) as Change;
      (change as { before: unknown }).before = current(repos, change);
      touched.set(key, change);
    },
    /** Records a row the edit has just created: it did not exist before. */
    created(kind: Exclude<Change['kind'], 'colour'>, id: number): void {
      touched.set(`${kind}:${id}`, { kind, id, before: null, after: null } as Change);
    },
    finish(): Change[] {
      const out: Change[] = [];
      for (const change of touched.values()) {
        (change as { after: unknown }).after = current(repos, change);
        if (!same(change.before, change.after)) out.push(change);
      }
      return out;
    },
  };
}
