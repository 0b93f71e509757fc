/**
 * Writing the numbers of one-click fixes, all in one sync whatever their number or sheets.
 * A cell formatted as Text ("@") would keep a written number as text (Excel treats it as
 * typing), so such a cell gets the form's number format first, in the same batch; only the
 * cells the last read saw so formatted, since the form's sheets are protected without
 * "format cells" and a format write there is AccessDenied.
 */
import type { Fix } from "../core/check";
import { S } from "../core/layout/styles";
import { SETS, requireSet } from "./requirements";
import { runExcel } from "./run";
import type { TextFormatMemory } from "./text-formats";

/** The form's own format for typed-in numbers; a fraction keeps General so no digit is hidden. */
function numberFormatFor(value: number): string {
  return Number.isInteger(value) ? S.input.numFmt : "General";
}

export async function applyFixes(fixes: readonly Fix[], memory: TextFormatMemory): Promise<void> {
  requireSet(SETS.base, "fix");
  if (fixes.length === 0) return;
  const sheetsNamed = new Set(fixes.map((f) => f.sheet.toLowerCase()));
  await runExcel("fix", async (context, where) => {
    if (sheetsNamed.size === 1) where.sheet = fixes[0]!.sheet;
    const sheets = new Map<string, Excel.Worksheet>();
    for (const fix of fixes) {
      const key = fix.sheet.toLowerCase();
      // ExcelApi 1.1: getItem, Worksheet.getRange, Range.numberFormat, Range.values.
      let ws = sheets.get(key);
      if (!ws) sheets.set(key, (ws = context.workbook.worksheets.getItem(fix.sheet)));
      const range = ws.getRange(fix.cell);
      // Queued before the value, so Excel reads the number under the new format.
      if (memory.isText(fix.sheet, fix.cell)) range.numberFormat = [[numberFormatFor(fix.value)]];
      range.values = [[fix.value]];
    }
    await context.sync();
  });
}
