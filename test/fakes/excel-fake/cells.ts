/**
 * Reading and writing a range's contents at sync time: values (with formulas calculated),
 * formulas, number formats, text and value types, Excel's input parsing on the way in, and
 * the protection check Excel makes before it lets a locked cell change.
 */
import { type Bounds, cellCount, isEntireColumn, isEntireRow } from "./address";
import { interpretInput } from "./coerce";
import { accessDenied, dimensionMismatch, FakeOfficeError, ErrorCodes } from "./errors";
import type { Evaluated, FormulaEvaluator, FormulaScope } from "./formula";
import { effectiveCell, formatTargets } from "./layers";
import { type CellValue, cellAt, cellKey, cellsIn, findSheet, type SheetModel, tidy, type WorkbookModel } from "./model";

export type GridProperty = "values" | "formulas" | "numberFormat" | "text" | "valueTypes";

export interface CalcEnvironment {
  workbook: WorkbookModel;
  evaluate: FormulaEvaluator | null;
}

/** A formula that refers back to itself reads 0, as Excel shows a circular reference. */
const evaluating = new Set<string>();

export function cellValue(env: CalcEnvironment, sheet: SheetModel, r: number, c: number): Evaluated | undefined {
  const cell = sheet.cells.get(cellKey(r, c));
  if (!cell) return undefined;
  if (cell.formula === undefined) return cell.value === undefined ? undefined : { value: cell.value, ...(cell.isError ? { isError: true } : {}) };
  // A value saved with the formula (a seeded file's cached result) stands in where the fake
  // cannot calculate; a formula written through the API never has one.
  const cached: Evaluated | undefined = cell.value === undefined ? undefined : { value: cell.value, ...(cell.isError ? { isError: true } : {}) };
  if (!env.evaluate) return cached ?? { value: "" };
  const key = `${sheet.id}!${r},${c}`;
  if (evaluating.has(key)) return { value: 0 };
  evaluating.add(key);
  try {
    const result = env.evaluate(cell.formula, formulaScope(env, sheet));
    return result.isError && result.value === "#NAME?" && cached ? cached : result;
  } finally {
    evaluating.delete(key);
  }
}

function formulaScope(env: CalcEnvironment, home: SheetModel): FormulaScope {
  const sheetOf = (name: string | undefined) => {
    const s = name === undefined ? home : findSheet(env.workbook, name);
    if (!s) throw new FakeOfficeError("#REF!", "#REF!");
    return s;
  };
  return {
    cell: (name, r, c) => {
      try {
        return cellValue(env, sheetOf(name), r, c);
      } catch {
        return { value: "#REF!", isError: true };
      }
    },
    cells: (name, b) => {
      try {
        const s = sheetOf(name);
        return [...cellsIn(s, b)].map(([r, c]) => cellValue(env, s, r, c)).filter((v): v is Evaluated => v !== undefined);
      } catch {
        return [{ value: "#REF!", isError: true }];
      }
    },
  };
}

/** Excel refuses to send this much in one response; the fake refuses rather than run out of memory. */
const PAYLOAD_CELL_LIMIT = 5_000_000;

function formatNumber(n: number, numberFormat: string | undefined): string {
  if (numberFormat === "0%") return `${Math.round(n * 100)}%`;
  return String(n);
}

function gridCell(env: CalcEnvironment, sheet: SheetModel, r: number, c: number, prop: GridProperty): unknown {
  const cell = effectiveCell(sheet, r, c);
  switch (prop) {
    case "numberFormat":
      return cell.numberFormat ?? "General";
    case "formulas":
      return cell.formula ?? cell.value ?? "";
    case "values":
      return cellValue(env, sheet, r, c)?.value ?? "";
    case "valueTypes": {
      const v = cellValue(env, sheet, r, c);
      if (v === undefined || v.value === "") return "Empty";
      if (v.isError) return "Error";
      return typeof v.value === "number" ? "Double" : typeof v.value === "boolean" ? "Boolean" : "String";
    }
    case "text": {
      const v = cellValue(env, sheet, r, c);
      if (v === undefined) return "";
      if (typeof v.value === "boolean") return v.value ? "TRUE" : "FALSE";
      return typeof v.value === "number" ? formatNumber(v.value, cell.numberFormat) : v.value;
    }
  }
}

