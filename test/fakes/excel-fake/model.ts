/**
 * The workbook itself: plain data the proxies read and write at sync time, and tests
 * inspect directly. Nothing here knows about load/sync; that is the proxies' job.
 */
import { type Bounds, MAX_COLS } from "./address";

export type CellValue = string | number | boolean;

export interface CellModel {
  /** A constant, or a seeded formula's cached result; absent when the cell is empty. */
  value?: CellValue;
  /** `value` is an error literal such as `#N/A` (valueTypes "Error"). */
  isError?: boolean;
  formula?: string;
  numberFormat?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Map<number, CellModel>;
  /** Every cell counts as locked (Excel's default): a protected sheet refuses every write. */
  protected: boolean;
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
  selection: { sheet: SheetModel; bounds: Bounds } | null;
  names: NameModel[];
  nextSheetId: number;
}

export function cellKey(r: number, c: number): number {
  return r * MAX_COLS + c;
}

export function keyToCell(key: number): { r: number; c: number } {
  return { r: Math.floor(key / MAX_COLS), c: key % MAX_COLS };
}

export function newSheet(wb: Pick<WorkbookModel, "nextSheetId">, name: string): SheetModel {
  const n = wb.nextSheetId++;
  return { id: `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`, name, visibility: "Visible", cells: new Map(), protected: false, deleted: false };
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** By name (any case, as Excel compares them) or by the id insertWorksheetsFromBase64 returned. */
export function findSheet(wb: Pick<WorkbookModel, "sheets">, nameOrId: string): SheetModel | undefined {
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

/** Drops a cell that no longer holds anything, so that the used range shrinks as in Excel. */
export function tidy(sheet: SheetModel, r: number, c: number): void {
  const key = cellKey(r, c);
  const cell = sheet.cells.get(key);
  if (cell && cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined) sheet.cells.delete(key);
}

/** Every stored cell inside `b`, without visiting the (possibly many) empty ones. */
export function* cellsIn(sheet: SheetModel, b: Bounds): Generator<[number, number, CellModel]> {
  if ((b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) <= sheet.cells.size) {
    for (let r = b.r1; r <= b.r2; r++) {
      for (let c = b.c1; c <= b.c2; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) yield [r, c, cell];
      }
    }
    return;
  }
  for (const [key, cell] of sheet.cells) {
    const { r, c } = keyToCell(key);
    if (r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2) yield [r, c, cell];
  }
}

/** The used range: cells with a value or formula, or (valuesOnly false) with a number format too. */
export function usedBounds(sheet: SheetModel, valuesOnly: boolean): Bounds | undefined {
  let b: Bounds | undefined;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
    const { r, c } = keyToCell(key);
    b = b ? { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
  }
  return b;
}
