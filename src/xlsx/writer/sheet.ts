import type { Workbook } from "exceljs";
import { a1 } from "../../core/cells";
import type { SheetDescription } from "../../core/sheet";
import { writeCell } from "./cells";
import { checkAddress } from "./limits";
import { ListSource } from "./list-source";
import { applyPage } from "./page";
import { protect } from "./protection";
import { parseRange } from "./ranges";
import type { StyleBook } from "./styles";
import { applyValidations, type ValidationTarget } from "./validation";
import { applyView } from "./view";

/** Renders one description into a new worksheet of `wb`. */
export async function renderSheet(wb: Workbook, sheet: SheetDescription, selected: boolean, styles: StyleBook): Promise<void> {
  const ws = wb.addWorksheet(sheet.name);
  const at = (row: number, col: number) => `${sheet.name}!${a1(row, col)}`;
  let lastCol = 0;

  for (const c of sheet.columns) {
    checkAddress(1, c.col, sheet.name);
    if (!(c.width >= 0 && c.width <= 255)) throw new Error(`Column ${c.col} of ${JSON.stringify(sheet.name)} has width ${c.width} (Excel allows 0–255)`);
    const column = ws.getColumn(c.col);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
    lastCol = Math.max(lastCol, c.col);
  }
  for (const r of sheet.rowHeights ?? []) {
    checkAddress(r.row, 1, sheet.name);
    if (!(r.height >= 0 && r.height <= 409)) throw new Error(`Row ${r.row} of ${JSON.stringify(sheet.name)} has height ${r.height} (Excel allows 0–409 points)`);
    ws.getRow(r.row).height = r.height;
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
  for (const c of sheet.cells) {
    checkAddress(c.row, c.col, sheet.name);
    const ref = a1(c.row, c.col);
    if (seen.has(ref)) throw new Error(`Cell ${at(c.row, c.col)} is described twice`);
    seen.add(ref);
    // ExcelJS would send a value written into a merged cell to the merge's top-left cell.
    if (covered.has(ref) && (c.formula !== undefined || (c.value !== undefined && c.value !== null))) {
      throw new Error(`Cell ${at(c.row, c.col)} lies inside a merge but is not its top-left cell`);
    }
    const cell = ws.getCell(c.row, c.col);
    writeCell(cell, c, at(c.row, c.col));
    cell.style = styles.get(c.style, c.locked !== false);
    if (c.validation) targets.push({ row: c.row, col: c.col, validation: c.validation });
    lastCol = Math.max(lastCol, c.col);
  }

  // After the cells: merging copies the top-left cell's style (borders, fill, lock) to
  // the whole area, so a bordered merged title keeps its right and bottom edges.
  for (const m of merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  // Long drop-down lists go to hidden columns past everything the sheet uses or prints.
  for (const range of [sheet.autoFilter, sheet.page?.printArea]) {
    if (range !== undefined) lastCol = Math.max(lastCol, parseRange(range, sheet.name).right);
  }
  applyValidations(ws, targets, new ListSource(ws, lastCol + 1, styles.get(undefined, true)));

  if (sheet.autoFilter !== undefined) {
    const f = parseRange(sheet.autoFilter, sheet.name);
    ws.autoFilter = `${a1(f.top, f.left)}:${a1(f.bottom, f.right)}`;
  }
  if (sheet.page) applyPage(ws, sheet.page);
  applyView(ws, sheet, selected);
  if (sheet.protect) await protect(ws, sheet.autoFilter !== undefined);
}
