import type { Cell, CellValue } from "exceljs";
import type { CellDescription } from "../../core/sheet";
import { MAX_CELL_TEXT } from "./limits";

/**
 * The value ExcelJS should store for a described cell.
 *
 * Only `formula` makes a formula. A string is handed to ExcelJS as a string, which it
 * always writes as a shared string (never `<f>`), so text from a submission such as
 * `=HYPERLINK(…)` or `+cmd|' /C calc'!A0` stays inert.
 */
export function cellValue(c: CellDescription, where: string): CellValue {
  if (c.formula !== undefined) {
    // The contract says "without the leading =", but a stray one would make a formula
    // Excel rejects as corrupt, so it is dropped rather than trusted.
    const formula = c.formula.replace(/^=/, "");
    if (formula.trim() === "") throw new Error(`Empty formula at ${where}`);
    if (c.cached === undefined) return { formula };
    return { formula, result: checked(c.cached, where) };
  }
  if (c.value === undefined || c.value === null) return null;
  return checked(c.value, where);
}

function checked<T extends string | number | boolean>(v: T, where: string): T {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`Non-finite number ${v} at ${where}`);
  if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
    throw new Error(`Text of ${v.length} characters at ${where} exceeds Excel's ${MAX_CELL_TEXT}`);
  }
  return v;
}

export function writeCell(cell: Cell, c: CellDescription, where: string): void {
  const value = cellValue(c, where);
  if (value !== null) cell.value = value;
}
