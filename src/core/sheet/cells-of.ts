/**
 * A sheet's cells as they are meant, whatever way they were described: the rows made as
 * they are written, and runs of rows alike as the cells they stand for.
 */
import type { CellDescription, MadeRow, RowRun, SheetDescription } from "./description";

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

/** Every cell of a sheet: `cells`, then what `rows` makes, runs as their cells. */
export function* eachCell(sheet: SheetDescription): Iterable<CellDescription> {
  yield* sheet.cells;
  if (!sheet.rows) return;
  for (const made of sheet.rows()) {
    if (isRowRun(made)) yield* runCells(made);
    else yield made;
  }
}
