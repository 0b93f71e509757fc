/**
 * A sheet description (what the writer would render) turned straight into the core's
 * cell model, and a small editor that does to it what a school does in Excel: type
 * numbers or text, break a formula, insert, delete or move rows and columns (references
 * follow, as Excel moves them), and recalculate the template's total formulas.
 * Lets the checks be tested on the real layout without any file IO.
 */
import { a1, cellKey, emptySheet, getCell, parseA1, setCell, type RawCell, type RawSheet, type RawWorkbook } from "../../src/core/cells";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet, type StatsSheetOptions } from "../../src/core/kinds/stats-table";
import type { SheetDescription } from "../../src/core/sheet";

export function rawFromDescriptions(...descriptions: SheetDescription[]): RawWorkbook {
  const wb: RawWorkbook = { sheets: [], definedNames: [] };
  for (const d of descriptions) {
    const sheet = emptySheet(d.name);
    for (const c of d.cells) {
      const cell = toRaw(c.value, c.formula, c.cached, c.style?.numFmt);
      if (cell) setCell(sheet, c.row, c.col, cell);
    }
    wb.sheets.push(sheet);
    for (const n of d.definedNames ?? []) wb.definedNames.push({ name: n.name, value: n.formula });
  }
  return wb;
}

function toRaw(value: unknown, formula: string | undefined, cached: number | string | undefined, numFmt: string | undefined): RawCell | undefined {
  if (formula !== undefined) {
    if (cached === undefined) return { kind: "formula", formula };
    return typeof cached === "number" ? { kind: "number", value: cached, formula, ...(numFmt ? { numFmt } : {}) } : { kind: "string", value: cached, formula };
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return { kind: "number", value, ...(numFmt ? { numFmt } : {}) };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return { kind: "string", value: String(value) };
}

export type TypedValue = number | string | boolean | null;

/** Edits one sheet of a raw workbook the way a user would in a spreadsheet program. */
export class SheetEditor {
  constructor(
    readonly workbook: RawWorkbook,
    readonly sheet: RawSheet,
  ) {}

  get(ref: string): RawCell | undefined {
    const at = parseA1(ref)!;
    return getCell(this.sheet, at.row, at.col);
  }

  /** Typed into the cell: a number, a text (as typed, even when it looks like a number), or cleared with null. */
  set(ref: string, value: TypedValue): this {
    const at = parseA1(ref)!;
    const cell = toRaw(value, undefined, undefined, typeof value === "number" ? "#,##0" : undefined);
    if (cell) setCell(this.sheet, at.row, at.col, cell);
    else this.sheet.cells.delete(cellKey(at.row, at.col));
    return this;
  }

  setRaw(ref: string, cell: RawCell): this {
    const at = parseA1(ref)!;
    setCell(this.sheet, at.row, at.col, cell);
    return this;
  }

  setError(ref: string, error: string, formula = "1/0"): this {
    return this.setRaw(ref, { kind: "error", value: error, formula });
  }

  /** A formula saved without its computed value, as some generators write them. */
  setFormulaWithoutValue(ref: string, formula: string): this {
    return this.setRaw(ref, { kind: "formula", formula });
  }

  /** An Excel date serial with a date format, as Excel stores a typed date. */
  setDate(ref: string, iso: string): this {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
    return this.setRaw(ref, { kind: "number", value: serial, numFmt: "dd/mm/yyyy" });
  }

  insertRows(at: number, count = 1): this {
    return this.remap((row, col) => ({ row: row >= at ? row + count : row, col }), (row) => (row >= at ? row + count : row), undefined);
  }

  deleteRows(at: number, count = 1): this {
    return this.remap((row, col) => (row >= at && row < at + count ? undefined : { row: row >= at + count ? row - count : row, col }), (row) => (row >= at + count ? row - count : row), undefined);
  }

  /** Cut row `from` and insert it before row `to` (Excel's cut + "Insert Cut Cells"). */
  moveRow(from: number, to: number): this {
    const map = (row: number) => {
      if (row === from) return to > from ? to - 1 : to;
      if (to > from && row > from && row < to) return row - 1;
      if (to < from && row >= to && row < from) return row + 1;
      return row;
    };
    return this.remap((row, col) => ({ row: map(row), col }), map, undefined);
  }

  insertColumns(at: number, count = 1): this {
    return this.remap((row, col) => ({ row, col: col >= at ? col + count : col }), undefined, (col) => (col >= at ? col + count : col));
  }

  /** Excel's recalculation of the template's totals: `IF(COUNT(refs)=0,"",SUM(refs))`. */
  recalc(): this {
    for (const [key, cell] of [...this.sheet.cells]) {
      const m = /^IF\(COUNT\(([^)]*)\)=0,"",SUM\(\1\)\)$/.exec(cell.formula ?? "");
      if (!m) continue;
      const nums = refsIn(m[1]!).map((r) => getCell(this.sheet, r.row, r.col)).filter((c): c is Extract<RawCell, { kind: "number" }> => c?.kind === "number");
      this.sheet.cells.set(key, nums.length === 0 ? { kind: "string", value: "", formula: cell.formula! } : { kind: "number", value: nums.reduce((a, c) => a + c.value, 0), formula: cell.formula!, numFmt: "#,##0" });
    }
    return this;
  }

  private remap(cellTo: (row: number, col: number) => { row: number; col: number } | undefined, rowMap?: (row: number) => number, colMap?: (col: number) => number): this {
    const old = [...this.sheet.cells];
    this.sheet.cells.clear();
    this.sheet.maxRow = 0;
    this.sheet.maxCol = 0;
    for (const [key, cell] of old) {
      const col = key % 16384 || 16384;
      const row = (key - col) / 16384;
      const to = cellTo(row, col);
      if (!to) continue;
      const moved = cell.formula !== undefined ? { ...cell, formula: shiftRefs(cell.formula, rowMap, colMap) } : cell;
      setCell(this.sheet, to.row, to.col, moved as RawCell);
    }
    for (const n of this.workbook.definedNames) {
      const m = /^('(?:[^']|'')+'|[^!]+)!(.*)$/.exec(n.value);
      if (m && m[1]!.replace(/^'|'$/g, "").replace(/''/g, "'") === this.sheet.name) n.value = `${m[1]}!${shiftRefs(m[2]!, rowMap, colMap)}`;
    }
    return this;
  }
}

