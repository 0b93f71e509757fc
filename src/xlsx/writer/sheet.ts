import type { Workbook } from "exceljs";
import { a1 } from "../../core/cells";
import { eachCell, type SheetDescription } from "../../core/sheet";
import { writeCell } from "./cells";
import { ListSource } from "./list-source";
import { applyPage, applyPageMarks } from "./page";
import { protect } from "./protection";
import type { StyleBook } from "./styles";
import { applyValidations } from "./validation";
import { applyAutoFilter, applyColumns, checkLayout } from "./sheet-layout";
import { applyView } from "./view";

/** Renders one description into a new worksheet of `wb`. */
export async function renderSheet(wb: Workbook, sheet: SheetDescription, selected: boolean, styles: StyleBook): Promise<void> {
  const ws = wb.addWorksheet(sheet.name);
  const at = (row: number, col: number) => `${sheet.name}!${a1(row, col)}`;
  const layout = checkLayout(sheet);
  applyColumns(ws, sheet);
  for (const [row, height] of layout.heights) ws.getRow(row).height = height;
  for (const c of eachCell(sheet)) {
    const cell = ws.getCell(c.row, c.col);
    writeCell(cell, c, at(c.row, c.col));
    cell.style = styles.get(c.style, c.locked !== false);
  }
  // After the cells: merging copies the top-left cell's style (borders, fill, lock) to
  // the whole area, so a bordered merged title keeps its right and bottom edges.
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // Long drop-down lists go to hidden columns past everything the sheet uses or prints.
  applyValidations(ws, layout.targets, new ListSource(ws, layout.lastCol + 1, styles.get(undefined, true)));
  applyAutoFilter(ws, sheet);
  if (sheet.page) {
    applyPage(ws, sheet.page);
    applyPageMarks(ws, sheet.page);
  }
  applyView(ws, sheet, selected);
  if (sheet.protect) await protect(ws, sheet.autoFilter !== undefined);
}
