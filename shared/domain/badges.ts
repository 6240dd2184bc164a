/**
 * Badges: the printed layouts (one A6 card, or A4 sheets of four and of eight cut along marks),
 * where each badge sits on its sheet, front and back, the optional fields an organiser may add,
 * and the colour of each role's band. Pure: the PDF is drawn from these in the backend, and the
 * dialog shows the same choices.
 */
import type { Role } from './people';

export const BADGE_LAYOUTS = ['a6', 'a4x4', 'a4x8'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

/**
 * What an organiser may add to the badges: the job title and the workshop region on the front;
 * dietary and accessibility needs on the back (for the catering and the venue's staff, out of
 * sight while the badge is worn).
 */
export const BADGE_FIELDS = ['position', 'region', 'dietary', 'accessibility'] as const;
export type BadgeField = (typeof BADGE_FIELDS)[number];
export const BACK_FIELDS: readonly BadgeField[] = ['dietary', 'accessibility'];

/** True when the chosen fields need a back side. */
export const hasBack = (fields: readonly BadgeField[]): boolean =>
  fields.some((f) => BACK_FIELDS.includes(f));

/** Millimetres to PDF points. */
export const MM = 72 / 25.4;

interface Geometry {
  /** The sheet, in millimetres (portrait). */
  page: { width: number; height: number };
  /** One badge, in millimetres. */
  badge: { width: number; height: number };
  columns: number;
  rows: number;
  /** Cut marks around the grid: a sheet of several badges is cut along them. */
  cutMarks: boolean;
}

/**
 * The geometry of each layout. A6 is a whole card (105 × 148 mm), for A6 card stock or a printer's
 * A6 tray. The sheets leave margins wide enough for the marks and for printers that cannot print
 * to the edge: four badges of 95 × 135 mm fit the usual A6 badge holders, eight of 95 × 67 mm the
 * landscape ones.
 */
export const BADGE_GEOMETRY: Record<BadgeLayout, Geometry> = {
  a6: {
    page: { width: 105, height: 148 },
    badge: { width: 105, height: 148 },
    columns: 1,
    rows: 1,
    cutMarks: false,
  },
  a4x4: {
    page: { width: 210, height: 297 },
    badge: { width: 95, height: 135 },
    columns: 2,
    rows: 2,
    cutMarks: true,
  },
  a4x8: {
    page: { width: 210, height: 297 },
    badge: { width: 95, height: 67 },
    columns: 2,
    rows: 4,
    cutMarks: true,
  },
};

export const badgesPerSheet = (layout: BadgeLayout): number =>
  BADGE_GEOMETRY[layout].columns * BADGE_GEOMETRY[layout].rows;

/** A badge's place on its sheet, in millimetres from the sheet's top-left corner. */
export interface Slot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The grid's top-left corner: the badges are centred on the sheet, edge to edge. */
function gridOrigin(g: Geometry): { x: number; y: number } {
  return {
    x: (g.page.width - g.columns * g.badge.width) / 2,
    y: (g.page.height - g.rows * g.badge.height) / 2,
  };
}

/**
 * Where the badge at `index` (0-based, on its sheet) goes. The back of a sheet is printed on the
 * reverse (duplex, flipped on the long edge), so its columns run the other way: each back lands
 * behind its own front.
 */
export function badgeSlot(layout: BadgeLayout, index: number, side: 'front' | 'back'): Slot {
  const g = BADGE_GEOMETRY[layout];
  const row = Math.floor(index / g.columns);
  const column = index % g.columns;
  const shown = side === 'front' ? column : g.columns - 1 - column;
  const origin = gridOrigin(g);
  return {
    x: origin.x + shown * g.badge.width,
    y: origin.y + row * g.badge.height,
    width: g.badge.width,
    height: g.badge.height,
  };
}

/** A short line to cut along, in millimetres: from (x1, y1) to (x2, y2). */
export interface CutMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How far a mark stays from the badges, and how long it is (mm). */
const MARK_GAP = 2;
const MARK_LENGTH = 5;

/**
 * The cut marks of a sheet: outside the grid, in line with every edge between and around the
 * badges, so nothing is drawn on a badge and a guillotine finds every cut.
 */
export function cutMarks(layout: BadgeLayout): CutMark[] {
  const g = BADGE_GEOMETRY[layout];
  if (!g.cutMarks) return [];
  const o = gridOrigin(g);
  const right = o.x + g.columns * g.badge.width;
  const bottom = o.y + g.rows * g.badge.height;
  const marks: CutMark[] = [];
  for (let c = 0; c <= g.columns; c++) {
    const x = o.x + c * g.badge.width;
    marks.push({ x1: x, y1: o.y - MARK_GAP - MARK_LENGTH, x2: x, y2: o.y - MARK_GAP });
    marks.push({ x1: x, y1: bottom + MARK_GAP, x2: x, y2: bottom + MARK_GAP + MARK_LENGTH });
  }
  for (let r = 0; r <= g.rows; r++) {
    const y = o.y + r * g.badge.height;
    marks.push({ x1: o.x - MARK_GAP - MARK_LENGTH, y1: y, x2: o.x - MARK_GAP, y2: y });
    marks.push({ x1: right + MARK_GAP, y1: y, x2: right + MARK_GAP + MARK_LENGTH, y2: y });
  }
  return marks;
}

/**
 * Each role's band: distinct hues, each carrying white text at a contrast of 4.5:1 or more. The
 * word printed on the band tells the roles apart where colour does not (grey print, colour blindness).
 */
export const ROLE_COLOURS: Record<Role, string> = {
  delegate: '#1c5d99',
  speaker: '#b35900',
  chair: '#6f2da8',
  staff: '#2b2f33',
  observer: '#2b7a3d',
  vip: '#b3261e',
};

/** The name a badge shows: the one the person asked for, or their given and family names. */
export function badgeName(p: { badgeName: string; givenNames: string; familyNames: string }) {
  const chosen = p.badgeName.trim();
  return chosen || [p.givenNames, p.familyNames].filter(Boolean).join(' ');
}

/** The languages badges have words for (shared/i18n: attendance.badges.document). */
export const BADGE_LANGUAGES = ['en', 'fr'] as const;
export type BadgeLanguage = (typeof BADGE_LANGUAGES)[number];

const isBadgeLanguage = (code: string): code is BadgeLanguage =>
  (BADGE_LANGUAGES as readonly string[]).includes(code);

/**
 * The languages a meeting's badges are labelled in: its working languages that have badge words,
 * in the meeting's order; English when none has.
 */
export function badgeLanguages(working: readonly string[]): BadgeLanguage[] {
  const chosen = working.filter(isBadgeLanguage);
  return chosen.length ? [...new Set(chosen)] : ['en'];
}
