/** What both writers (in memory and streaming) check and set on the workbook before any sheet. */
import type { Workbook } from "exceljs";
import type { SheetDescription } from "../../core/sheet";
import { checkSheetName } from "./limits";
import type { RenderOptions } from "./options";

/**
 * The descriptions are the program's own, so a bad name or active sheet is a bug, thrown
 * before a byte is written; returns the active sheet's index.
 */
export function assertWritable(sheets: readonly SheetDescription[], options: RenderOptions): number {
  if (sheets.length === 0) throw new Error("A workbook needs at least one sheet");
  const active = options.activeSheet ?? 0;
  if (!Number.isInteger(active) || active < 0 || active >= sheets.length) {
    throw new Error(`activeSheet ${active} is not one of the ${sheets.length} sheets`);
  }
  const taken = new Set<string>();
  for (const s of sheets) checkSheetName(s.name, taken);
  return active;
}

/** Author, title and the window that opens on the active sheet. */
export function setWorkbookProperties(wb: Pick<Workbook, "creator" | "lastModifiedBy" | "title" | "views">, options: RenderOptions, active: number): void {
  if (options.creator !== undefined) wb.creator = wb.lastModifiedBy = options.creator;
  if (options.title !== undefined) wb.title = options.title;
  wb.views = [{ x: 0, y: 0, width: 16000, height: 10000, firstSheet: 0, activeTab: active, visibility: "visible" }];
}
