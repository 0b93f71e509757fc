import { getForm } from "../../src/core/kinds";
import type { StatsTableForm } from "../../src/core/kinds/stats-table";
import type { MeasureValues } from "../../src/core/report";

const STATS = getForm("stats-table") as StatsTableForm;

/** Plausible answers for every leaf row, as a careful school types them. */
export function schoolValues(scale = 1): Record<string, MeasureValues> {
  const values: Record<string, MeasureValues> = {};
  for (const row of STATS.rows) {
    if (row.kind !== "leaf") continue;
    const v: MeasureValues = {};
    for (const m of row.measures) v[m] = row.maxPerUnit !== undefined ? 1 : m === "amount" ? 5_000_000 * scale : m === "people" ? 40 * scale : 2;
    values[row.code] = v;
  }
  return values;
}
