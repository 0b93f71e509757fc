/**
 * A sheet's `<sheetData>`, row by row in order, encoded straight into the part. The cells above come from
 * `cells` (any order), the rest from `rows()` as it makes them, so a sheet of hundreds of
 * thousands of cells is written without ever being held whole, in the description or as XML.
 *
 * What the ExcelJS writer does to a cell, this does too: the merged area takes its top-left
 * cell's look (ExcelJS copies it when merging), rows with a height or inside a merge are
 * written even when nothing is described in them, and the hidden columns of long drop-down
 * lists hold their values from row 1.
 */
import { isRowRun, runLine, type CellDescription, type RowRun, type SheetDescription, type Unfit } from "../../core/sheet";
import { checkAddress } from "../writer/limits";
import type { Box } from "../writer/ranges";
import { checkCell, checkHeight, type SheetFrame } from "../writer/sheet-layout";
import { CellMarkup, colName, unfit } from "./cell-markup";
import { MergeSweep } from "./merge-sweep";
import type { SharedStrings } from "./strings";
import type { XfBook } from "./styles";
import type { PartWriter } from "./zip";

/** Rows written between two pauses, at which the caller hands on what is compressed. */
const ROWS_PER_PAUSE = 256;

export interface RowsContext {
  sheet: SheetDescription;
  frame: SheetFrame;
  xfs: XfBook;
  strings: SharedStrings;
  /** The hidden list columns' values, by column. */
  lists: ReadonlyMap<number, readonly string[]>;
  unfit: Unfit[];
  /** Told of each cell rows() makes, before it is written. */
  streamed(c: CellDescription): void;
}

/** Writes the rows into `part`, pausing every few hundred rows. */
export function* sheetRows(ctx: RowsContext, part: PartWriter): Generator<void> {
  const { sheet, frame } = ctx;
  const upper = byRow(sheet);
  const lastUpper = upper.length ? upper[upper.length - 1]![0] : 0;

  // Rows written though no cell is described in them: heights, merged areas, list values.
  // Found row by row as the writing passes them, not gathered first: a country's Chi tiết
  // has 100,000 merges and as many heights.
  const merges = new MergeSweep(frame.merges);
  let listRows = 0;
  for (const values of ctx.lists.values()) listRows = Math.max(listRows, values.length);
  let lastExtra = listRows;
  for (const r of frame.heights.keys()) if (r > lastExtra) lastExtra = r;
  for (const m of frame.merges) if (m.bottom > lastExtra) lastExtra = m.bottom;

  const writer = new RowWriter(ctx, part, merges, listRows, lastUpper);
  let written = 0;
  /** The first row not yet written nor passed. */
  let next = 1;
  const passTo = (r: number) => {
    for (; next < r; next++) if (next <= listRows || frame.heights.has(next) || merges.at(next).length > 0) writer.row(next, []);
  };
  const emit = (r: number, cells: CellDescription[]) => {
    passTo(r);
    writer.row(r, cells);
    next = r + 1;
  };

  for (let i = 0; i < upper.length; i++) {
    const [r, cells] = upper[i]!;
    upper[i] = undefined!;
    emit(r, cells);
    if (++written % ROWS_PER_PAUSE === 0) yield;
  }
  if (sheet.rows) {
    let row = 0;
    let cells: CellDescription[] = [];
    /** The last row a run wrote: nothing more goes into it. */
    let runEnd = 0;
    for (const made of sheet.rows()) {
      if (isRowRun(made)) {
        if (made.count === 0) continue;
        if (made.first <= Math.max(row, runEnd)) throw new Error(`Sheet ${JSON.stringify(sheet.name)} makes a run from row ${made.first} after row ${Math.max(row, runEnd)}: rows() must not go back, and a run has its rows to itself`);
        if (made.first <= lastUpper) throw new Error(`Sheet ${JSON.stringify(sheet.name)} makes a run from row ${made.first} in rows(), not below its cells (to row ${lastUpper})`);
        if (cells.length) emit(row, cells);
        cells = [];
        const looks = writer.runLooks(made);
        // What a cell of the run could break is the same in all its rows: asked once, of the last.
        ctx.streamed({ row: made.first + made.count - 1, col: made.cols[made.cols.length - 1]! });
        for (let i = 0; i < made.count; i++) {
          const r = made.first + i;
          passTo(r);
          writer.runRow(r, made, i, looks);
          next = r + 1;
          if (++written % ROWS_PER_PAUSE === 0) yield;
        }
        runEnd = row = made.first + made.count - 1;
        continue;
      }
      const c = made;
      if (c.row !== row) {
        if (c.row < row) throw new Error(`Sheet ${JSON.stringify(sheet.name)} makes row ${c.row} after row ${row}: rows() must not go back`);
        if (c.row <= lastUpper) throw new Error(`Sheet ${JSON.stringify(sheet.name)} makes row ${c.row} in rows(), not below its cells (to row ${lastUpper})`);
        if (cells.length) emit(row, cells);
        row = c.row;
        cells = [];
        if (++written % ROWS_PER_PAUSE === 0) yield;
      }
      if (c.row <= runEnd) throw new Error(`Sheet ${JSON.stringify(sheet.name)} makes a cell in row ${c.row}, which a run wrote`);
      checkAddress(c.row, c.col, sheet.name);
      ctx.streamed(c);
      cells.push(c);
    }
    if (cells.length) emit(row, cells);
  }
  passTo(lastExtra + 1);
}

