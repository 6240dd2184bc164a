import type { TableLayout } from '../../../../shared/api/settings';
import { COLUMNS, type ColumnId } from './participant-types';

/** The select box's column, before the data columns. */
export const CHECK_COLUMN_WIDTH = 44;
export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 800;

/**
 * Each column's default track: at least `min` pixels, sharing the spare width by `grow` (0: fixed).
 * A column the user resized keeps its width instead.
 */
const DEFAULTS: Record<ColumnId, { min: number; grow: number }> = {
  name: { min: 170, grow: 1.6 },
  organisation: { min: 160, grow: 1.6 },
  country: { min: 120, grow: 1 },
  region: { min: 120, grow: 1 },
  role: { min: 116, grow: 0 },
  status: { min: 120, grow: 0 },
  email: { min: 180, grow: 1.6 },
};

/** Columns the user cannot hide: a row without a name means nothing. */
export const FIXED_COLUMNS: ReadonlySet<ColumnId> = new Set(['name']);

export const NO_LAYOUT: TableLayout = { widths: {}, hidden: [] };

const known = (id: string): id is ColumnId => (COLUMNS as readonly string[]).includes(id);

/** The columns shown, in display order: all but the hidden ones (never the name). */
export function shownColumns(layout: TableLayout): ColumnId[] {
  const hidden = new Set(layout.hidden.filter(known));
  return COLUMNS.filter((c) => FIXED_COLUMNS.has(c) || !hidden.has(c));
}

const widthOf = (layout: TableLayout, column: ColumnId): number | undefined => {
  const w = layout.widths[column];
  return w === undefined ? undefined : Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w));
};

/** The CSS grid tracks of a row: the select box, then each shown column. */
export function gridTemplate(columns: readonly ColumnId[], layout: TableLayout): string {
  const tracks = columns.map((c) => {
    const width = widthOf(layout, c);
    if (width !== undefined) return `${width}px`;
    const { min, grow } = DEFAULTS[c];
    return grow ? `minmax(${min}px, ${grow}fr)` : `${min}px`;
  });
  return [`${CHECK_COLUMN_WIDTH}px`, ...tracks].join(' ');
}

/** Below this width the table scrolls sideways rather than squeezing its columns. */
export function minTableWidth(columns: readonly ColumnId[], layout: TableLayout): number {
  return columns.reduce(
    (sum, c) => sum + (widthOf(layout, c) ?? DEFAULTS[c].min),
    CHECK_COLUMN_WIDTH,
  );
}

/** The layout with one column's width set (clamped), or forgotten when `width` is null. */
export function withWidth(
  layout: TableLayout,
  column: ColumnId,
  width: number | null,
): TableLayout {
  const widths = { ...layout.widths };
  if (width === null) delete widths[column];
  else widths[column] = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
  return { ...layout, widths };
}

/** The layout with one column shown or hidden (the name column always stays). */
export function withHidden(layout: TableLayout, column: ColumnId, hidden: boolean): TableLayout {
  if (FIXED_COLUMNS.has(column)) return layout;
  const rest = layout.hidden.filter((c) => c !== column);
  return { ...layout, hidden: hidden ? [...rest, column] : rest };
}
