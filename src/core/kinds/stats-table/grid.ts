/**
 * Where things sit on the stats-table sheet: the shared page grid, and one sheet row per
 * form row from `firstRow` on. The layout writes here and the reader looks here first.
 */
import { PAGE_COLS, PAGE_HEADER } from "../../layout";
import type { Measure } from "../../units";
import type { StatsTableForm } from "./schema";

export const STATS_COLS = PAGE_COLS;
export const STATS_HEADER = PAGE_HEADER;

/** Amounts are written in the first numeric column, as the printed form does. */
export function columnOf(measure: Measure): number {
  return measure === "people" ? STATS_COLS.people : STATS_COLS.count;
}

export function rowOf(form: StatsTableForm, code: string): number {
  const i = form.rows.findIndex((r) => r.code === code);
  if (i < 0) throw new Error(`unknown row code ${code}`);
  return STATS_HEADER.firstRow + i;
}

export function lastRow(form: StatsTableForm): number {
  return STATS_HEADER.firstRow + form.rows.length - 1;
}
