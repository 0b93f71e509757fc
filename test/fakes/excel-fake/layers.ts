/**
 * A cell's effective format (its own over its row's over its column's over the sheet's) and
 * the places a format write lands: whole-column/row/sheet layers for such ranges, otherwise
 * one stored cell per address. Contents (value, formula) never live in a layer.
 */
import { type Bounds, cellCount, isEntireColumn, isEntireRow } from "./address";
import { FakeOfficeError } from "./errors";
import { type CellModel, type CellStyle, cellAt, cellKey, cellsIn, type SheetModel } from "./model";

const EMPTY: CellModel = Object.freeze({}) as CellModel;

function mergeStyle(a: CellStyle | undefined, b: CellStyle | undefined): CellStyle | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    ...a,
    ...b,
    ...(a.font || b.font ? { font: { ...a.font, ...b.font } } : {}),
    ...(a.borders || b.borders ? { borders: { ...a.borders, ...b.borders } } : {}),
  };
}

function mergeFormat(under: CellModel | undefined, over: CellModel | undefined): CellModel | undefined {
  if (!under) return over;
  if (!over) return under;
  const style = mergeStyle(under.style, over.style);
  const numberFormat = over.numberFormat ?? under.numberFormat;
  const validation = over.validation ?? under.validation;
  return {
    ...(over.value !== undefined ? { value: over.value, ...(over.isError ? { isError: true } : {}) } : {}),
    ...(over.formula !== undefined ? { formula: over.formula } : {}),
    ...(numberFormat !== undefined ? { numberFormat } : {}),
    ...(style ? { style } : {}),
    ...(validation ? { validation } : {}),
  };
}

export function effectiveCell(sheet: SheetModel, r: number, c: number): CellModel {
  const own = sheet.cells.get(cellKey(r, c));
  const col = sheet.columnFormats.get(c);
  const row = sheet.rowFormats.get(r);
  const hasSheet = Object.keys(sheet.sheetFormat).length > 0;
  if (!col && !row && !hasSheet) return own ?? EMPTY;
  return mergeFormat(mergeFormat(mergeFormat(hasSheet ? sheet.sheetFormat : undefined, col), row), own) ?? EMPTY;
}

/** More cells than the fake will write one by one; whole rows and columns use layers instead. */
const CELL_BY_CELL_LIMIT = 1 << 20;

/** The models a format write to `b` must change, layers first, then every cell (stored or created). */
export function formatTargets(sheet: SheetModel, b: Bounds): CellModel[] {
  const col = isEntireColumn(b);
  const row = isEntireRow(b);
  if (!col && !row) {
    if (cellCount(b) > CELL_BY_CELL_LIMIT) {
      throw new FakeOfficeError("NotImplemented", "The Excel fake formats more than 1,048,576 cells only as whole rows or columns.");
    }
    const out: CellModel[] = [];
    for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) out.push(cellAt(sheet, r, c));
    return out;
  }
  const out: CellModel[] = [];
  if (col && row) out.push(sheet.sheetFormat);
  if (col && !row) for (let c = b.c1; c <= b.c2; c++) out.push(layer(sheet.columnFormats, c));
  if (row && !col) for (let r = b.r1; r <= b.r2; r++) out.push(layer(sheet.rowFormats, r));
  // What is already more specific inside the range must take the new format too.
  if (col && row) out.push(...sheet.columnFormats.values(), ...sheet.rowFormats.values());
  // A row's format beats a column's, so where a formatted row crosses the columns the
  // new format goes on the crossing cells, as Excel does.
  else if (col) for (const r of sheet.rowFormats.keys()) for (let c = b.c1; c <= b.c2; c++) cellAt(sheet, r, c);
  for (const [, , cell] of cellsIn(sheet, b)) out.push(cell);
  return out;
}

function layer(map: Map<number, CellModel>, i: number): CellModel {
  let m = map.get(i);
  if (!m) {
    m = {};
    map.set(i, m);
  }
  return m;
}

/**
 * Every distinct effective format inside `b`, without visiting a million empty cells: the
 * stored cells, plus one empty cell per column and per row layer, which stand for the rest.
 */
export function effectiveSamples(sheet: SheetModel, b: Bounds): CellModel[] {
  const out: CellModel[] = [];
  let stored = 0;
  for (const [r, c] of cellsIn(sheet, b)) {
    stored++;
    out.push(effectiveCell(sheet, r, c));
  }
  if (stored === cellCount(b)) return out;
  if (cellCount(b) <= 4096) {
    for (let r = b.r1; r <= b.r2; r++)
      for (let c = b.c1; c <= b.c2; c++) if (!sheet.cells.has(cellKey(r, c))) out.push(effectiveCell(sheet, r, c));
    return out;
  }
  const rowLayers = [...sheet.rowFormats.keys()].filter((r) => r >= b.r1 && r <= b.r2);
  let freeRow = b.r1;
  while (freeRow < b.r2 && sheet.rowFormats.has(freeRow)) freeRow++;
  for (let c = b.c1; c <= b.c2; c++) {
    out.push(effectiveCell(sheet, freeRow, c));
    for (const r of rowLayers) out.push(effectiveCell(sheet, r, c));
  }
  return out;
}
