import type { Worksheet, WorksheetView } from "exceljs";
import { a1 } from "../../core/cells";
import type { SheetDescription } from "../../core/sheet";
import { checkAddress } from "./limits";

/** ExcelJS writes `tabSelected` from the view model but its typings leave it out. */
type View = Partial<WorksheetView> & { tabSelected?: boolean };

/** Screen view: frozen header, gridlines, and which tab is selected. */
export function applyView(ws: Worksheet, sheet: SheetDescription, selected: boolean): void {
  const view: View = { tabSelected: selected };
  if (sheet.gridlines !== undefined) view.showGridLines = sheet.gridlines;
  const f = sheet.freeze;
  if (f) checkAddress(f.row, f.col, sheet.name);
  if (f && (f.row > 1 || f.col > 1)) {
    Object.assign(view, { state: "frozen", xSplit: f.col - 1, ySplit: f.row - 1, topLeftCell: a1(f.row, f.col) });
  }
  ws.views = [view as Partial<WorksheetView>];
}