/** References outside string literals, moved as Excel moves them. */
function shiftRefs(formula: string, rowMap?: (r: number) => number, colMap?: (c: number) => number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part) =>
      part.startsWith('"')
        ? part
        : part.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (_all, d1: string, colName: string, d2: string, row: string) => {
            const at = parseA1(`${colName}${row}`)!;
            const newCol = colMap ? colMap(at.col) : at.col;
            const newRow = rowMap ? rowMap(at.row) : at.row;
            const ref = a1(newRow, newCol);
            const letters = ref.replace(/\d+$/, "");
            return `${d1}${letters}${d2}${newRow}`;
          }),
    )
    .join("");
}

function refsIn(list: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const part of list.split(",")) {
    const [from, to] = part.split(":").map((r) => parseA1(r)!);
    if (!to) {
      out.push(from!);
      continue;
    }
    for (let r = from!.row; r <= to.row; r++) for (let c = from!.col; c <= to.col; c++) out.push({ row: r, col: c });
  }
  return out;
}

export const STATS_FORM = getForm("stats-table")!;
export const OUTLINE_FORM = getForm("report-outline")!;

/** The stats-table template of a year, as the writer would render it, ready to be edited. */
export function statsTemplate(opts: Partial<StatsSheetOptions> = {}): SheetEditor {
  const desc = statsTableSheet({ form: STATS_FORM, year: 2025, sheetName: "Biểu mẫu", ...opts });
  const wb = rawFromDescriptions(desc);
  return new SheetEditor(wb, wb.sheets[0]!);
}

/** A sheet typed by hand: rows of cells from A1, `null` for an empty cell. */
export function handTypedSheet(name: string, rows: readonly (readonly TypedValue[])[]): SheetEditor {
  const sheet = emptySheet(name);
  rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      const cell = toRaw(v, undefined, undefined, undefined);
      if (cell) setCell(sheet, r + 1, c + 1, cell);
    }),
  );
  return new SheetEditor({ sheets: [sheet], definedNames: [] }, sheet);
}
