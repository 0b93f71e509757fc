/**
 * A spreadsheet in miniature for the few formulas the consolidation sheets use, so tests
 * can check that each formula, computed over the sheets as described, gives the value
 * cached beside it, and follows when a detail cell is corrected.
 */
import { columnIndex } from "../../../src/core/cells";
import { eachCell, type CellDescription, type SheetDescription } from "../../../src/core/sheet";

type Value = number | string | null;

const REF = /(?:'((?:[^']|'')+)'!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

export class Book {
  private readonly sheets = new Map<string, Map<string, CellDescription>>();

  constructor(descriptions: readonly SheetDescription[]) {
    for (const s of descriptions) this.sheets.set(s.name, new Map([...eachCell(s)].map((c) => [`${c.row},${c.col}`, c])));
  }

  cell(sheet: string, row: number, col: number): CellDescription | undefined {
    return this.sheets.get(sheet)?.get(`${row},${col}`);
  }

  /** Types a value into a cell, as a consolidator correcting a figure would. */
  set(sheet: string, row: number, col: number, value: Value): void {
    const s = this.sheets.get(sheet)!;
    s.set(`${row},${col}`, { row, col, value });
  }

  value(sheet: string, row: number, col: number): Value {
    const c = this.cell(sheet, row, col);
    if (!c) return null;
    if (c.formula !== undefined) return this.evaluate(sheet, c.formula);
    return typeof c.value === "boolean" ? null : (c.value ?? null);
  }

  private values(sheet: string, refs: string): Value[] {
    const out: Value[] = [];
    for (const m of refs.matchAll(REF)) {
      const target = m[1] === undefined ? sheet : m[1].replace(/''/g, "'");
      if (!this.sheets.has(target)) throw new Error(`no sheet ${target} in ${refs}`);
      const [c1, r1] = [columnIndex(m[2]!), Number(m[3])];
      const [c2, r2] = m[4] ? [columnIndex(m[4]), Number(m[5])] : [c1, r1];
      if (r2 < r1 || c2 < c1) throw new Error(`reversed range ${m[0]}`);
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(this.value(target, r, c));
    }
    return out;
  }

  evaluate(sheet: string, formula: string): Value {
    const nums = (refs: string) => this.values(sheet, refs).filter((v): v is number => typeof v === "number");
    let m = /^IF\(COUNT\((.+)\)=0,"",SUM\((.+)\)\)$/.exec(formula);
    if (m && m[1] === m[2]) {
      const xs = nums(m[1]!);
      return xs.length === 0 ? "" : xs.reduce((a, b) => a + b, 0);
    }
    m = /^COUNTIF\((.+),"((?:[^"]|"")*)"\)$/.exec(formula);
    if (m) {
      const want = m[2]!.replace(/""/g, '"').toLowerCase();
      return this.values(sheet, m[1]!).filter((v) => typeof v === "string" && v.toLowerCase() === want).length;
    }
    m = /^COUNTBLANK\((.+)\)$/.exec(formula);
    if (m) return this.values(sheet, m[1]!).filter((v) => v === null || v === "").length;
    m = /^COUNTA\((.+)\)-SUM\((.+)\)$/.exec(formula);
    if (m) return this.values(sheet, m[1]!).filter((v) => v !== null).length - nums(m[2]!).reduce((a, b) => a + b, 0);
    m = /^IF\(ISNUMBER\(/.exec(formula);
    if (m) return "(date line)";
    throw new Error(`formula not understood: ${formula}`);
  }
}
