/**
 * The log as data: one line per file (its fate and why), one per problem the check
 * found in it, one per cell left out or value ignored, one per judgement about it
 * (late, undated, off the list, kept over a duplicate), then one per missing unit.
 */
import { describe, type Params } from "../problems";
import { message, type MessageCode } from "../messages";
import type { Note } from "./duplicates";
import { dayVi } from "./identity";
import { sharedText } from "./shared-text";
import type { Missing } from "./roster";
import type { Ignored, FileOutcome, LogLine, LogStatus, YearChoice } from "./types";

export interface LogInput {
  files: readonly FileOutcome[];
  /** Why a kept file was kept over its duplicates (by name, by identical values), one note per reason. */
  kept: ReadonlyMap<number, readonly Note[]>;
  ignored: readonly Ignored[];
  missing: readonly Missing[];
  deadline?: string;
  /** How the year was settled: said once, at the top. */
  year?: YearChoice;
  /** The deadline as given when it is no date: said once, at the top. */
  badDeadline?: string;
}

export function buildLog(input: LogInput): LogLine[] {
  const lines: LogLine[] = [];
  const y = input.year;
  if (y && y.year !== null) {
    if (y.given) lines.push(line("note", "consolidate.year.given", { year: y.year }));
    else if (y.stating === 0) lines.push(line("note", "consolidate.year.none", { year: y.year }));
    else lines.push(line("note", "consolidate.year.majority", { year: y.year, count: y.holding, total: y.stating }));
  }
  if (input.badDeadline !== undefined) lines.push(line("note", "consolidate.deadline.invalid", { deadline: input.badDeadline }));

  // Looked up per file through an index: an inbox of files each with a value the form has no place for would be quadratic.
  const ignoredOf = new Map<number, Ignored[]>();
  for (const x of input.ignored) {
    const list = ignoredOf.get(x.index);
    if (list) list.push(x);
    else ignoredOf.set(x.index, [x]);
  }
  for (const f of input.files) {
    const about = { fileIndex: f.index, file: f.file, unit: f.unit };
    const push = (...parts: Partial<LogLine>[]) => lines.push(logLine(Object.assign({}, about, ...parts) as LogLine));
    push(line(f.status, f.code, f.params));
    if (f.format === "xls" || f.format === "ods") push(line("note", "consolidate.format", { format: message(`format.${f.format}`) }));
    if (f.status === "accepted") for (const k of input.kept.get(f.index) ?? []) push(line("duplicate-kept", k.code, k.params));
    const byLabel = f.report?.labelRows;
    if (byLabel) push(line("note", "consolidate.labelRows", byLabel));
    for (const p of f.problems) {
      push({ status: "problem", severity: p.severity, code: p.code, sheet: p.where.sheet, cell: p.where.cell, rowCode: p.where.rowCode, message: describe(p) });
    }
    if (f.status !== "accepted") continue;
    for (const x of f.excluded) {
      const params = { cell: x.cell, rowCode: x.rowCode };
      push(line("excluded", "consolidate.excluded", params), { sheet: f.report?.source.sheet, cell: x.cell, rowCode: x.rowCode });
    }
    for (const x of ignoredOf.get(f.index) ?? []) {
      const code: MessageCode = x.kind === "value" ? "consolidate.ignored.value" : "consolidate.ignored.field";
      push(line("ignored", code, { cell: x.cell ?? "", rowCode: x.rowCode }), { sheet: f.report?.source.sheet, cell: x.cell, rowCode: x.rowCode });
    }
    if (f.report?.yearAssumed && y && y.year !== null) push(line("note", "consolidate.year.assumedFile", { year: y.year }));
    if (f.timeliness === "late") push(line("late", "consolidate.timeliness.late", { date: dayVi(f.report?.date ?? ""), deadline: dayVi(input.deadline ?? "") }));
    if (f.timeliness === "no-date") push(line("undated", "consolidate.timeliness.noDate"));
    if (f.suggested !== undefined) push({ severity: "warning" }, line("unexpected", "consolidate.roster.suggested", { unit: f.unit ?? "", listed: f.suggested }));
    else if (f.unexpected) push(line("unexpected", "consolidate.unexpected", { unit: f.unit ?? "" }));
    if (f.aliasOf !== undefined) push(line("note", "consolidate.roster.aliased", { unit: f.unit ?? "", listed: f.aliasOf }));
  }

  for (const m of input.missing) lines.push(logLine({ unit: m.unit, ...line("missing", m.code, { unit: m.unit }) }));
  return lines;
}

/**
 * Every line with the same members in one order, those it lacks undefined (JSON leaves them
 * out): one V8 shape for a country's lines, its members inside the object. Lines spread
 * together from parts of varying members got a shape and a side store each, some 300
 * bytes a line over 10,000s of lines.
 */
function logLine(l: LogLine): LogLine {
  return { fileIndex: l.fileIndex, file: l.file, unit: l.unit, status: l.status, severity: sharedText(l.severity), code: sharedText(l.code), sheet: sharedText(l.sheet), cell: l.cell, rowCode: l.rowCode, message: l.message };
}

function line(status: LogStatus, code: MessageCode, params: Params = {}): LogLine {
  return { status, code, message: message(code, params) };
}
