/** Reports and checked files built in memory, the way the checker would hand them over. */
import { a1 } from "../../../src/core/cells";
import type { CheckedFile, ExcludedCell } from "../../../src/core/check";
import { getForm } from "../../../src/core/kinds";
import type { ReportOutlineForm, FieldValue, OutlineReport } from "../../../src/core/kinds/report-outline";
import { columnOf, rowOf, type StatsTableForm, type StatsReport } from "../../../src/core/kinds/stats-table";
import type { MeasureValues, Report } from "../../../src/core/report";
import { problem, type Problem, type Severity } from "../../../src/core/problems";
import type { ConsolidateOptions } from "../../../src/core/consolidate";
import type { Measure } from "../../../src/core/units";

export const STATS = getForm("stats-table") as StatsTableForm;
export const OUTLINE = getForm("report-outline") as ReportOutlineForm;
export const SHEET = "Biểu mẫu";
export const OPTS: ConsolidateOptions = { onDuplicate: "latest", acceptErrors: false };

/** Every (code, measure) the statistics table takes a number in. */
export const CELLS: { code: string; measure: Measure }[] = STATS.rows.flatMap((r) => r.measures.map((measure) => ({ code: r.code, measure })));

export function statsReport(unit: string, values: Record<string, MeasureValues>, extra: Partial<StatsReport> = {}): StatsReport {
  const cells: StatsReport["cells"] = {};
  for (const [code, v] of Object.entries(values)) {
    // A code the form does not know sits below the table, where a school might have added a row.
    const row = STATS.rows.some((r) => r.code === code) ? rowOf(STATS, code) : 99;
    cells[code] = Object.fromEntries((Object.keys(v) as Measure[]).map((m) => [m, a1(row, columnOf(m))]));
  }
  return { form: "stats-table", version: STATS.version, year: 2025, unit, unitsCovered: 1, source: { file: `${unit}.xlsx`, sheet: SHEET }, values, notes: {}, cells, ...extra };
}

export function outlineReport(unit: string, fields: Record<string, FieldValue>, extra: Partial<OutlineReport> = {}): OutlineReport {
  const cells = Object.fromEntries(Object.keys(fields).map((code, i) => [code, `C${5 + i}`]));
  return { form: "report-outline", version: OUTLINE.version, year: 2025, unit, unitsCovered: 1, source: { file: `${unit}.xlsx`, sheet: SHEET }, fields: { "org.name": unit, ...fields }, cells, ...extra };
}

export function checked(report: Report, extra: Partial<CheckedFile> = {}): CheckedFile {
  return { file: report.source.file, sheet: report.source.sheet, form: report.form, version: report.version, year: report.year, report, problems: [], excluded: [], fixes: [], ...extra };
}

/** A problem of the checker's kind; its code is one the catalogue surely holds, since the checks' own codes are not this module's. */
export function found(severity: Severity, cell?: string, rowCode?: string): Problem {
  return problem("read.truncated", severity, { file: "x.xlsx", sheet: SHEET, ...(cell ? { cell } : {}), ...(rowCode ? { rowCode } : {}) });
}

export function excludedCell(rowCode: string, measure: Measure): ExcludedCell {
  return { rowCode, measure, cell: a1(rowOf(STATS, rowCode), columnOf(measure)) };
}
