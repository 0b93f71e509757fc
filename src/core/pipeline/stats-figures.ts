/**
 * The statistics table's figures for a report outline's own report: the tables among the
 * checked files (a summary of many, or the units' own tables), consolidated as the table is,
 * so the numbers stated are the ones a statistics summary of the same files would print.
 */
import type { CheckedFile } from "../check";
import type { ConsolidateOptions, StatsFigures } from "../consolidate";
import { STATS_TABLE } from "../kinds/stats-table/types";
import { consolidate } from "./consolidate";
import { formOf } from "./decide";

/** None when no table among the files could be summed. */
export function statsFigures(files: readonly CheckedFile[], options: ConsolidateOptions): StatsFigures | undefined {
  const tables = files.filter((f) => formOf(f) === STATS_TABLE);
  if (tables.length === 0) return undefined;
  const c = consolidate(tables, { ...options, form: STATS_TABLE });
  if (!c.files.some((f) => f.status === "accepted")) return undefined;
  return { units: c.unitsCovered, participation: c.totals.participation, funding: c.totals.funding };
}
