/**
 * The Office.js adapter: the WorkbookPort the task pane uses inside Excel. Loaded as its own
 * chunk only there (`import("../../excel")`); it reaches Excel through the `Excel` and
 * `Office` globals that office.js (or, in tests, the Excel fake) provides. Every Excel.run
 * of the add-in lives in this folder, one module per operation.
 */
import { applyFixes } from "./apply-fixes";
import { insertSheets } from "./insert-sheets";
import { listSheets } from "./list-sheets";
import type { WorkbookPort } from "./port";
import { readSheets } from "./read-sheets";
import { canInsertSheets } from "./requirements";
import { selectCell } from "./select-cell";
import { TextFormatMemory } from "./text-formats";

export function createExcelPort(): WorkbookPort {
  // What the last read saw of Text-formatted cells, for the fixes that follow a check.
  const textFormats = new TextFormatMemory();
  return {
    canInsertSheets,
    listSheets,
    insertSheets,
    readSheets: (names) => readSheets(names, textFormats),
    selectCell,
    applyFixes: (fixes) => applyFixes(fixes, textFormats),
  };
}

export { ExcelPortError, type ExcelPortErrorCode } from "./errors";
export type { InsertRequest, SheetList, WorkbookPort } from "./port";
