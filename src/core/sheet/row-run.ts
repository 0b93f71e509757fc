/**
 * Rows alike, described once: a summary's tens of thousands of unit lines share their
 * columns and looks, and differ only in their values. A writer that streams them writes
 * each line straight from its values, without an object per cell; any other reads them as
 * the cells they stand for ({@link runCells}), which is what they mean.
 */
import type { CellDescription, CellStyle } from "./description";

export interface RowRun {
  /** The first row; the run's rows follow one another. */
  first: number;
  count: number;
  /** The columns every row of the run fills, in increasing order. */
  cols: readonly number[];
  /** Each column's look, as `cols`. The cells are locked, as a described cell is by default. */
  styles: readonly (CellStyle | undefined)[];
  /** Row `first + i`'s value in column `cols[j]`; null leaves the cell blank, its look kept. */
  value(i: number, j: number): string | number | null;
}

/** What `rows()` makes: a cell, or a run of rows alike. */
export type MadeRow = CellDescription | RowRun;

export function isRowRun(made: MadeRow): made is RowRun {
  return (made as RowRun).count !== undefined;
}

/** The cells of the run's row `first + i`. */
export function runLine(run: RowRun, i: number): CellDescription[] {
  return run.cols.map((col, j) => ({ row: run.first + i, col, value: run.value(i, j), style: run.styles[j] }));
}

/** The cells a run stands for, row by row. */
export function* runCells(run: RowRun): Iterable<CellDescription> {
  for (let i = 0; i < run.count; i++) yield* runLine(run, i);
}
