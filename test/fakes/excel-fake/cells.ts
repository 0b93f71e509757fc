/**
 * Reading and writing a range's contents at sync time: values (with formulas calculated),
 * formulas, number formats and value types, Excel's input parsing on the way in, and the
 * protection check Excel makes before it lets a (locked) cell change.
 */
import { type Bounds, cellCount } from "./address";
import { interpretInput } from "./coerce";
import { accessDenied, dimensionMismatch, FakeOfficeError, notImplemented } from "./errors";
import { evaluate, type Evaluated, type FormulaScope } from "./formula";
import { type CellValue, cellKey, cellsIn, findSheet, type SheetModel, tidy, type WorkbookModel } from "./model";

export type GridProperty = "values" | "formulas" | "numberFormat" | "valueTypes";

/** A formula that refers back to itself reads 0, as Excel shows a circular reference. */
const evaluating = new Set<string>();

export function cellValue(workbook: WorkbookModel, sheet: SheetModel, r: number, c: number): Evaluated | undefined {
  const cell = sheet.cells.get(cellKey(r, c));
  if (!cell) return undefined;
  // A value saved with the formula (a seeded file's cached result) stands in where the fake
  // cannot calculate; a formula written through the API never has one.
  const stored: Evaluated | undefined = cell.value === undefined ? undefined : { value: cell.value, ...(cell.isError ? { isError: true } : {}) };
  if (cell.formula === undefined) return stored;
  const key = `${sheet.id}!${r},${c}`;
  if (evaluating.has(key)) return { value: 0 };
  evaluating.add(key);
  try {
    const result = evaluate(cell.formula, formulaScope(workbook, sheet));
    return result.isError && result.value === "#NAME?" && stored ? stored : result;
  } finally {
    evaluating.delete(key);
  }
}

function formulaScope(workbook: WorkbookModel, home: SheetModel): FormulaScope {
  const REF: Evaluated = { value: "#REF!", isError: true };
  const sheetOf = (name: string | undefined) => (name === undefined ? home : findSheet(workbook, name));
  return {
    cell: (name, r, c) => {
      const s = sheetOf(name);
      return s ? cellValue(workbook, s, r, c) : REF;
    },
    cells: (name, b) => {
      const s = sheetOf(name);
      if (!s) return [REF];
      return [...cellsIn(s, b)].map(([r, c]) => cellValue(workbook, s, r, c)).filter((v): v is Evaluated => v !== undefined);
    },
  };
}

/** Excel refuses to send this much in one response; the fake refuses rather than run out of memory. */
const PAYLOAD_CELL_LIMIT = 5_000_000;

function gridCell(workbook: WorkbookModel, sheet: SheetModel, r: number, c: number, prop: GridProperty): unknown {
  const cell = sheet.cells.get(cellKey(r, c));
  switch (prop) {
    case "numberFormat":
      return cell?.numberFormat ?? "General";
    case "formulas":
      return cell?.formula ?? cell?.value ?? "";
    case "values":
      return cellValue(workbook, sheet, r, c)?.value ?? "";
    case "valueTypes": {
      const v = cellValue(workbook, sheet, r, c);
      if (v === undefined || v.value === "") return "Empty";
      if (v.isError) return "Error";
      return typeof v.value === "number" ? "Double" : typeof v.value === "boolean" ? "Boolean" : "String";
    }
  }
}

export function readGrid(workbook: WorkbookModel, sheet: SheetModel, b: Bounds, prop: GridProperty, where: string): unknown[][] {
  if (cellCount(b) > PAYLOAD_CELL_LIMIT) {
    throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", where, 413);
  }
  const rows: unknown[][] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    const row: unknown[] = [];
    for (let c = b.c1; c <= b.c2; c++) row.push(gridCell(workbook, sheet, r, c, prop));
    rows.push(row);
  }
  return rows;
}

/** The 2-D input for `b`; a single value repeated over the range is Office.js too, but nothing here writes one. */
function inputAt(input: unknown, b: Bounds, where: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) throw notImplemented(where, "The Excel fake writes 2-D arrays only.");
  const rows = b.r2 - b.r1 + 1;
  const cols = b.c2 - b.c1 + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) throw dimensionMismatch(where);
  return (r, c) => (input[r - b.r1] as unknown[])[c - b.c1];
}

export function writeGrid(sheet: SheetModel, b: Bounds, input: unknown, prop: "values" | "numberFormat", where: string): void {
  const at = inputAt(input, b, where);
  // Every cell is locked, Excel's default; the fake models no unlocked cells and no "format cells" permission.
  if (sheet.protected) throw accessDenied(where);
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      const key = cellKey(r, c);
      const v = at(r, c);
      if (prop === "numberFormat") {
        if (v !== null && v !== undefined) sheet.cells.set(key, { ...sheet.cells.get(key), numberFormat: String(v) });
        continue;
      }
      const w = interpretInput(v, sheet.cells.get(key)?.numberFormat, where);
      if (w.kind === "skip") continue;
      const { numberFormat } = sheet.cells.get(key) ?? {};
      const cell = numberFormat === undefined ? {} : { numberFormat };
      if (w.kind === "formula") sheet.cells.set(key, { ...cell, formula: w.formula });
      else if (w.kind === "value") sheet.cells.set(key, { ...cell, value: w.value as CellValue, ...(w.isError ? { isError: true } : {}) });
      else sheet.cells.set(key, cell);
      tidy(sheet, r, c);
    }
  }
}
