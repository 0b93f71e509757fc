/**
 * The log as data: one line per file (its fate and why), one per problem the check
 * found in it, one per cell left out or value ignored, one per judgement about it
 * (late, undated, off the list, kept over a duplicate), then one per missing unit.
 */
import { describe, type Params } from "../problems";
import { message, type MessageCode } from "../messages";
import type { Note } from "./duplicates";
import { dayVi } from "./identity";
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

  for (const f of input.files) {
    const about = { fileIndex: f.index, file: f.file, ...(f.unit !== undefined ? { unit: f.unit } : {}) };
    lines.push({ ...about, ...line(f.status, f.code, f.params) });
    if (f.format === "xls" || f.format === "ods") lines.push({ ...about, ...line("note", "consolidate.format", { format: message(`format.${f.format}`) }) });
    if (f.status === "accepted") for (const k of input.kept.get(f.index) ?? []) lines.push({ ...about, ...line("duplicate-kept", k.code, k.params) });
    const byLabel = f.report?.labelRows;
    if (byLabel) lines.push({ ...about, ...line("note", "consolidate.labelRows", byLabel) });
    for (const p of f.problems) {
      lines.push({ ...about, status: "problem", severity: p.severity, code: p.code, ...where(p.where.sheet, p.where.cell, p.where.rowCode), message: describe(p) });
    }
    if (f.status !== "accepted") continue;
    for (const x of f.excluded) {
      const params = { cell: x.cell, rowCode: x.rowCode };
      lines.push({ ...about, ...line("excluded", "consolidate.excluded", params), ...where(f.report?.source.sheet, x.cell, x.rowCode) });
    }
    for (const x of input.ignored.filter((i) => i.index === f.index)) {
      const code: MessageCode = x.kind === "value" ? "consolidate.ignored.value" : "consolidate.ignored.field";
      lines.push({ ...about, ...line("ignored", code, { cell: x.cell ?? "", rowCode: x.rowCode }), ...where(f.report?.source.sheet, x.cell, x.rowCode) });
    }
    if (f.report?.yearAssumed && y && y.year !== null) lines.push({ ...about, ...line("note", "consolidate.year.assumedFile", { year: y.year }) });
    if (f.timeliness === "late") lines.push({ ...about, ...line("late", "consolidate.timeliness.late", { date: dayVi(f.report?.date ?? ""), deadline: dayVi(input.deadline ?? "") }) });
    if (f.timeliness === "no-date") lines.push({ ...about, ...line("undated", "consolidate.timeliness.noDate") });
    if (f.suggested !== undefined) lines.push({ ...about, severity: "warning", ...line("unexpected", "consolidate.roster.suggested", { unit: f.unit ?? "", listed: f.suggested }) });
    else if (f.unexpected) lines.push({ ...about, ...line("unexpected", "consolidate.unexpected", { unit: f.unit ?? "" }) });
    if (f.aliasOf !== undefined) lines.push({ ...about, ...line("note", "consolidate.roster.aliased", { unit: f.unit ?? "", listed: f.aliasOf }) });
  }

  for (const m of input.missing) lines.push({ unit: m.unit, ...line("missing", m.code, { unit: m.unit }) });
  return lines;
}

function line(status: LogStatus, code: MessageCode, params: Params = {}): LogLine {
  return { status, code, message: message(code, params) };
}

function where(sheet: string | undefined, cell: string | undefined, rowCode: string | undefined): Pick<LogLine, "sheet" | "cell" | "rowCode"> {
  return { ...(sheet !== undefined ? { sheet } : {}), ...(cell !== undefined ? { cell } : {}), ...(rowCode !== undefined ? { rowCode } : {}) };
}