export function readGrid(env: CalcEnvironment, sheet: SheetModel, b: Bounds, prop: GridProperty, where: string): unknown[][] {
  if (cellCount(b) > PAYLOAD_CELL_LIMIT) {
    throw new FakeOfficeError(ErrorCodes.responsePayloadSizeLimitExceeded, "The response payload size has exceeded the limit.", where, 413);
  }
  const rows: unknown[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const row: unknown[] = [];
    for (let c = b.c1; c <= b.c2; c++) row.push(gridCell(env, sheet, r, c, prop));
    rows.push(row);
  }
  return rows;
}

/** Protection as Excel applies it: on a protected sheet, locked cells (the default) refuse changes. */
export function assertEditable(sheet: SheetModel, areas: Bounds[], where: string, kind: "content" | "format"): void {
  const p = sheet.protection;
  if (!p.protected) return;
  if (kind === "format" && p.options["allowFormatCells"]) return;
  for (const b of areas) {
    const samples = cellCount(b) <= 65536 ? allCells(b) : [[b.r1, b.c1] as const];
    for (const [r, c] of samples) {
      if (effectiveCell(sheet, r, c).style?.locked !== false) throw accessDenied(where);
    }
  }
}

function* allCells(b: Bounds): Generator<readonly [number, number]> {
  for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) yield [r, c] as const;
}

/** The 2-D input for `b`: a matching array, or one value Excel repeats over every cell. */
function inputAt(input: unknown, b: Bounds, where: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) {
    if (cellCount(b) > 1 << 20) throw new FakeOfficeError("NotImplemented", "The Excel fake does not fill more than 1,048,576 cells with one value.", where);
    return () => input;
  }
  const rows = b.r2 - b.r1 + 1;
  const cols = b.c2 - b.c1 + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) throw dimensionMismatch(where);
  return (r, c) => (input[r - b.r1] as unknown[])[c - b.c1];
}

export function writeGrid(sheet: SheetModel, b: Bounds, input: unknown, prop: "values" | "formulas" | "numberFormat", where: string): void {
  const at = inputAt(input, b, where);
  if (prop === "numberFormat") {
    assertEditable(sheet, [b], where, "format");
    // One format for a whole column or row goes to its layer, not to a million cells.
    if (!Array.isArray(input) && (isEntireColumn(b) || isEntireRow(b))) {
      if (input !== null && input !== undefined) for (const m of formatTargets(sheet, b)) m.numberFormat = String(input);
      return;
    }
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) {
        const v = at(r, c);
        if (v === null || v === undefined) continue;
        cellAt(sheet, r, c).numberFormat = String(v);
      }
    return;
  }
  assertEditable(sheet, [b], where, "content");
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const w = interpretInput(at(r, c), effectiveCell(sheet, r, c).numberFormat, where);
      if (w.kind === "skip") continue;
      const cell = cellAt(sheet, r, c);
      delete cell.value;
      delete cell.isError;
      delete cell.formula;
      if (w.kind === "formula") cell.formula = w.formula;
      else if (w.kind === "value") {
        cell.value = w.value as CellValue;
        if (w.isError) cell.isError = true;
        if (w.numberFormat) cell.numberFormat = w.numberFormat;
      }
      tidy(sheet, r, c);
    }
  }
}

/** `range.clear(applyTo)`: "All" (default), "Contents" or "Formats". */
export function clearCells(sheet: SheetModel, b: Bounds, applyTo: string, where: string): void {
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  assertEditable(sheet, [b], where, contents ? "content" : "format");
  if (formats) {
    for (const m of formatTargets(sheet, b)) {
      delete m.numberFormat;
      delete m.style;
    }
  }
  for (const [r, c, cell] of [...cellsIn(sheet, b)]) {
    if (contents) {
      delete cell.value;
      delete cell.isError;
      delete cell.formula;
    }
    tidy(sheet, r, c);
  }
}
