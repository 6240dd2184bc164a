import { describe, expect, it } from 'vitest';
import {
  NO_LAYOUT,
  gridTemplate,
  minTableWidth,
  shownColumns,
  withHidden,
  withWidth,
} from '../../../renderer/src/features/participants/participant-columns';

describe('participants columns', () => {
  it('shows every column by default, each growing from its minimum', () => {
    const columns = shownColumns(NO_LAYOUT);
    expect(columns).toEqual([
      'name',
      'organisation',
      'country',
      'region',
      'role',
      'status',
      'email',
    ]);
    expect(gridTemplate(columns, NO_LAYOUT)).toBe(
      '44px minmax(170px, 1.6fr) minmax(160px, 1.6fr) minmax(120px, 1fr) minmax(120px, 1fr) 116px 120px minmax(180px, 1.6fr)',
    );
    expect(minTableWidth(columns, NO_LAYOUT)).toBe(1030);
  });

  it('hides columns but never the name, and forgets columns it does not know', () => {
    let layout = withHidden(NO_LAYOUT, 'email', true);
    layout = withHidden(layout, 'region', true);
    layout = withHidden(layout, 'name', true);
    expect(shownColumns(layout)).toEqual(['name', 'organisation', 'country', 'role', 'status']);
    expect(shownColumns({ widths: {}, hidden: ['email', 'phone'] })).not.toContain('email');
    expect(shownColumns(withHidden(layout, 'email', false))).toContain('email');
  });

  it('keeps a resized column at its width, within bounds, until it is reset', () => {
    const columns = shownColumns(NO_LAYOUT);
    const wide = withWidth(NO_LAYOUT, 'name', 333.4);
    expect(wide.widths).toEqual({ name: 333 });
    expect(gridTemplate(columns, wide)).toMatch(/^44px 333px minmax\(160px, 1.6fr\)/);
    expect(minTableWidth(columns, wide)).toBe(1030 - 170 + 333);
    expect(withWidth(NO_LAYOUT, 'email', 5).widths.email).toBe(60);
    expect(withWidth(NO_LAYOUT, 'email', 5000).widths.email).toBe(800);
    expect(withWidth(wide, 'name', null)).toEqual(NO_LAYOUT);
  });
});
