/**
 * The three sheets of a consolidation, in the order they are inserted. The caller picks
 * the names first (the add-in must avoid names the workbook already uses), so that the
 * summary's formulas point at the detail sheet actually written.
 */
import { getForm, MIN_YEAR, type ReportOutlineForm, type StatsTableForm } from "../../forms";
import type { SheetDescription } from "../../sheet";
import type { Consolidation } from "../types";
import type { SummaryContext, SummaryNames } from "./common";
import { logSheet } from "./log-sheet";
import { outlineDetailSheet } from "./outline-detail";
import { outlineSummarySheet } from "./outline-summary";
import { statsDetailSheet } from "./stats-detail";
import { statsSummarySheet } from "./stats-summary";

export function summarySheets(c: Consolidation, names: SummaryNames, ctx: SummaryContext): SheetDescription[] {
  // A consolidation of nothing readable has no year of its own: the day it was made gives one.
  const year = c.year ?? (Number(/^\d{4}/.exec(ctx.date)?.[0]) || MIN_YEAR);
  if (c.form === "stats-table") {
    const form = getForm("stats-table", c.version) as StatsTableForm;
    return [statsSummarySheet(c, form, year, names, ctx), statsDetailSheet(c, form, names.detail), logSheet(c, names.log, ctx)];
  }
  const form = getForm("report-outline", c.version) as ReportOutlineForm;
  return [outlineSummarySheet(c, form, year, names), outlineDetailSheet(c, form, names.detail), logSheet(c, names.log, ctx)];
}
