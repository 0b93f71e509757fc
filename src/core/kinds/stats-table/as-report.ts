/**
 * A summary sent up a level is a report like any school's, covering N units. This is
 * what reading the Tổng hợp sheet back yields: the same numbers at the same cells of the
 * form's layout, so consolidating summaries equals consolidating their schools.
 */
import { a1 } from "../../cells";
import { statsForm } from "./versions";
import { columnOf, rowOf } from "./grid";
import type { MeasureValues, Source } from "../../report";
import { unitsInside } from "./contains";
import { STATS_TABLE, type StatsReport, type StatsConsolidation } from "./types";
import type { Measure } from "../../units";

export function summaryAsReport(c: StatsConsolidation, unitName: string, source: Source): StatsReport {
  // Without a year nothing was readable: there is no summary to send up.
  if (c.year === null) throw new RangeError("a consolidation without a year cannot be sent up as a report");
  const form = statsForm(c.version)!;
  const values: Record<string, MeasureValues> = {};
  const cells: StatsReport["cells"] = {};
  for (const [code, v] of Object.entries(c.rows)) {
    const present = (Object.keys(v) as Measure[]).filter((m) => v[m] !== undefined);
    if (present.length === 0) continue;
    values[code] = Object.fromEntries(present.map((m) => [m, v[m]]));
    cells[code] = Object.fromEntries(present.map((m) => [m, a1(rowOf(form, code), columnOf(m))]));
  }
  return { form: STATS_TABLE, version: c.version, year: c.year, unit: unitName, unitsCovered: c.unitsCovered, contains: unitsInside(c), source, values, notes: {}, cells };
}
