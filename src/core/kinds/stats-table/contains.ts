/**
 * The units a summary sums, written into it so the next level can tell a summary from the
 * schools it already holds. They sit in a hidden column beside the hidden code column,
 * under a mark, one name a cell: a plain column survives a re-save in Excel, LibreOffice
 * or WPS where custom XML or a defined name's long constant might not.
 */
import { getCell, type RawSheet } from "../../cells";
import type { Consolidation } from "../../consolidate/types";
import type { CellDescription } from "../../sheet";
import { textOf } from "../../text";

export const CONTAINS_MARK = "HTSD|units";
/** Far more names than any country's units: a crafted file cannot make the list grow without end. */
const MAX_NAMES = 200_000;
/** The mark is looked for in the top rows only, as the form's own marker is. */
const MARK_ROWS = 15;

/** The column's cells: the mark, then each name as a plain value (never a formula). */
export function containsCells(col: number, names: readonly string[], style: CellDescription["style"]): CellDescription[] {
  return [{ row: 1, col, value: CONTAINS_MARK, style }, ...names.map((name, i) => ({ row: 2 + i, col, value: name, style }))];
}

/** The names under the mark, when the sheet carries one; undefined when it does not. */
export function readContains(sheet: RawSheet): string[] | undefined {
  for (let row = 1; row <= Math.min(MARK_ROWS, sheet.maxRow); row++) {
    for (let col = 1; col <= sheet.maxCol; col++) {
      if (textOf(getCell(sheet, row, col)).trim() !== CONTAINS_MARK) continue;
      const names: string[] = [];
      for (let r = row + 1; r <= sheet.maxRow && names.length < MAX_NAMES; r++) {
        const name = textOf(getCell(sheet, r, col)).trim();
        if (name === "") break;
        names.push(name);
      }
      return names;
    }
  }
  return undefined;
}

/** The units a summary sums: each accepted school by its name, a summary by the units it names. */
export function unitsInside(c: Consolidation): string[] {
  return c.files.flatMap((f) => (f.status !== "accepted" || !f.report ? [] : (f.report.contains ?? [f.report.unit])));
}
