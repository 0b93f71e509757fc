/** The workbook's sheets in tab order and the active one: one sync. */
import type { SheetList } from "./port";
import { SETS, requireSet } from "./requirements";
import { runExcel } from "./run";

export async function listSheets(): Promise<SheetList> {
  requireSet(SETS.base, "list");
  return runExcel("list", async (context) => {
    // ExcelApi 1.1: worksheets (items in tab order), Worksheet.name, getActiveWorksheet.
    const sheets = context.workbook.worksheets.load("items/name");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return { names: sheets.items.map((s) => s.name), active: active.name };
  });
}
