/**
 * The three sheets of a consolidation, in the order they are inserted: the kind's summary
 * and detail, then the log. The caller picks the names first (the add-in must avoid names
 * the workbook already uses), so that the summary's formulas point at the detail sheet
 * actually written.
 */
import { fileLabel, logSheet, type Consolidation, type FileOutcome, type SummaryContext, type SummaryNames } from "../consolidate";
import { MIN_YEAR } from "../forms";
import { ALL_KINDS, type FormKind } from "../kinds";
import type { SheetDescription } from "../sheet";
import { formName } from "./decide";

export function summarySheets(c: Consolidation, names: SummaryNames, ctx: SummaryContext, kinds: readonly FormKind[] = ALL_KINDS): SheetDescription[] {
  // A consolidation of nothing readable has no year of its own: the day it was made gives one.
  const year = c.year ?? (Number(/^\d{4}/.exec(ctx.date)?.[0]) || MIN_YEAR);
  const kind = kinds.find((k) => k.id === c.form);
  // Files as the sheets show them: below the consolidated folder, never the consolidator's absolute paths.
  if (ctx.folder !== undefined) {
    const folder = ctx.folder;
    // The log's lines are named below it as Nhật ký writes them, not copied: a country's log holds 100,000s.
    c = { ...c, files: c.files.map((f) => relabelled(f, fileLabel(f.file, folder))) };
  }
  const own = kind ? kind.summarySheets(c, year, names, ctx) : [];
  return [...own, logSheet(c, names.log, ctx, formName(c.form, kinds))];
}

/** The outcome under another name, its members that read through to the file (a packed report) still reading through. */
function relabelled(f: FileOutcome, file: string): FileOutcome {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(f), file: { value: file, writable: true, enumerable: true, configurable: true } }) as FileOutcome;
}
