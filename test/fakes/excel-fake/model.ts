/**
 * The workbook itself: plain data the proxies read and write at sync time, and tests
 * inspect directly. Nothing here knows about load/sync; that is the proxies' job.
 */
import { type Bounds, MAX_COLS } from "./address";

export type CellValue = string | number | boolean;

export type BorderSide = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";

export interface BorderModel {
  style: string;
  color: string;
  weight: string;
}

export interface FontModel {
  bold: boolean;
  italic: boolean;
  color: string;
  name: string;
  size: number;
  underline: string;
}

/** Only what was set differs from Excel's defaults (see `defaults.ts`). */
export interface CellStyle {
  fill?: string;
  font?: Partial<FontModel>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  locked?: boolean;
  formulaHidden?: boolean;
  borders?: Partial<Record<BorderSide, BorderModel>>;
}

export interface ValidationModel {
  /** Exactly one key, as Excel requires: `list`, `wholeNumber`, `decimal`, ... */
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

export interface CellModel {
  /** A constant; absent when the cell is empty or holds a formula. */
  value?: CellValue;
  /** `value` is an error literal such as `#N/A` (valueTypes "Error"). */
  isError?: boolean;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  /** Shared by every cell the rule was set on at once, as Excel shares one rule per area. */
  validation?: ValidationModel;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  cells: Map<number, CellModel>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Bounds[];
  /**
   * Formats set on whole columns, whole rows or the whole sheet, so that
   * `getRange("A:A").numberFormat = [["@"]]` does not create a million cells.
   * A cell's own format wins over its row's, which wins over its column's.
   */
  columnFormats: Map<number, CellModel>;
  rowFormats: Map<number, CellModel>;
  sheetFormat: CellModel;
  freeze: { rows: number; columns: number };
  protection: { protected: boolean; options: Record<string, boolean>; password?: string };
  deleted: boolean;
}

export type NameTarget =
  | { kind: "range"; sheet: SheetModel; bounds: Bounds }
  /** A constant or formula name: the text after `=`, kept as written (`"stats-table"`, `2025`). */
  | { kind: "formula"; text: string };

export interface NameModel {
  name: string;
  /** null: workbook scope. */
  scope: SheetModel | null;
  comment: string;
  visible: boolean;
  target: NameTarget;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  active: SheetModel;
  selection: { sheet: SheetModel; areas: Bounds[] } | null;
  names: NameModel[];
  nextSheetId: number;
}

export function cellKey(r: number, c: number): number {
  return r * MAX_COLS + c;
}

export function keyToCell(key: number): { r: number; c: number } {
  return { r: Math.floor(key / MAX_COLS), c: key % MAX_COLS };
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  const n = wb.nextSheetId++;
  return {
    id: `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    colWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    columnFormats: new Map(),
    rowFormats: new Map(),
    sheetFormat: {},
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, options: {} },
    deleted: false,
  };
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

export function findSheet(wb: WorkbookModel, nameOrId: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.id === nameOrId || sameName(s.name, nameOrId));
}

/** Excel's rules for a sheet name; the reason when it breaks one. */
export function sheetNameProblem(name: string): string | undefined {
  if (typeof name !== "string" || name.length === 0) return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (sameName(name, "History")) return "reserved by Excel";
  return undefined;
}

export function isEmptyCell(cell: CellModel): boolean {
  return cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined && cell.style === undefined && cell.validation === undefined;
}

/** The cell, created on demand: callers write into it. */
export function cellAt(sheet: SheetModel, r: number, c: number): CellModel {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that no longer holds anything, so that the used range shrinks as in Excel. */
export function tidy(sheet: SheetModel, r: number, c: number): void {
  const key = cellKey(r, c);
  const cell = sheet.cells.get(key);
  if (cell && isEmptyCell(cell)) sheet.cells.delete(key);
}

/** Every stored cell inside `b`, without visiting the (possibly huge) empty ones. */
export function* cellsIn(sheet: SheetModel, b: Bounds): Generator<[number, number, CellModel]> {
  const area = (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
  if (area <= sheet.cells.size) {
    for (let r = b.r1; r <= b.r2; r++) {
      for (let c = b.c1; c <= b.c2; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) yield [r, c, cell];
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const { r, c } = keyToCell(key);
    if (r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2) yield [r, c, cell];
  }
}

/** The used range: cells with a value or formula, or (valuesOnly false) with any format too. */
export function usedBounds(sheet: SheetModel, valuesOnly: boolean): Bounds | undefined {
  let b: Bounds | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? cell.value === undefined && cell.formula === undefined : isEmptyCell(cell)) continue;
    const { r, c } = keyToCell(key);
    if (!b) b = { r1: r, c1: c, r2: r, c2: c };
    else b = { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) };
  }
  return b;
}
