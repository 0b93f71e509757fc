/**
 * The one function that turns the summary's sheet descriptions into .xlsx bytes in the
 * pane (in its consolidation worker, or on the main thread where workers cannot run): the
 * streaming writer the command line uses, which never holds the sheets as cell objects and
 * fits every cell to Excel's limits as it writes it.
 */
import type { SheetDescription } from "../../core/sheet";
import { writeWorkbook } from "../../xlsx/stream";
import type { RenderOptions } from "../../xlsx/writer/options";

export async function renderSummary(sheets: readonly SheetDescription[], options: RenderOptions = {}): Promise<Uint8Array> {
  return writeWorkbook(sheets, options).bytes;
}