/**
 * The cells above, grouped by row in row order. Descriptions are mostly made row by row:
 * runs are then cut out as they come, without a map.
 */
function byRow(sheet: SheetDescription): [number, CellDescription[]][] {
  const cells = sheet.cells;
  let sorted = true;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    checkAddress(c.row, c.col, sheet.name);
    if (i > 0 && c.row < cells[i - 1]!.row) sorted = false;
  }
  if (sorted) {
    const out: [number, CellDescription[]][] = [];
    for (let i = 0; i < cells.length; ) {
      let j = i + 1;
      while (j < cells.length && cells[j]!.row === cells[i]!.row) j++;
      out.push([cells[i]!.row, cells.slice(i, j)]);
      i = j;
    }
    return out;
  }
  const rows = new Map<number, CellDescription[]>();
  for (const c of cells) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(c);
  return [...rows].sort((a, b) => a[0] - b[0]);
}

class RowWriter {
  /** The look of each merged area, taken from its top-left cell as that is written. */
  private readonly masterXf = new Map<Box, number>();
  private readonly listXf: number;
  private readonly markup: CellMarkup;

  constructor(
    private readonly ctx: RowsContext,
    private readonly out: PartWriter,
    private readonly merges: MergeSweep,
    private readonly listRows: number,
    /** The last row of the sheet's `cells`: the rows below are made by rows(). */
    private readonly lastUpper: number,
  ) {
    this.listXf = ctx.xfs.get(undefined, true);
    this.markup = new CellMarkup(ctx.sheet.name, ctx.strings, ctx.unfit);
  }

  row(r: number, cells: CellDescription[]): void {
    const open = this.open(r, cells.length > 0);
    const merges = this.merges.at(r);
    if (merges.length > 0 || r <= this.listRows) {
      const body = this.mixed(r, cells, merges);
      this.out.text(body ? `${open}>${body}</row>` : `${open}/>`);
    } else if (cells.length === 0) this.out.ascii(`${open}/>`);
    else {
      this.out.ascii(`${open}>`);
      this.plain(r, cells);
      this.out.ascii("</row>");
    }
  }

  /** `<row …` up to its closing: the row's number and height. */
  private open(r: number, hasCells: boolean): string {
    const height = this.height(r, hasCells);
    return height ? `<row r="${r}" ht="${height}" customHeight="1"` : `<row r="${r}"`;
  }

