import { a1, parseA1 } from "../../core/cells";
import { checkAddress } from "./limits";

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Covers a set of cells with disjoint rectangles: runs down each column first (a form's
 * input columns), then side-by-side runs of equal height are joined. Returns A1 ranges
 * ("B2:B9", or "B2" for a lone cell) that never overlap and never leave two lone cells
 * touching.
 */
export function groupCells(cells: readonly { row: number; col: number }[]): string[] {
  const unique = [...new Map(cells.map((c) => [`${c.col}:${c.row}`, c])).values()];
  unique.sort((a, b) => a.col - b.col || a.row - b.row);

  const runs: Box[] = [];
  for (const c of unique) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom === c.row - 1) last.bottom = c.row;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }

  runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const boxes: Box[] = [];
  for (const r of runs) {
    const last = boxes[boxes.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right === r.left - 1) last.right = r.right;
    else boxes.push({ ...r });
  }

  return boxes.map((b) =>
    b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`,
  );
}

/** "A1:C3" (or a lone "B2") as a box, corners in either order; throws on anything else. */
export function parseRange(range: string, sheet: string): Box {
  const parts = range.split(":");
  const a = parseA1(parts[0] ?? "");
  const b = parseA1(parts[1] ?? parts[0] ?? "");
  if (!a || !b || parts.length > 2) throw new Error(`Bad range ${JSON.stringify(range)} on sheet ${JSON.stringify(sheet)}`);
  checkAddress(a.row, a.col, sheet);
  checkAddress(b.row, b.col, sheet);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
