import type { TFunction } from 'i18next';
import { ACTIVE_STATUSES, type Status } from '../../../../../shared/domain/people';

/** Who a run of badges is for, as the dialog offers it. */
export interface BadgeScope {
  key: 'selected' | 'shown' | 'everyone' | 'one';
  label: string;
  /** The registrations to print, in the view's order; undefined for everyone coming. */
  ids: number[] | undefined;
  count: number;
  /** Declined or cancelled people in the choice, who get no badge. */
  leftOut: number;
}

interface Row {
  id: number;
  status: Status;
}

const NO_BADGE: readonly Status[] = ['declined', 'cancelled'];

function fromRows(key: BadgeScope['key'], label: string, rows: readonly Row[]): BadgeScope {
  const ids = rows.filter((r) => !NO_BADGE.includes(r.status)).map((r) => r.id);
  return { key, label, ids, count: ids.length, leftOut: rows.length - ids.length };
}

/**
 * The choices of the participants view: the selection (when there is one), the rows the
 * filters show (when they hide some), and everyone coming (registered or confirmed).
 */
export function listScopes(
  t: TFunction,
  rows: readonly Row[],
  visible: readonly Row[],
  selected: ReadonlySet<number>,
): BadgeScope[] {
  const scopes: BadgeScope[] = [];
  if (selected.size > 0) {
    const chosen = rows.filter((r) => selected.has(r.id));
    // In the view's order, as the list shows them; selected rows hidden by a filter come last.
    const order = new Map(visible.map((r, i) => [r.id, i]));
    chosen.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    scopes.push(
      fromRows('selected', t('attendance.badges.scopeSelected', { count: chosen.length }), chosen),
    );
  }
  if (visible.length < rows.length)
    scopes.push(
      fromRows('shown', t('attendance.badges.scopeShown', { count: visible.length }), visible),
    );
  const coming = rows.filter((r) => ACTIVE_STATUSES.includes(r.status)).length;
  scopes.push({
    key: 'everyone',
    label: t('attendance.badges.scopeEveryone', { count: coming }),
    ids: undefined,
    count: coming,
    leftOut: 0,
  });
  return scopes;
}

/** The one choice of a person's panel. */
export function personScope(name: string, row: Row): BadgeScope {
  return fromRows('one', name, [row]);
}
