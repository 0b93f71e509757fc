/**
 * Inserting sheets rendered by the writer (the same bytes the command line saves) after
 * the active sheet, replacing the sheets the user agreed to overwrite. Two syncs: the
 * insertion with its replacements, then activating the first new sheet by the id Excel
 * returned (its name could differ if Excel had to rename a clash).
 *
 * Replacing: Excel refuses to delete a workbook's last visible sheet, and deleting after
 * inserting would make Excel rename the new sheets "Tổng hợp (2)" (their names are taken).
 * So, in one batch: the old sheets are renamed to temporary names, the new ones inserted
 * under the freed names, then the old ones deleted. The active sheet may be one of them:
 * the new sheets go right after it, so they take its place in the tabs.
 *
 * Defined names: the rendered file holds workbook names (HTSD_FORM, HTSD_UNIT, print
 * titles). Whether insertWorksheetsFromBase64 brings them (or renames them on a clash) is
 * not known without a real Excel. Nothing here depends on them: the core finds a form by
 * the marker in its hidden code column, so no sync is spent checking or re-adding names.
 */
import { portError } from "./errors";
import type { InsertRequest } from "./port";
import { canInsertSheets } from "./requirements";
import { runExcel } from "./run";
import { uniqueIgnoringCase } from "../core/roster";

export async function insertSheets(req: InsertRequest): Promise<void> {
  // Checked before any Excel.run: no ExcelApi 1.13 member may even be called on an older host.
  if (!canInsertSheets()) throw portError("insertUnsupported", "insert");
  const replace = uniqueIgnoringCase(req.replace ?? []);
  const temporary = temporaryNames(replace.length);
  try {
    await runExcel("insert", async (context) => {
      const sheets = context.workbook.worksheets;
      // ExcelApi 1.1: getActiveWorksheet, getItem, Worksheet.name (set), Worksheet.delete, Worksheet.activate.
      const active = sheets.getActiveWorksheet();
      const old = replace.map((name, i) => {
        const ws = sheets.getItem(name);
        ws.name = temporary[i]!;
        return ws;
      });
      // ExcelApi 1.13: Workbook.insertWorksheetsFromBase64 with InsertWorksheetOptions
      // (the WorksheetPositionType enum itself is 1.7).
      const ids = context.workbook.insertWorksheetsFromBase64(req.base64, {
        ...(req.sheetNames.length > 0 ? { sheetNamesToInsert: [...req.sheetNames] } : {}),
        positionType: Excel.WorksheetPositionType.after,
        relativeTo: active,
      });
      for (const ws of old) ws.delete();
      await context.sync();

      const first = ids.value[0];
      if (first !== undefined) sheets.getItem(first).activate();
      await context.sync();
    });
  } catch (e) {
    // Excel does not roll back: when the insertion failed after the renames, give the
    // old sheets their names back, or the user is left with "~htsd…" tabs.
    if (replace.length > 0) await restoreNames(replace, temporary);
    throw e;
  }
}


/** Valid sheet names (≤ 31 characters, none of : \ / ? * [ ]) that no user would choose. */
function temporaryNames(count: number): string[] {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
  return Array.from({ length: count }, (_, i) => `~htsd ${stamp} ${i + 1}`);
}

/** Only on failure, so outside the two syncs of the normal path; its own failure is not the news. */
async function restoreNames(originals: readonly string[], temporary: readonly string[]): Promise<void> {
  try {
    await Excel.run(async (context) => {
      // ExcelApi 1.1: worksheets items, Worksheet.name (read and set).
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      for (const ws of sheets.items) {
        const i = temporary.findIndex((t) => t.toLowerCase() === ws.name.toLowerCase());
        const original = i >= 0 ? originals[i]! : undefined;
        if (original !== undefined && !taken.has(original.toLowerCase())) ws.name = original;
      }
      await context.sync();
    });
  } catch {
    // The error the user sees is the insertion's, thrown by the caller.
  }
}
