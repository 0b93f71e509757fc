import type { Cell, CellValue } from "exceljs";
import type { CellDescription } from "../../core/sheet";
import { clipText } from "../../core/sheet";

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
    const result = c.cached === undefined ? null : checked(c.cached);
    return result === null ? { formula } : { formula, result };
  }
  if (c.value === undefined || c.value === null) return null;
  return checked(c.value);
}

/**
 * The writer never throws on content: a caller fits descriptions first (core/sheet/fit.ts)
 * to report what it changed; whatever still comes here too long is cut the same way, and a
 * non-finite number, which no cell can hold, is left blank.
 */
function checked<T extends string | number | boolean>(v: T): T | null {
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  if (typeof v === "string") return clipText(v) as T;
  return v;
}

export function writeCell(cell: Cell, c: CellDescription, where: string): void {
  const value = cellValue(c, where);
  if (value !== null) cell.value = value;
}
