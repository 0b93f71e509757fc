/**
 * What the task pane asks of the workbook it runs beside. One implementation talks to
 * Excel through Office.js (this folder); the standalone page (no Office host) has none
 * and works on files instead; tests use an in-memory one. The UI never sees Office.js.
 */
import type { RawWorkbook } from "../core/cells";
import type { Fix } from "../core/check";

export interface SheetList {
  /** Every worksheet's name, in tab order. */
  names: string[];
  active: string;
}

export interface InsertRequest {
  /** A workbook rendered by the writer (`renderWorkbook` then `toBase64`); all its sheets are inserted. */
  base64: string;
  /** The names of its sheets, in order: already chosen free (see `freeSheetNames`). */
  sheetNames: string[];
  /** Sheets to delete first: only names the user agreed to overwrite. */
  replace?: string[];
}

export interface WorkbookPort {
  /** Whether this Excel can insert rendered sheets (ExcelApi 1.13); when not, the pane offers a download. */
  canInsertSheets(): boolean;
  listSheets(): Promise<SheetList>;
  /** Inserts after the active sheet and activates the first inserted one. At most 2 syncs. */
  insertSheets(req: InsertRequest): Promise<void>;
  /**
   * Reads sheets (values, formulas and number formats of each used range) and the
   * workbook's defined names as the core's cell model. One sync per sheet, plus one.
   */
  readSheets(names: readonly string[]): Promise<RawWorkbook>;
  /** Activates the sheet and selects the cell, so a problem can be shown where it is. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Writes each fix's number into its cell, all in one sync. */
  applyFixes(fixes: readonly Fix[]): Promise<void>;
}

/**
 * Names for the sheets to insert that no existing sheet has: "Tổng hợp", then
 * "Tổng hợp (2)"… Chosen before rendering, so the summary's formulas name the sheets
 * that will really be there. Excel compares sheet names without regard to case.
 */
export function freeSheetNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return wanted.map((base) => {
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
