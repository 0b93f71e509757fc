/** Checking one sheet of the open workbook: read it through the port, judge it with the core's checks. */
import type { CheckedFile } from "../../core/check";
import type { WorkbookPort } from "../../excel/port";
import { loadPipeline } from "./lazy";

export async function checkSheet(port: WorkbookPort, sheet: string, today: string): Promise<CheckedFile> {
  const [{ checkWorkbook }, raw] = await Promise.all([loadPipeline(), port.readSheets([sheet])]);
  // The sheet's name stands for the file: problems point at it, and a nameless unit is known by it.
  return checkWorkbook(raw, { file: sheet, today });
}
