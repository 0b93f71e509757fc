/** One unit's table as a list of values in the form's order, totals as they were summed. */
import { message } from "../../messages";
import type { Report } from "../../report";
import type { UnitValue } from "../kind";
import type { StatsTableForm } from "./schema";
import { withTotals } from "./totals";
import { isStatsReport } from "./types";

export function statsUnitValues(form: StatsTableForm, r: Report): UnitValue[] {
  if (!isStatsReport(r)) return [];
  const values = withTotals(form, r.values);
  return form.rows.flatMap((row) =>
    row.measures.flatMap((measure) => {
      const value = values[row.code]?.[measure];
      return value === undefined ? [] : [{ code: row.code, label: row.label, measure, measureName: message(`check.measure.${measure}`), value }];
    }),
  );
}
