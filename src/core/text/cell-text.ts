/** What a located cell shows as text, and whether it holds something a reader would call a number. */
import { getCell, type RawCell, type RawSheet } from "../cells";
import { readNumberVi } from "../numbers";

/** The text a cell shows: strings as typed, numbers and booleans as their value. */
export function textOf(cell: RawCell | undefined): string {
  if (!cell || cell.kind === "formula") return "";
  if (cell.kind === "number") return String(cell.value);
  if (cell.kind === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value;
}

export function textAt(sheet: RawSheet, row: number, col: number): string {
  return textOf(getCell(sheet, row, col)).trim();
}

/** A number, a formula whose value is a number, or text that reads as one (even uncertainly). */
export function holdsNumber(cell: RawCell | undefined): boolean {
  if (!cell) return false;
  if (cell.kind === "number") return true;
  if (cell.kind !== "string") return false;
  const r = readNumberVi(cell.value);
  return r.kind === "number" || r.kind === "ambiguous";
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === undefined || (cell.kind === "string" && cell.value.trim() === "");
}
