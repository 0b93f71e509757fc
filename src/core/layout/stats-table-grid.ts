/**
 * Where things sit on the stats-table sheet. The layout writes here and the reader
 * looks here first; a sheet a school altered is still read by its header labels
 * (see ../locate), so these positions are a default, not an assumption.
 */
import type { StatsTableForm } from "../forms";
import type { Measure } from "../units";

export const STATS_COLS = { stt: 1, label: 2, unit: 3, count: 4, people: 5, note: 6, code: 7 } as const;
export const STATS_LAST_VISIBLE_COL = STATS_COLS.note;

export const STATS_HEADER = {
  parentLabel: { row: 1, col: 1 },
  parent: { row: 2, col: 1 },
  unitLabel: { row: 3, col: 1 },
  unit: { row: 4, col: 1 },
  number: { row: 5, col: 1 },
  dateLine: { row: 3, col: 3 },
  dateLabel: { row: 5, col: 3 },
  date: { row: 5, col: 4 },
  marker: { row: 1, col: STATS_COLS.code },
  title: 7,
  tableTitle: 8,
  tableSubtitle: 9,
  summaryLine: 10,
  /** The two-level column header: "Số lượng" above "Số lớp/số cuộc thi" and "Người". */
  head1: 11,
  head2: 12,
  firstRow: 13,
} as const;

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
