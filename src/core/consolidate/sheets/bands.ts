/**
 * A per-unit table too wide for one page, printed one landscape page wide: its columns cut
 * into bands stacked one below the other, each band the unit's columns (STT, name) and a
 * run of groups (one row code's measures, one field) never split, under its own header,
 * over every unit in the same order. The sheet is never wider than a page, so no printed page
 * ever holds numbers without the unit they belong to; a band that does not fit what is left of
 * a page begins a new one, under its own header.
 */
import { a1 } from "../../cells";

/** Characters of column width one landscape A4 page holds at {@link TABLE_SCALE} (LibreOffice printed 129 and broke at 141). */
export const PAGE_CHARS = 130;

export interface BandPlanInput {
  /** Widths of the columns every band repeats (STT, unit), from column A. */
  fixed: readonly number[];
  /** Widths of each group's columns, in order; a group stays whole in one band. */
  groups: readonly (readonly number[])[];
  /** Header rows above each band's units. */
  headRows: number;
  /** Units, one line each in every band. */
  units: number;
  /** Groups that stand in a band of their own, whatever room is left (the first band's unit details). */
  alone?: (group: number) => boolean;
}

export interface Band {
  /** Indexes into the input's groups. */
  groups: number[];
  /** The band's first header row. */
  head: number;
  /** The first unit's row: unit i is on `first + i`. */
  first: number;
  /** The last row of the band (the first row when there are no units). */
  last: number;
}

export interface BandPlan {
  bands: Band[];
  /** Widths of the columns after the fixed ones, shared by every band (a column is one width down the sheet). */
  slots: number[];
  /** The column of a group's k-th column. */
  colOf(group: number, k: number): number;
  /** The band a group is in. */
  bandOf(group: number): Band;
  lastCol: number;
  lastRow: number;
}

export function planBands(input: BandPlanInput): BandPlan {
  const room = PAGE_CHARS - input.fixed.reduce((s, w) => s + w, 0);
  const { members, slots } = pack(input.groups, room, input.alone ?? (() => false));
  const rows = Math.max(input.units, 1);
  const bands: Band[] = [];
  const placed = new Map<number, { band: Band; slot: number }>();
  let head = 1;
  for (const groups of members) {
    const band: Band = { groups, head, first: head + input.headRows, last: head + input.headRows + rows - 1 };
    bands.push(band);
    let slot = 0;
    for (const g of groups) {
      placed.set(g, { band, slot });
      slot += input.groups[g]!.length;
    }
    // One blank row between bands, for the screen; on paper each band starts a page.
    head = band.last + 2;
  }
  const first = input.fixed.length + 1;
  return {
    bands,
    slots,
    colOf: (g, k) => first + placed.get(g)!.slot + k,
    bandOf: (g) => placed.get(g)!.band,
    lastCol: input.fixed.length + slots.length,
    lastRow: bands[bands.length - 1]!.last,
  };
}

/** Points of rows one landscape A4 page holds at the table scale (629 printed; some kept spare for estimates). */
export const PAGE_POINTS = 590;
/** A row without a height of its own, in points. */
const DEFAULT_ROW = 15;

/**
 * Rows after which a new page begins: before each band that does not fit what is left of
 * the page, so that a band starts under its own header rather than at the foot of a page.
 * A band taller than a page starts a page of its own.
 */
export function bandBreaks(bands: readonly Band[], heights: readonly { row: number; height: number }[], page = PAGE_POINTS): number[] {
  const tall = new Map(heights.map((h) => [h.row, h.height]));
  const height = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r <= to; r++) h += tall.get(r) ?? DEFAULT_ROW;
    return h;
  };
  const breaks: number[] = [];
  let used = 0;
  bands.forEach((band, i) => {
    const need = height(band.head, band.last);
    const gap = i === 0 ? 0 : height(band.head - 1, band.head - 1);
    if (i > 0 && used + gap + need > page) {
      breaks.push(band.head - 1);
      used = need;
    } else used += gap + need;
  });
  return breaks;
}

/**
 * Groups into bands, first fit in order. A column is one width all down the sheet, so each
 * slot takes the widest column any band puts there, and a band is measured with those
 * widths; widening only ever grows, so the packing settles.
 */
function pack(groups: readonly (readonly number[])[], room: number, alone: (g: number) => boolean): { members: number[][]; slots: number[] } {
  let slots: number[] = [];
  for (;;) {
    const members: number[][] = [];
    let current: number[] = [];
    let used = 0;
    let slot = 0;
    const need = (g: number, at: number) => groups[g]!.reduce((s, w, k) => s + Math.max(slots[at + k] ?? 0, w), 0);
    const close = () => {
      if (current.length > 0) members.push(current);
      current = [];
      used = 0;
      slot = 0;
    };
    groups.forEach((_, g) => {
      if (current.length > 0 && (alone(g) || alone(current[0]!) || used + need(g, slot) > room)) close();
      used += need(g, slot);
      current.push(g);
      slot += groups[g]!.length;
    });
    close();
    const next = slots.slice();
    for (const band of members) {
      let at = 0;
      for (const g of band) for (const w of groups[g]!) next[at] = Math.max(next[at++] ?? 0, w);
    }
    if (next.length === slots.length && next.every((w, i) => w === slots[i])) return { members, slots };
    slots = next;
  }
}

/** A whole column of one band's units, absolute, for a summary's formula. */
export function bandRange(sheet: string, band: Band, col: number, units: number): string {
  const abs = (row: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${sheet}!${abs(band.first)}:${abs(band.first + Math.max(units, 1) - 1)}`;
}

/** Widths of 11 pt text, for heights estimated at 12 pt (LibreOffice printed 39 characters of a unit's name on one line of width 30). */
export const SMALL_TEXT = 1.2;
