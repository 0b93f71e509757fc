/**
 * A worksheet substream: its cell records into the cell model, as the .xlsx reader
 * builds it (src/xlsx/reader/sheet.ts): numbers with the number format of their style,
 * shared and inline strings, booleans, errors, formulas with their cached values. Rows
 * and columns are 0-based in the file and 1-based in the model.
 */
import { a1, setCell, type RawCell, type RawSheet } from "../../core/cells";
import { fail } from "../reader/failure";
import type { ReadLimits } from "../reader/limits";
import { cachedValue, type Globals } from "./globals";
import { errorText, formulaText, type FormulaContext } from "./formula";
import { f64, need, records, RT, u16, u32 } from "./records";
import { Segments, stringAt } from "./strings";

export interface SheetContext {
  globals: Globals;
  limits: ReadLimits;
  sheetOf(ixti: number): string | undefined;
  nameOf(index: number): string | undefined;
  /**
   * Bytes of records the sheets may still walk, all sheets together: the stream's length.
   * Sheets whose starts point into one another could otherwise make a small file be read
   * a thousand times over.
   */
  budget: { bytes: number };
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, possibly divided by 100. */
export function rkValue(rk: number): number {
  let n: number;
  if (rk & 0x02) n = rk >> 2;
  else {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(4, rk & 0xfffffffc, true);
    n = buf.getFloat64(0, true);
  }
  return rk & 0x01 ? n / 100 : n;
}

class TooLarge extends Error {}
const TOO_LARGE = new TooLarge();

/**
 * Reads the cells into `sheet`. Returns false, leaving the sheet partly filled, when
 * content lies beyond the row or column limit: the caller drops the sheet.
 */
export function readXlsSheet(stream: Uint8Array, offset: number, sheet: RawSheet, ctx: SheetContext): boolean {
  const part = sheet.name;
  const { maxSheetRows, maxSheetCols, maxStringLength } = ctx.limits;
  const { strings, formats } = ctx.globals;
  /** Shared formulas by their first cell, for the cells that point at them (PtgExp). */
  const shared = new Map<number, Uint8Array>();
  /** Cells of a shared formula: their text is known once the group's SHRFMLA is read, after the first of them. */
  const deferred: { cell: { formula?: string }; row: number; col: number; key: number }[] = [];
  /** A formula whose string result the next STRING record holds. */
  let pending: { row: number; col: number; formula: string } | undefined;
  let pendingDeferred: number | undefined;

  const put = (row: number, col: number, cell: RawCell | undefined): void => {
    if (cell === undefined) return;
    if (row + 1 > maxSheetRows || col + 1 > maxSheetCols) throw TOO_LARGE;
    setCell(sheet, row + 1, col + 1, cell);
  };
  const number = (value: number, xf: number): RawCell => {
    const numFmt = formats[xf];
    return numFmt === undefined ? { kind: "number", value } : { kind: "number", value, numFmt };
  };
  const text = (s: string): RawCell | undefined => (s === "" ? undefined : { kind: "string", value: s });
  const at = (row: number, col: number): FormulaContext => ({ row, col, sheetOf: ctx.sheetOf, nameOf: ctx.nameOf });
  /** Puts a formula cell, its text now or, for a shared formula, once the group is known. */
  const putFormula = (row: number, col: number, cell: RawCell, rgce: Uint8Array, key: number | undefined): void => {
    const withText = cell as { formula?: string };
    if (key === undefined) withText.formula = formulaText(rgce, at(row, col)) ?? "";
    else {
      withText.formula = "";
      deferred.push({ cell: withText, row, col, key });
    }
    put(row, col, cell);
  };

  try {
    let first = true;
    for (const r of records(stream, offset, part)) {
      const d = r.data;
      ctx.budget.bytes -= 4 + d.length + r.continues.reduce((n, c) => n + 4 + c.length, 0);
      if (ctx.budget.bytes < 0) fail("read.xls-corrupt", { part });
      if (first) {
        if (r.type !== RT.BOF) fail("read.xls-corrupt", { part });
        first = false;
        continue;
      }
      if (pending && r.type !== RT.STRING && r.type !== RT.SHRFMLA && r.type !== ARRAY && r.type !== TABLE) {
        // A string result with no STRING record after it: the result was never saved.
        putPending({ kind: "formula", formula: "" });
      }
      switch (r.type) {
        case RT.EOF:
          for (const x of deferred) {
            const body = shared.get(x.key);
            x.cell.formula = (body && formulaText(body, at(x.row, x.col))) ?? "";
          }
          return true;
        case RT.BOF:
          // A chart or other substream embedded in the sheet would need its own EOF; none is expected.
          return fail("read.xls-corrupt", { part });
        case RT.LABELSST: {
          need(d, 10, part);
          const index = u32(d, 6);
          const s = strings[index];
          if (s === undefined) return fail("read.string-index", { part, sheet: sheet.name, cell: a1(u16(d, 0) + 1, u16(d, 2) + 1), index });
          put(u16(d, 0), u16(d, 2), text(s));
          break;
        }
        case RT.LABEL:
        case RT.RSTRING:
          need(d, 9, part);
          put(u16(d, 0), u16(d, 2), text(stringAt(d, 6, 2, maxStringLength, part, { sheet: sheet.name, cell: a1(u16(d, 0) + 1, u16(d, 2) + 1) })[0]));
          break;
        case RT.NUMBER:
          need(d, 14, part);
          put(u16(d, 0), u16(d, 2), number(f64(d, 6), u16(d, 4)));
          break;
        case RT.RK:
          need(d, 10, part);
          put(u16(d, 0), u16(d, 2), number(rkValue(u32(d, 6)), u16(d, 4)));
          break;
        case RT.MULRK: {
          need(d, 6, part);
          const row = u16(d, 0);
          const firstCol = u16(d, 2);
          const count = Math.floor((d.length - 6) / 6);
          if (u16(d, d.length - 2) !== firstCol + count - 1) fail("read.xls-corrupt", { part });
          for (let i = 0; i < count; i++) put(row, firstCol + i, number(rkValue(u32(d, 4 + i * 6 + 2)), u16(d, 4 + i * 6)));
          break;
        }
        case RT.BOOLERR:
          need(d, 8, part);
          put(u16(d, 0), u16(d, 2), d[7] ? { kind: "error", value: errorText(d[6]!) } : { kind: "boolean", value: d[6] !== 0 });
          break;
        case RT.SHRFMLA: {
          // The range it covers, then the formula stored once for every cell of the range.
          need(d, 10, part);
          const cce = u16(d, 8);
          need(d, 10 + cce, part);
          shared.set(u16(d, 0) * 256 + d[4]!, d.subarray(10, 10 + cce));
          break;
        }
        case RT.FORMULA: {
          need(d, 22, part);
          const row = u16(d, 0);
          const col = u16(d, 2);
          const cce = u16(d, 20);
          need(d, 22 + cce, part);
          const rgce = d.subarray(22, 22 + cce);
          const key = rgce.length === 5 && rgce[0] === 0x01 ? u16(rgce, 1) * 256 + (rgce[3]! & 0xff) : undefined;
          const value = cachedValue(d, 6);
          switch (value.kind) {
            case "number": {
              putFormula(row, col, number(value.value, u16(d, 4)), rgce, key);
              break;
            }
            case "string":
              pending = { row, col, formula: key === undefined ? (formulaText(rgce, at(row, col)) ?? "") : "" };
              pendingDeferred = key;
              break;
            case "empty-string":
              putFormula(row, col, { kind: "string", value: "" }, rgce, key);
              break;
            case "boolean":
              putFormula(row, col, { kind: "boolean", value: value.value }, rgce, key);
              break;
            case "error":
              putFormula(row, col, { kind: "error", value: errorText(value.code) }, rgce, key);
              break;
          }
          break;
        }
        case RT.STRING:
          if (pending) putPending({ kind: "string", value: new Segments([d, ...r.continues], part).unicodeString(maxStringLength) });
          break;
      }
    }
  } catch (e) {
    if (e instanceof TooLarge) return false;
    throw e;
  }
  return fail("read.truncated");

  function putPending(cell: RawCell): void {
    const { row, col, formula } = pending!;
    pending = undefined;
    const withText = cell as { formula?: string };
    withText.formula = formula;
    if (pendingDeferred !== undefined) deferred.push({ cell: withText, row, col, key: pendingDeferred });
    put(row, col, cell);
  }
}

const ARRAY = 0x0221;
const TABLE = 0x0236;
