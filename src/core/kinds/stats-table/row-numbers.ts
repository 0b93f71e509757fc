/** The numbers a table row holds in its numeric columns: what must never be dropped silently. */
import { a1, getCell, type RawSheet } from "../../cells";
import { holdsNumber, textOf } from "../../text";
import type { StatsColumns } from "./types";

export interface RowNumbers {
  /** The first cell holding a number. */
  cell: string;
  /** The numbers as shown, joined for a message: "15, 320". */
  values: string;
}

export function rowNumbers(sheet: RawSheet, row: number, columns: StatsColumns): RowNumbers | undefined {
  const cols = [columns.count, columns.people].filter((c): c is number => c !== undefined);
  const found = cols.filter((c) => holdsNumber(getCell(sheet, row, c)));
  if (found.length === 0) return undefined;
  return { cell: a1(row, found[0]!), values: found.map((c) => textOf(getCell(sheet, row, c)).trim()).join(", ") };
}

/** No content at all in the row's visible cells. */
export function rowIsEmpty(sheet: RawSheet, row: number, skipCol?: number): boolean {
  for (let col = 1; col <= sheet.maxCol; col++) {
    if (col === skipCol) continue;
    const c = getCell(sheet, row, col);
    if (c && (c.kind !== "string" || c.value.trim() !== "")) return false;
  }
  return true;
}
