/**
 * What both writers (in memory and streaming) check and set before any cell is written:
 * the description within Excel's limits, no cell described twice or hidden inside a merge,
 * the validations to apply, and the first column free for the lists behind long drop-downs.
 */
import type { Worksheet } from "exceljs";
import { a1 } from "../../core/cells";
import { eachCell, type SheetDescription } from "../../core/sheet";
import { checkAddress } from "./limits";
import { parseRange, type Box } from "./ranges";
import type { ValidationTarget } from "./validation";

export interface SheetLayout {
  merges: Box[];
  heights: Map<number, number>;
  targets: ValidationTarget[];
  /** The last column the sheet uses, prints or filters. */
  lastCol: number;
}

export function checkLayout(sheet: SheetDescription): SheetLayout {
  const at = (row: number, col: number) => `${sheet.name}!${a1(row, col)}`;
  let lastCol = 0;
  for (const c of sheet.columns) {
    checkAddress(1, c.col, sheet.name);
    if (!(c.width >= 0 && c.width <= 255)) throw new Error(`Column ${c.col} of ${JSON.stringify(sheet.name)} has width ${c.width} (Excel allows 0–255)`);
    lastCol = Math.max(lastCol, c.col);
  }
  const heights = new Map<number, number>();
  for (const r of sheet.rowHeights ?? []) {
    checkAddress(r.row, 1, sheet.name);
    if (!(r.height >= 0 && r.height <= 409)) throw new Error(`Row ${r.row} of ${JSON.stringify(sheet.name)} has height ${r.height} (Excel allows 0–409 points)`);
    heights.set(r.row, r.height);
  }

  const merges = sheet.merges.map((m) => parseRange(m, sheet.name));
  const covered = new Set<string>();
  for (const m of merges) {
    lastCol = Math.max(lastCol, m.right);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
      if (r !== m.top || c !== m.left) covered.add(a1(r, c));
    }
  }

  const seen = new Set<string>();
  const targets: ValidationTarget[] = [];
  for (const c of eachCell(sheet)) {
    checkAddress(c.row, c.col, sheet.name);
    const ref = a1(c.row, c.col);
    if (seen.has(ref)) throw new Error(`Cell ${at(c.row, c.col)} is described twice`);
    seen.add(ref);
    // ExcelJS would send a value written into a merged cell to the merge's top-left cell.
    if (covered.has(ref) && (c.formula !== undefined || (c.value !== undefined && c.value !== null))) {
      throw new Error(`Cell ${at(c.row, c.col)} lies inside a merge but is not its top-left cell`);
    }
    if (c.validation) targets.push({ row: c.row, col: c.col, validation: c.validation });
    lastCol = Math.max(lastCol, c.col);
  }
  for (const range of [sheet.autoFilter, sheet.page?.printArea]) {
    if (range !== undefined) lastCol = Math.max(lastCol, parseRange(range, sheet.name).right);
  }
  return { merges, heights, targets, lastCol };
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
