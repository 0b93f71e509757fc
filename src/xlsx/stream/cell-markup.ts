/**
 * A cell's markup, put together from cached pieces (`<c r="AB`, `" s="12"><v>`) around its
 * row and value: numbers and shared texts, booleans, blanks, formulas with their cached
 * values. The cell is fitted to Excel's limits first, and where it had to be is said.
 */
import { columnName } from "../../core/cells";
import { fitCell, MAX_CELL_TEXT, type CellDescription, type Unfit } from "../../core/sheet";
import { xmlText } from "./escape";
import type { SharedStrings } from "./strings";
import type { PartWriter } from "./zip";

const COLUMN_NAMES: string[] = [];
/** A column's letters, made once per column. */
export function colName(col: number): string {
  return (COLUMN_NAMES[col] ??= columnName(col));
}
/** `<c r="AB`, by column: a cell's markup is put together from such cached pieces, not made anew. */
const CELL_OPEN: string[] = [];
/**
 * What follows the reference up to the value, by xf: `" s="12"><v>` for a number, with
 * ` t="s"` for a shared text; the reference's closing quote and the format alone otherwise.
 */
const XF_ATTR: string[] = [];
const XF_NUMBER: string[] = [];
const XF_TEXT: string[] = [];
export const xfAttr = (xf: number) => (XF_ATTR[xf] ??= xf ? `" s="${xf}"` : '"');

export type Out = Pick<PartWriter, "ascii" | "text" | "number" | "valueCell">;

/** One sheet's cells' markup: its name for errors and the fitting report, the workbook's shared texts. */
export class CellMarkup {
  constructor(
    private readonly sheet: string,
    private readonly strings: SharedStrings,
    private readonly unfit: Unfit[],
  ) {}

  /** A cell's XML as a string, for the rare rows placed column by column. */
  text(c: CellDescription, r: number, xf: number): string {
    let text = "";
    const add = (s: string | number) => void (text += s);
    const valueCell = (open: string, row: string, mid: string, n: number) => void (text += `${open}${row}${mid}${n}</v></c>`);
    this.cell(c, r, String(r), xf, { ascii: add, text: add, number: add, valueCell });
    return text;
  }

  /** Writes a cell: its markup is ASCII; only a formula or a cached text may not be. */
  cell(c: CellDescription, r: number, rowText: string, xf: number, out: Out): void {
    if (c.row !== r) throw new Error(`Cell ${this.sheet}!${colName(c.col)}${c.row} was given with row ${r}`);
    if (unfit(c.value) || unfit(c.cached)) fitCell(this.sheet, c, this.unfit);
    if (c.formula === undefined) return this.value(c.col, rowText, xf, c.value, out);
    out.ascii((CELL_OPEN[c.col] ??= `<c r="${colName(c.col)}`));
    out.ascii(rowText);
    // As the ExcelJS writer: a stray leading "=" is dropped, an empty formula is a bug.
    const formula = c.formula.replace(/^=/, "");
    if (formula.trim() === "") throw new Error(`Empty formula at ${this.sheet}!${colName(c.col)}${r}`);
    const cv = c.cached;
    out.ascii(xfAttr(xf));
    out.ascii(typeof cv === "string" ? ' t="str"><f>' : "><f>");
    out.text(xmlText(formula));
    if (typeof cv === "number") {
      out.ascii("</f><v>");
      out.number(cv);
      out.ascii("</v></c>");
    } else if (typeof cv === "string") {
      out.ascii("</f><v>");
      out.text(xmlText(cv));
      out.ascii("</v></c>");
    } else out.ascii("</f></c>");
  }

  /** A cell holding a value (fitted: no text too long, no number that is not finite). */
  value(col: number, rowText: string, xf: number, v: CellDescription["value"], out: Out): void {
    const open = (CELL_OPEN[col] ??= `<c r="${colName(col)}`);
    switch (typeof v) {
      case "number":
        return out.valueCell(open, rowText, (XF_NUMBER[xf] ??= `${xfAttr(xf)}><v>`), v);
      case "string":
        return out.valueCell(open, rowText, (XF_TEXT[xf] ??= `${xfAttr(xf)} t="s"><v>`), this.strings.id(v));
    }
    out.ascii(open);
    out.ascii(rowText);
    out.ascii(xfAttr(xf));
    if (typeof v === "boolean") out.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    else out.ascii("/>");
  }
}

/** A value Excel cannot hold as it is: a text too long, a number that is not finite. */
export function unfit(v: CellDescription["value"] | CellDescription["cached"]): boolean {
  return (typeof v === "string" && v.length > MAX_CELL_TEXT) || (typeof v === "number" && !Number.isFinite(v));
}