  /** The same put straight into the part, `>` included: a run's rows are some 100,000 at 10,000 units. */
  private openInto(out: PartWriter, rowText: string, r: number): void {
    const height = this.height(r, true);
    out.ascii('<row r="');
    out.ascii(rowText);
    if (!height) return out.ascii('">');
    out.ascii('" ht="');
    out.ascii(String(height));
    out.ascii('" customHeight="1">');
  }

  private height(r: number, hasCells: boolean): number | undefined {
    const { frame, sheet } = this.ctx;
    const height = frame.heights.get(r);
    // A row made by rows(), its cells just made: its height asked now, when the sheet offers it.
    if (height === undefined && r > this.lastUpper && hasCells && sheet.streamedHeights) {
      const h = sheet.streamedHeights.of(r);
      if (h !== undefined) return checkHeight(sheet, r, h);
    }
    return height;
  }

  /** The look of each of a run's columns; its columns checked once for all its rows. */
  runLooks(run: RowRun): RunLooks {
    const { cols, styles } = run;
    const name = this.ctx.sheet.name;
    if (styles.length !== cols.length) throw new Error(`A run of sheet ${JSON.stringify(name)} has ${cols.length} columns and ${styles.length} looks`);
    const at: number[] = [];
    for (let j = 0; j < cols.length; j++) {
      checkAddress(run.first + run.count - 1, cols[j]!, name);
      if (j > 0 && cols[j]! <= cols[j - 1]!) throw new Error(`A run of sheet ${JSON.stringify(name)} names its columns out of order (${cols.join(", ")})`);
      at[cols[j]!] = j;
    }
    return { at };
  }

  /**
   * The looks of a run's columns, made at its first row written here, in the order a row
   * placed column by column takes them (merged areas' first cells first): the styles part
   * numbers the looks as they come, and a run writes the bytes its cells would.
   */
  private runXfs(run: RowRun, looks: RunLooks, merges: readonly Box[]): readonly number[] {
    if (looks.xfs) return looks.xfs;
    const xfOf = (j: number) => this.xf({ row: run.first, col: run.cols[j]!, style: run.styles[j] });
    for (const m of merges) xfOf(looks.at[m.left]!);
    return (looks.xfs = run.cols.map((_, j) => xfOf(j)));
  }

  /** Row `r`, the run's i-th: its values written as the cells they stand for, without making them. */
  runRow(r: number, run: RowRun, i: number, looks: RunLooks): void {
    const merges = this.merges.at(r);
    // A row crossed by a list column, or by a merge that is not this row's alone within the
    // run's columns, is placed column by column, as any other.
    if (r <= this.listRows || (merges.length > 0 && !merges.every((m) => m.top === r && m.bottom === r && withinRun(m, looks.at)))) return this.row(r, runLine(run, i));
    const out = this.out;
    const { cols } = run;
    const xfs = this.runXfs(run, looks, merges);
    // The values first, as a row of cells is made before it is written: a sheet that measures
    // its rows' heights (streamedHeights) has worded them by the time the height is asked.
    const values = this.values;
    for (let j = 0; j < cols.length; j++) values[j] = run.value(i, j);
    const rowText = String(r);
    this.openInto(out, rowText, r);
    for (let j = 0; j < cols.length; j++) {
      const v = values[j]!;
      const col = cols[j]!;
      // Inside a merge, past its first cell: blank, in the look of the merge's first cell (as mixed() writes it).
      const m = merges.length > 0 ? merges.find((b) => col > b.left && col <= b.right) : undefined;
      if (m) {
        checkCell(this.ctx.sheet, () => true, { row: r, col, value: v });
        this.markup.value(col, rowText, xfs[looks.at[m.left]!]!, null, out);
      } else if (unfit(v)) this.markup.cell({ row: r, col, value: v, style: run.styles[j] }, r, rowText, xfs[j]!, out);
      else this.markup.value(col, rowText, xfs[j]!, v, out);
    }
    out.ascii("</row>");
  }

