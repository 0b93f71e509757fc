/**
 * The host-neutral cell model. Every source of cells (the .xlsx reader, the Office.js
 * adapter, a test) produces these, and the core reads only these, so that a form read
 * from a file and a form read from the open workbook go through the same checks.
 */

/** A cell as a spreadsheet stores it. A blank cell is simply absent from the sheet. */
export type RawCell =
  | { kind: "number"; value: number; formula?: string; numFmt?: string }
  | { kind: "string"; value: string; formula?: string }
  | { kind: "boolean"; value: boolean; formula?: string }
  /** A formula error value such as `#REF!` or `#VALUE!`. */
  | { kind: "error"; value: string; formula?: string }
  /** A formula whose result was never computed and saved (no cached value). */
  | { kind: "formula"; formula: string };

export interface RawSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** 1-based extent of the cells with content (0 when the sheet is empty). */
  maxRow: number;
  maxCol: number;
  /** Keyed by {@link cellKey}. */
  cells: Map<number, RawCell>;
}

export interface RawDefinedName {
  name: string;
  /** The formula text as stored, e.g. `'Biểu mẫu'!$G$1` or `"HTSD"`. Never expanded. */
  value: string;
  /** Index into {@link RawWorkbook.sheets} when the name is local to a sheet. */
  localSheet?: number;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  definedNames: RawDefinedName[];
}

/** Column count of the largest sheet Excel allows: keys stay unique for any real address. */
const COLS = 16384;

export function cellKey(row: number, col: number): number {
  return row * COLS + col;
}

export function getCell(sheet: RawSheet, row: number, col: number): RawCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function setCell(sheet: RawSheet, row: number, col: number, cell: RawCell): void {
  sheet.cells.set(cellKey(row, col), cell);
  if (row > sheet.maxRow) sheet.maxRow = row;
  if (col > sheet.maxCol) sheet.maxCol = col;
}

export function emptySheet(name: string): RawSheet {
  return { name, state: "visible", maxRow: 0, maxCol: 0, cells: new Map() };
}
