import type { CellDescription, SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { XlsxPackage } from "./package";

export const TINY = "Biểu";

/** A one-sheet description holding just `cells`, for tests of one rule at a time. */
export function tiny(cells: CellDescription[], extra: Partial<SheetDescription> = {}): SheetDescription {
  return { name: TINY, columns: [], cells, merges: [], ...extra };
}

export async function renderTiny(cells: CellDescription[], extra: Partial<SheetDescription> = {}): Promise<XlsxPackage> {
  return new XlsxPackage(await renderWorkbook([tiny(cells, extra)]));
}
