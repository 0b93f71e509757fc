/**
 * Fills a form sheet description with a unit's answers, as a school would type them:
 * the same cells the layout opened for input. `asText` types some numbers as text the
 * Vietnamese way ("1.500.000"), the commonest slip the checks must catch.
 */
import { STATS_HEADER, columnOf, rowOf, type StatsTableForm } from "../kinds/stats-table";
import type { MeasureValues } from "../report";
import type { SheetDescription } from "../sheet";
import { formatNumberVi } from "../messages";
import { isoToExcelSerial } from "../numbers";

export interface FillOptions {
  /** Codes (row code + measure, e.g. "1.1/people") to type as Vietnamese text. */
  asText?: ReadonlySet<string>;
  /** Excel serial date of the report date cell. */
  dateSerial?: number;
}

export function fillStatsSheet(sheet: SheetDescription, form: StatsTableForm, values: Record<string, MeasureValues>, opts: FillOptions = {}): SheetDescription {
  const byPos = new Map(sheet.cells.map((c, i) => [`${c.row},${c.col}`, i]));
  const cells = sheet.cells.slice();
  const set = (row: number, col: number, value: string | number) => {
    const i = byPos.get(`${row},${col}`);
    if (i === undefined) throw new Error(`no cell at ${row},${col}`);
    cells[i] = { ...cells[i]!, value };
  };
  for (const [code, v] of Object.entries(values)) {
    for (const [measure, n] of Object.entries(v) as [keyof MeasureValues, number][]) {
      const text = opts.asText?.has(`${code}/${measure}`);
      set(rowOf(form, code), columnOf(measure), text ? formatNumberVi(n) : n);
    }
  }
  if (opts.dateSerial !== undefined) set(STATS_HEADER.date.row, STATS_HEADER.date.col, opts.dateSerial);
  return { ...sheet, cells };
}

/** Days since 1899-12-30, Excel's (and LibreOffice's) date serial. */
export const isoToSerial = isoToExcelSerial;
