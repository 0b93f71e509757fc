/**
 * What a spreadsheet cell can hold, applied to a description before it is written. Submitted
 * text travels into summaries (notes joined in Chi tiết, a unit's name quoted in Nhật ký),
 * so a text can outgrow Excel's limit of 32,767 characters, which makes Excel refuse the
 * whole file: such a text is cut, visibly, and the cut is reported by its place. A number
 * that is not finite has no cell form at all: it is left blank and reported the same way.
 */
import { a1 } from "../cells";
import type { CellDescription, MadeRow, SheetDescription } from "./description";
import { eachCell, isRowRun, runCells } from "./cells-of";

/** Characters (UTF-16 units, as Excel counts) in one cell. */
export const MAX_CELL_TEXT = 32_767;
export const CLIP_MARK = "…[đã cắt]";

export interface Unfit {
  sheet: string;
  cell: string;
  kind: "text-cut" | "not-finite";
  /** The text's length before the cut. */
  length?: number;
}

/** The text cut so that, mark included, it fits `max`; a surrogate pair is never split. */
export function clipText(text: string, max = MAX_CELL_TEXT, mark = CLIP_MARK): string {
  if (text.length <= max) return text;
  let end = max - mark.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + mark;
}

/**
 * Fits every cell in place (the descriptions were just made for this one rendering, and a
 * copy of a summary's hundreds of thousands of cells would double its memory) and says
 * where it had to.
 */
export function fitToExcel(sheets: readonly SheetDescription[]): Unfit[] {
  const unfit: Unfit[] = [];
  for (const sheet of sheets) {
    for (const c of eachCell(sheet)) fitCell(sheet.name, c, unfit);
    // Lines made as they are written are made again for each pass: each is fitted as it is made.
    const made = sheet.rows;
    if (made) sheet.rows = () => fitted(made(), sheet.name);
  }
  return unfit;
}

/** A run's rows come as their cells, fitted like the others. */
function* fitted(made: Iterable<MadeRow>, sheet: string): Iterable<CellDescription> {
  const reported: Unfit[] = [];
  for (const m of made) {
    for (const c of isRowRun(m) ? runCells(m) : [m]) {
      fitCell(sheet, c, reported);
      yield c;
    }
  }
}

/**
 * Fits one cell in place, adding to `unfit` where it had to; a writer that streams a sheet's
 * {@link SheetDescription.rows} fits each cell so as it writes it.
 */
export function fitCell(sheet: string, c: CellDescription, unfit: Unfit[]): void {
  const at = () => ({ sheet, cell: a1(c.row, c.col) });
  if (typeof c.value === "string" && c.value.length > MAX_CELL_TEXT) {
    unfit.push({ ...at(), kind: "text-cut", length: c.value.length });
    c.value = clipText(c.value);
  } else if (typeof c.value === "number" && !Number.isFinite(c.value)) {
    unfit.push({ ...at(), kind: "not-finite" });
    c.value = null;
  }
  fitCached(c, unfit, at);
}

function fitCached(c: CellDescription, unfit: Unfit[], at: () => { sheet: string; cell: string }): void {
  if (typeof c.cached === "string" && c.cached.length > MAX_CELL_TEXT) {
    unfit.push({ ...at(), kind: "text-cut", length: c.cached.length });
    c.cached = clipText(c.cached);
  } else if (typeof c.cached === "number" && !Number.isFinite(c.cached)) {
    unfit.push({ ...at(), kind: "not-finite" });
    delete c.cached;
  }
}
