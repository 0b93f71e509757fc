/**
 * The three sheets of a consolidation, in the order they are inserted: the kind's summary
 * and detail, then the log. The caller picks the names first (the add-in must avoid names
 * the workbook already uses), so that the summary's formulas point at the detail sheet
 * actually written.
 */
import { logSheet, type Consolidation, type SummaryContext, type SummaryNames } from "../consolidate";
import { MIN_YEAR } from "../forms";
import { ALL_KINDS, type FormKind } from "../kinds";
import type { SheetDescription } from "../sheet";
import { formName } from "./decide";

export function summarySheets(c: Consolidation, names: SummaryNames, ctx: SummaryContext, kinds: readonly FormKind[] = ALL_KINDS): SheetDescription[] {
  // A consolidation of nothing readable has no year of its own: the day it was made gives one.
  const year = c.year ?? (Number(/^\d{4}/.exec(ctx.date)?.[0]) || MIN_YEAR);
  const kind = kinds.find((k) => k.id === c.form);
  // Files are shown below the consolidated folder (ctx.folder), never as the consolidator's
  // absolute paths: each sheet that names files labels them as it writes them (fileLabel),
  // and no outcome is copied under another name (a country's inbox holds 10,000s).
  const own = kind ? kind.summarySheets(c, year, names, ctx) : [];
  return [...own, logSheet(c, names.log, ctx, formName(c.form, kinds))];
}
