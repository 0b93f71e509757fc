/**
 * What Office.js returns for a used range and for defined names, turned into the core's
 * cell model exactly as the .xlsx reader builds it from a file (src/xlsx/reader/sheet.ts):
 * an empty string is a blank cell, General carries no number format, a formula keeps its
 * text without "=" beside its computed value. So a form checked in Excel and the same form
 * checked as a file give the same problems.
 */
import { a1, emptySheet, setCell, type RawCell, type RawDefinedName, type RawSheet } from "../core/cells";

/** The loaded properties of one used range (all ExcelApi 1.1); rows and columns 0-based. */
export interface UsedGrid {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

export interface SheetRead {
  sheet: RawSheet;
  /** A1 addresses of text cells whose number format is Text ("@"): a fix must reformat them. */
  textFormatted: string[];
}

const STATE: Record<string, RawSheet["state"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export function sheetState(visibility: string): RawSheet["state"] {
  return STATE[visibility] ?? "visible";
}

export function sheetFromGrid(name: string, visibility: string, grid: UsedGrid | undefined): SheetRead {
  const sheet = emptySheet(name);
  sheet.state = sheetState(visibility);
  const textFormatted: string[] = [];
  if (!grid) return { sheet, textFormatted };
  grid.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const numFmt = grid.numberFormat[r]?.[c];
      const cell = toRawCell(value, grid.formulas[r]?.[c], numFmt, grid.valueTypes[r]?.[c]);
      if (!cell) return;
      const rowNo = grid.rowIndex + r + 1;
      const colNo = grid.columnIndex + c + 1;
      setCell(sheet, rowNo, colNo, cell);
      if (cell.kind === "string" && numFmt === "@") textFormatted.push(a1(rowNo, colNo));
    });
  });
  return { sheet, textFormatted };
}

/**
 * One cell. `valueType` tells an error value from text that looks like one: Office.js gives
 * both as strings ("#REF!"). `formulas` repeats a constant, so only a string starting with
 * "=" that differs from the value is a formula (a text-formatted cell can hold "=x" as text).
 */
export function toRawCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): RawCell | undefined {
  const f = typeof formula === "string" && formula.length > 1 && formula.startsWith("=") && formula !== value ? formula.slice(1) : undefined;
  const withFormula = f === undefined ? {} : { formula: f };
  if (valueType === "Error") return { kind: "error", value: String(value), ...withFormula };
  if (typeof value === "number") {
    const numFmt = typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General" ? { numFmt: numberFormat } : {};
    return { kind: "number", value, ...withFormula, ...numFmt };
  }
  if (typeof value === "boolean") return { kind: "boolean", value, ...withFormula };
  if (value === null || value === undefined || value === "") {
    // A formula whose result is "" is a computed result, as the file reader keeps it.
    return f === undefined ? undefined : { kind: "string", value: "", formula: f };
  }
  return { kind: "string", value: String(value), ...withFormula };
}

/** A loaded NamedItem: `formula` only where ExcelApi 1.7 let us load it. */
export interface NameItem {
  name: string;
  type: string;
  value: unknown;
  formula?: string;
}

/**
 * A defined name as the file reader gives it: the formula text without "=". Before
 * ExcelApi 1.7 there is no `formula`; the same text is rebuilt from `type` and `value`
 * (1.1), which is exact for the names the core reads (a cell, or a string constant).
 */
export function definedName(item: NameItem, localSheet?: number): RawDefinedName | undefined {
  const value = item.formula !== undefined ? item.formula.replace(/^=/, "") : formulaFromValue(item.type, item.value);
  if (value === undefined) return undefined;
  return { name: item.name, value, ...(localSheet === undefined ? {} : { localSheet }) };
}

function formulaFromValue(type: string, value: unknown): string | undefined {
  switch (type) {
    case "Range":
      return typeof value === "string" ? value.replace(/^=/, "") : undefined;
    case "String":
      return `"${String(value).replace(/"/g, '""')}"`;
    case "Integer":
    case "Double":
      return typeof value === "number" ? String(value) : undefined;
    case "Boolean":
      return value ? "TRUE" : "FALSE";
    case "Error":
      return typeof value === "string" ? value : undefined;
    default:
      return undefined;
  }
}
