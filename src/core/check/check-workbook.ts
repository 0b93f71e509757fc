/**
 * Checking one workbook: find the form, judge every cell and row by the rules of
 * forms.md, and build the report from the good cells only. A user's mistake is a problem
 * in the result, never an exception.
 */
import type { RawWorkbook } from "../cells";
import { locateForm, type LocatedOutline, type LocatedStats } from "../locate";
import type { OutlineReport, StatsReport } from "../report";
import type { FormId } from "../forms";
import { checkOutline } from "./outline-check";
import { statsReportDate } from "./header-date";
import type { CheckedFile } from "./result";
import { Findings } from "./rule";
import { CHECK_RULES, type CheckCode } from "./rules";
import { readStatsCells } from "./stats-cells";
import { checkStatsRows } from "./stats-rows";

export interface CheckContext {
  /** The file's name as the user knows it: problems point at it, and a missing unit name falls back to it. */
  file: string;
  /** ISO date of today (the core has no clock). */
  today: string;
  /** The year when the sheet names none; else the year of `today`. */
  defaultYear?: number;
  /** Look only for this form (a consolidator knows which it wants). */
  form?: FormId;
}

export function checkWorkbook(workbook: RawWorkbook, ctx: CheckContext): CheckedFile {
  const { located, problems } = locateForm(workbook, ctx);
  if (!located) return { file: ctx.file, problems, excluded: [], fixes: [] };
  const found = new Findings<CheckCode>(CHECK_RULES, { file: ctx.file, sheet: located.sheet.name }, problems);
  const base = { file: ctx.file, sheet: located.sheet.name, form: located.form.id, version: located.form.version, year: located.year, ...(located.yearAssumed ? { yearAssumed: true as const } : {}) };
  if (located.kind === "stats-table") {
    const { report, excluded, fixes } = checkStats(located, ctx, found);
    return { ...base, report, problems, excluded, fixes };
  }
  const { report, excluded, fixes } = checkReportOutline(located, ctx, found);
  return { ...base, report, problems, excluded, fixes };
}

function reportBase(loc: LocatedStats | LocatedOutline, ctx: CheckContext) {
  return {
    version: loc.form.version,
    year: loc.year,
    ...(loc.yearAssumed ? { yearAssumed: true as const } : {}),
    unit: loc.unit,
    ...(loc.header.parent ? { parent: loc.header.parent.text } : {}),
    ...(loc.header.docNumber ? { docNumber: loc.header.docNumber.text } : {}),
    unitsCovered: loc.marker?.units ?? 1,
    source: { file: ctx.file, sheet: loc.sheet.name },
  };
}

function checkStats(loc: LocatedStats, ctx: CheckContext, found: Findings<CheckCode>) {
  const read = readStatsCells(loc, found);
  const unitsCovered = loc.marker?.units ?? 1;
  checkStatsRows(loc, read, unitsCovered, found);
  const date = statsReportDate(loc, ctx.today, found);
  const anyValue = Object.values(read.values).some((v) => Object.keys(v).length > 0);
  if (!anyValue && Object.keys(read.notes).length === 0 && read.excluded.length === 0) found.emit("check.form.empty", {}, { sheet: loc.sheet.name });
  const report: StatsReport = { form: "stats-table", ...reportBase(loc, ctx), ...(date ? { date } : {}), values: read.values, notes: read.notes, cells: read.cells, ...(loc.labelRows ? { labelRows: { ...loc.labelRows } } : {}) };
  return { report, excluded: read.excluded, fixes: read.fixes };
}

function checkReportOutline(loc: LocatedOutline, ctx: CheckContext, found: Findings<CheckCode>) {
  const read = checkOutline(loc, ctx.today, found);
  const filled = loc.form.fields.some((f) => !f.header && read.fields[f.code] !== undefined);
  if (!filled && !read.excluded.some((x) => !loc.form.fields.find((f) => f.code === x.rowCode)?.header)) found.emit("check.form.empty", {}, { sheet: loc.sheet.name });
  const name = read.fields["org.name"];
  const date = read.fields["doc.date"];
  const parent = read.fields["org.parent"];
  const docNumber = read.fields["doc.number"];
  const report: OutlineReport = {
    form: "report-outline",
    ...reportBase(loc, ctx),
    ...(typeof name === "string" ? { unit: name } : {}),
    ...(typeof parent === "string" ? { parent } : {}),
    ...(typeof docNumber === "string" ? { docNumber } : {}),
    ...(typeof date === "string" ? { date } : {}),
    fields: read.fields,
    cells: read.cells,
  };
  return { report, excluded: read.excluded, fixes: read.fixes };
}
