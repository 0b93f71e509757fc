/** Showing a problem where it is: activate the sheet, select the cell, one sync. */
import { SETS, requireSet } from "./requirements";
import { runExcel } from "./run";

export async function selectCell(sheet: string, cell: string): Promise<void> {
  requireSet(SETS.base, "select");
  await runExcel("select", async (context, where) => {
    where.sheet = sheet;
    // ExcelApi 1.1: getItem, Worksheet.activate, Worksheet.getRange, Range.select.
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
