/**
 * A table typed by hand after the printed appendix: no hidden codes, no marker, no
 * validation; labels as printed, numbers where the school put them. Real submissions
 * look like this when a school copies the table from the plan's Word file.
 */
import type { StatsTableForm } from "../kinds/stats-table";
import type { MeasureValues } from "../report";
import type { CellDescription, SheetDescription } from "../sheet";

export interface HandTypedOptions {
  unit: string;
  year: number;
  /** Row codes to leave out of the table, as a school that skipped them. */
  omit?: ReadonlySet<string>;
}

export function handTypedStatsSheet(form: StatsTableForm, values: Record<string, MeasureValues>, o: HandTypedOptions): SheetDescription {
  const cells: CellDescription[] = [];
  const put = (row: number, col: number, value: string | number | null) => cells.push({ row, col, value, style: { border: row > 3 } });
  put(1, 1, "ĐƠN VỊ: " + o.unit);
  put(2, 1, `${form.tableTitle} NĂM ${o.year}`);
  const c = form.columns;
  [c.stt, c.label, c.unit, c.count, c.people, c.note].forEach((t, i) => put(4, i + 1, t));
  let r = 5;
  for (const row of form.rows) {
    if (o.omit?.has(row.code)) continue;
    put(r, 1, row.stt || null);
    put(r, 2, row.label);
    put(r, 3, row.unit || null);
    const v = values[row.code];
    if (v?.count !== undefined) put(r, 4, v.count);
    if (v?.amount !== undefined) put(r, 4, v.amount);
    if (v?.people !== undefined) put(r, 5, v.people);
    r++;
  }
  return { name: "Sheet1", columns: [{ col: 2, width: 50 }], cells, merges: [] };
}
