/** The statistics table checked: every cell judged, the rules across rows, the report from the good cells. */
import { reportBase, type CheckContext, type CheckOutcome } from "../../check";
import type { MessageCode } from "../../messages";
import type { Findings } from "../../problems";
import { readStatsCells } from "./cells";
import { readContains } from "./contains";
import { statsReportDate } from "./report-date";
import { checkStatsRows } from "./rows";
import { STATS_TABLE, type LocatedStats, type StatsReport } from "./types";

export function checkStats(loc: LocatedStats, ctx: CheckContext, found: Findings<MessageCode>): CheckOutcome {
  const read = readStatsCells(loc, found);
  const unitsCovered = loc.marker?.units ?? 1;
  checkStatsRows(loc, read, unitsCovered, found);
  const date = statsReportDate(loc, ctx.today, found);
  if (!read.anyValue && Object.keys(read.notes).length === 0 && read.excluded.length === 0) found.emit("check.form.empty", {}, { sheet: loc.sheet.name });
  // A summary names the units it sums, so the level above never counts one of them twice.
  const contains = (loc.marker?.units ?? 1) > 1 ? readContains(loc.sheet) : undefined;
  const report: StatsReport = { form: STATS_TABLE, ...reportBase(loc, ctx), ...(date ? { date } : {}), ...(contains?.length ? { contains } : {}), values: read.values, notes: read.notes, cells: read.cells, ...(loc.labelRows ? { labelRows: { ...loc.labelRows } } : {}) };
  return { report, excluded: read.excluded, fixes: read.fixes };
}
