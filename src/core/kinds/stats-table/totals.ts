/**
 * A report's total rows made whole before they are summed: a total left blank, missing or
 * below its parts is the sum of its parts. The checks already do this for every file they
 * read; a report that reached consolidation another way (built by hand, sent by an older
 * version) gets the same, so a summary's total row can never be less than its parts.
 */
import type { MeasureValues } from "../../report";
import type { StatsTableForm } from "./schema";

export function withTotals(form: StatsTableForm, values: Readonly<Record<string, MeasureValues>>): Record<string, MeasureValues> {
  let out: Record<string, MeasureValues> | undefined;
  for (const row of form.rows) {
    if (!row.totalOf) continue;
    const m = row.totalOf.measure;
    const parts = row.totalOf.codes.map((c) => values[c]?.[m]).filter((v): v is number => v !== undefined);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    const total = values[row.code]?.[m];
    if (total !== undefined && total >= sum) continue;
    out ??= { ...values };
    out[row.code] = { ...out[row.code], [m]: sum };
  }
  return out ?? (values as Record<string, MeasureValues>);
}
