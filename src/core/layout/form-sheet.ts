/** The form sheet for a form id: the one entry point the CLI, the pane and the tests use. */
import { getForm, type FormId } from "../forms";
import type { SheetDescription } from "../sheet";
import { message } from "../messages";
import { statsTableSheet } from "./stats-table-sheet";
import { reportOutlineSheet } from "./report-outline-sheet";

export interface FormSheetOptions {
  year: number;
  unit?: string;
  parent?: string;
  sheetName?: string;
}

export function defaultSheetName(form: FormId): string {
  return form === "stats-table" ? message("form.sheetName.stats-table") : message("form.sheetName.report-outline");
}

export function formSheet(id: FormId, opts: FormSheetOptions): SheetDescription {
  const sheetName = opts.sheetName ?? defaultSheetName(id);
  if (id === "stats-table") return statsTableSheet({ form: getForm("stats-table")!, sheetName, year: opts.year, unit: opts.unit, parent: opts.parent });
  return reportOutlineSheet({ form: getForm("report-outline")!, sheetName, year: opts.year, unit: opts.unit, parent: opts.parent });
}
