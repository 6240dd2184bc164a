import path from 'node:path';
import { Database } from '../../../electron/backend/db/sqlite';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../../shared/api';
import type { HostHandle } from '../fixtures';
import { seedProgramme, type Caller } from '../agenda-grid-seed';

/** The backend as a test's "given": each call must succeed. */
export function caller(host: HostHandle): Caller {
  return (async <C extends Channel>(channel: C, input: Input<C>) => {
    const reply = await host.backend.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel} refused: ${JSON.stringify(reply.error)}`);
    return reply.value as Output<C>;
  }) as Caller;
}

/**
 * Another program writing to the database file (another window, a script), outside the app's
 * history: its own connection, since the fixture's is read-only.
 */
export function writeBehindTheApp(host: HostHandle, sql: string, ...params: unknown[]): void {
  const db = new Database(path.join(host.dataDir, 'plenary.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export const MEETING_DAYS = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17'];

/** The specialists group's meeting in Lyon with its ten rooms and four-day programme. */
export async function seedLyon(host: HostHandle, options: { sessions?: boolean } = {}) {
  const call = caller(host);
  const meeting = await call('meetings.create', {
    title: 'Specialists Group on Crimes against Children',
    kind: 'specialists_group',
    startDate: MEETING_DAYS[0]!,
    endDate: MEETING_DAYS[3]!,
    timeZone: 'Europe/Paris',
  });
  const seeded = await seedProgramme(call, meeting.id, MEETING_DAYS, options);
  return { meetingId: meeting.id, ...seeded, call };
}

/** The programme page: toolbar, views, blocks, side panel and the keyboard's announcements. */
export class AgendaPage {
  constructor(readonly page: Page) {}

  async open(host: HostHandle, meetingId: number) {
    await this.page.goto(`${host.origin}/#/meetings/${meetingId}/agenda`);
    await this.page.reload();
    await expect(this.page.getByRole('heading', { name: /^(Programme)$/, level: 2 })).toBeVisible();
  }

  /** The day view's (or room view's) scrolling grid. */
  get grid(): Locator {
    return this.page.getByTestId('timetable');
  }

  /** A session's block, by the start of its accessible name (its title). */
  block(title: string | RegExp): Locator {
    const name = typeof title === 'string' ? new RegExp(`^${escape(title)},`) : title;
    return this.page.getByRole('button', { name });
  }

  /** The words dnd-kit's live region says to screen readers. */
  get announcement(): Locator {
    return this.page.locator('[id^="DndLiveRegion"]');
  }

  get clashesButton(): Locator {
    return this.page.getByRole('button', { name: /^(\d+ clash(es)?|\d+ conflits?)$/ });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', {
      name: /^(Undo|Annuler|Nothing to undo|Rien à annuler)/,
    });
  }

  get redoButton(): Locator {
    return this.page.getByRole('button', {
      name: /^(Redo|Rétablir|Nothing to redo|Rien à rétablir)/,
    });
  }

  /** The side panel beside the grid, by its name ("Session: …", "New session: …"). */
  panel(name: string | RegExp): Locator {
    return this.page.getByRole('complementary', { name });
  }

  async view(label: 'Day' | 'All days' | 'By room' | 'List' | string) {
    await this.page
      .getByRole('radiogroup', { name: /View|Affichage/ })
      .getByText(label, { exact: true })
      .click();
  }

  async day(name: RegExp) {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Picks values in one of the toolbar's filters (Track, Type, Room), then closes it. */
  async filter(label: string, ...options: string[]) {
    await this.page.getByRole('button', { name: new RegExp(`^Filter by ${label}`) }).click();
    const list = this.page.getByRole('listbox', { name: label });
    for (const option of options)
      await list.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** The column of a room (or day) in the grid, by its index from the start. */
  column(index: number): Locator {
    return this.grid.locator('[data-column-key]').nth(index);
  }

  /**
   * Drags with the mouse from a point of `from` to a point of `to` (offsets inside each box),
   * in small steps as a hand would, so dnd-kit's pointer sensor starts and follows the drag.
   */
  async drag(from: Locator, to: Locator, offset: { fromY?: number; toY: number; toX?: number }) {
    const fromY = async () => {
      const box = (await from.boundingBox())!;
      return box.y + (offset.fromY ?? Math.min(box.height / 2, 12));
    };
    // The grid scrolls by itself when the pointer nears its edges: start from its middle.
    await from.evaluate(
      (el, y) => {
        const grid = el.closest('[data-testid="timetable"]');
        const box = grid?.getBoundingClientRect();
        if (grid && box) grid.scrollTop += y - (box.top + box.height / 2);
      },
      await fromY(),
    );
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    const startX = a.x + a.width / 2;
    const startY = await fromY();
    await this.page.mouse.move(startX, startY);
    await this.page.mouse.down();
    await this.page.mouse.move(startX + 2, startY + 6, { steps: 3 });
    await this.page.mouse.move(b.x + (offset.toX ?? b.width / 2), b.y + offset.toY, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drags a block's top or bottom edge by `dy` pixels (one pixel is one minute). */
  async resize(block: Locator, edge: 'start' | 'end', dy: number) {
    await block.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await block.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = edge === 'end' ? box.y + box.height - 2 : box.y + 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y + Math.sign(dy) * 6, { steps: 3 });
    await this.page.mouse.move(x, y + dy, { steps: 10 });
    await this.page.mouse.up();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
