/**
 * What both writers (in memory and streaming) check and set before any cell is written:
 * the description within Excel's limits, no cell described twice or hidden inside a merge,
 * the validations to apply, and the first column free for the lists behind long drop-downs.
 */
import type { Worksheet } from "exceljs";
import { a1 } from "../../core/cells";
import { eachCell, type CellDescription, type SheetDescription } from "../../core/sheet";
import { checkAddress } from "./limits";
import { parseRange, type Box } from "./ranges";
import type { ValidationTarget } from "./validation";

export interface SheetFrame {
  merges: Box[];
  heights: Map<number, number>;
  /** The last column the sheet's columns, merges, filter or print area reach. */
  lastCol: number;
}

export interface SheetLayout extends SheetFrame {
  /**
   * Every cell a merge hides (all but its top-left), by A1 reference: for the writer that
   * holds every cell anyway. The streaming writer checks a row against its own merges
   * instead: a country's Chi tiết hides half a million cells.
   */
  covered: Set<string>;
  targets: ValidationTarget[];
  /** The last column the sheet uses, prints or filters. */
  lastCol: number;
}

/**
 * What a sheet declares besides its cells, checked; both writers start here. `streaming`: the
 * writer asks the heights of the rows `rows()` makes as it writes them (`streamedHeights`), when the sheet offers that.
 */
export function checkFrame(sheet: SheetDescription, streaming = false): SheetFrame {
  let lastCol = 0;
  for (const c of sheet.columns) {
    checkAddress(1, c.col, sheet.name);
    if (!(c.width >= 0 && c.width <= 255)) throw new Error(`Column ${c.col} of ${JSON.stringify(sheet.name)} has width ${c.width} (Excel allows 0–255)`);
    lastCol = Math.max(lastCol, c.col);
  }
  const heights = new Map<number, number>();
  for (const r of (streaming ? sheet.streamedHeights?.above : undefined) ?? sheet.rowHeights ?? []) heights.set(r.row, checkHeight(sheet, r.row, r.height));

  const merges = sheet.merges.map((m) => parseRange(m, sheet.name));
  for (const m of merges) lastCol = Math.max(lastCol, m.right);
  for (const range of [sheet.autoFilter, sheet.page?.printArea]) {
    if (range !== undefined) lastCol = Math.max(lastCol, parseRange(range, sheet.name).right);
  }
  return { merges, heights, lastCol };
}

/** A row's height within Excel's limits (0–409 points); returned as it is. */
export function checkHeight(sheet: SheetDescription, row: number, height: number): number {
  checkAddress(row, 1, sheet.name);
  if (!(height >= 0 && height <= 409)) throw new Error(`Row ${row} of ${JSON.stringify(sheet.name)} has height ${height} (Excel allows 0–409 points)`);
  return height;
}

/**
 * One cell's place: inside the sheet, and not a value hidden under a merge (ExcelJS would
 * send it to the merge's top-left cell). `hidden`: whether a merge hides the cell. Returns its A1 reference.
 */
export function checkCell(sheet: SheetDescription, hidden: (ref: string) => boolean, c: CellDescription): string {
  checkAddress(c.row, c.col, sheet.name);
  const ref = a1(c.row, c.col);
  if ((c.formula !== undefined || (c.value !== undefined && c.value !== null)) && hidden(ref)) {
    throw new Error(`Cell ${sheet.name}!${ref} lies inside a merge but is not its top-left cell`);
  }
  return ref;
}

export function checkLayout(sheet: SheetDescription): SheetLayout {
  const frame = checkFrame(sheet);
  const covered = new Set<string>();
  for (const m of frame.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
      if (r !== m.top || c !== m.left) covered.add(a1(r, c));
    }
  }
  const hidden = (ref: string) => covered.has(ref);
  let lastCol = frame.lastCol;
  const seen = new Set<string>();
  const targets: ValidationTarget[] = [];
  for (const c of eachCell(sheet)) {
    const ref = checkCell(sheet, hidden, c);
    if (seen.has(ref)) throw new Error(`Cell ${sheet.name}!${ref} is described twice`);
    seen.add(ref);
    if (c.validation) targets.push({ row: c.row, col: c.col, validation: c.validation });
    lastCol = Math.max(lastCol, c.col);
  }
  return { ...frame, covered, targets, lastCol };
}

export function applyColumns(ws: Worksheet, sheet: SheetDescription): void {
  for (const c of sheet.columns) {
    const column = ws.getColumn(c.col);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  }
}

export function applyAutoFilter(ws: Worksheet, sheet: SheetDescription): void {
  if (sheet.autoFilter === undefined) return;
  const f = parseRange(sheet.autoFilter, sheet.name);
  ws.autoFilter = `${a1(f.top, f.left)}:${a1(f.bottom, f.right)}`;
}