  /** A run's row's values, made before it is written (reused from row to row). */
  private readonly values: (string | number | null)[] = [];

  /** The common row: described cells only, written as they come. */
  private plain(r: number, cells: CellDescription[]): void {
    sortByCol(cells);
    let last = 0;
    const rowText = String(r);
    for (const c of cells) {
      if (c.col === last) this.twice(c);
      last = c.col;
      this.markup.cell(c, r, rowText, this.xf(c), this.out);
    }
  }

  /** A row crossed by merges or list columns: every position is placed by its column. */
  private mixed(r: number, cells: CellDescription[], merges: readonly Box[]): string {
    // Each position's markup by column, in an array with holes rather than a map: a country's
    // Chi tiết has 10,000s of such rows (each unit's file and notes are merged).
    const byCol: (string | undefined)[] = [];
    const cols: number[] = [];
    const place = (col: number, text: string) => {
      if (byCol[col] === undefined) cols.push(col);
      byCol[col] = text;
    };
    const { sheet } = this.ctx;
    for (const m of merges) {
      if (m.top !== r) continue;
      const master = cells.find((c) => c.row === r && c.col === m.left);
      this.masterXf.set(m, master ? this.xf(master) : 0);
    }
    for (const c of cells) {
      const m = merges.find((b) => c.col >= b.left && c.col <= b.right);
      checkCell(sheet, () => m !== undefined && !(r === m.top && c.col === m.left), c);
      if (byCol[c.col] !== undefined) this.twice(c);
      const xf = m && !(r === m.top && c.col === m.left) ? this.masterXf.get(m)! : this.xf(c);
      place(c.col, this.markup.text(c, r, xf));
    }
    for (const m of merges) {
      const xf = this.masterXf.get(m)!;
      for (let col = m.left; col <= m.right; col++) {
        if (byCol[col] !== undefined || (r === m.top && col === m.left)) continue;
        place(col, xf ? `<c r="${colName(col)}${r}" s="${xf}"/>` : `<c r="${colName(col)}${r}"/>`);
      }
    }
    for (const [col, values] of this.ctx.lists) {
      const v = values[r - 1];
      if (v !== undefined) place(col, `<c r="${colName(col)}${r}" s="${this.listXf}" t="s"><v>${this.ctx.strings.id(v)}</v></c>`);
    }
    if (!isAscending(cols)) cols.sort((a, b) => a - b);
    let out = "";
    for (const col of cols) out += byCol[col]!;
    return out;
  }

  /** The style object last seen in each column (and lock), with its xf: a column's cells mostly share one. */
  private readonly lastStyle: CellDescription["style"][] = [];
  private readonly lastXf: number[] = [];

  private xf(c: CellDescription): number {
    const locked = c.locked !== false;
    const at = 2 * c.col + (locked ? 0 : 1);
    const known = this.lastXf[at];
    if (known !== undefined && this.lastStyle[at] === c.style) return known;
    const xf = this.ctx.xfs.get(c.style, locked);
    this.lastStyle[at] = c.style;
    this.lastXf[at] = xf;
    return xf;
  }

  private twice(c: CellDescription): never {
    throw new Error(`Cell ${this.ctx.sheet.name}!${colName(c.col)}${c.row} is described twice`);
  }

}

/** A run's columns' looks (xf ids) and where each column is in it. */
interface RunLooks {
  xfs?: readonly number[];
  /** By column: its place among the run's columns. */
  at: readonly (number | undefined)[];
}

/** Whether every column of the merged area is one of the run's. */
function withinRun(m: Box, at: RunLooks["at"]): boolean {
  const first = at[m.left];
  return first !== undefined && at[m.right] === first + (m.right - m.left);
}

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

function sortByCol(cells: CellDescription[]): void {
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]!.col < cells[i - 1]!.col) {
      cells.sort((a, b) => a.col - b.col);
      return;
    }
  }
}
