import type { Role, Status } from '../../../../shared/domain/people';
import { call, type Result } from '../../lib/api';
import type { Participant } from './participant-types';

export type BulkChange =
  | { field: 'status'; value: Status }
  | { field: 'role'; value: Role }
  /** This meeting's own answer on being named in its list of participants. */
  | { field: 'consentToList'; value: boolean };

/** Calls bulkUpdate for each group of ids that should get the same value; stops at the first error. */
async function applyGroups(groups: BulkChange[], idsOf: (g: BulkChange) => number[]) {
  let updated = 0;
  for (const group of groups) {
    const ids = idsOf(group);
    if (ids.length === 0) continue;
    const result = await call('registrations.bulkUpdate', { ids, [group.field]: group.value });
    if (!result.ok) return result;
    updated += result.value.updated;
  }
  return { ok: true as const, value: { updated } };
}

/**
 * Applies one change to many registrations and returns how to take it back: the previous value of
 * each row, grouped, so undo is one bulkUpdate per distinct previous value.
 */
export async function applyBulkChange(
  change: BulkChange,
  ids: readonly number[],
  rows: readonly Participant[],
): Promise<Result<{ updated: number; undo: () => Promise<Result<{ updated: number }>> }>> {
  const wanted = new Set(ids);
  const previous = new Map<BulkChange['value'], number[]>();
  for (const r of rows) {
    if (!wanted.has(r.id)) continue;
    const before = r[change.field];
    if (before === change.value) continue;
    previous.set(before, [...(previous.get(before) ?? []), r.id]);
  }
  const result = await call('registrations.bulkUpdate', {
    ids: [...ids],
    [change.field]: change.value,
  });
  if (!result.ok) return result;
  const groups = [...previous.keys()].map(
    (value) => ({ field: change.field, value }) as BulkChange,
  );
  return {
    ok: true,
    value: {
      updated: result.value.updated,
      undo: () => applyGroups(groups, (g) => previous.get(g.value) ?? []),
    },
  };
}
