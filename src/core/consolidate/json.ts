/**
 * The consolidation as the CLI prints it. Absent stays absent: a measure or total that
 * every unit left blank has no key at all, never 0 and never null.
 */
import type { FormId } from "../forms";
import type { Severity } from "../problems";
import type { MeasureValues } from "../report";
import type { Consolidation, LogStatus, OutlineAggregate, Totals } from "./types";

export interface JsonNote {
  status: LogStatus;
  code: string;
  severity?: Severity;
  cell?: string;
  rowCode?: string;
  message: string;
}

export interface ConsolidationJson {
  form: FormId;
  year: number | null;
  /** What was said of the whole run, not of one file: the year used and why, a deadline that is no date. */
  notes: { code: string; message: string }[];
  /** With every problem, left-out cell and judgement (late, undated, off the list) about the file. */
  accepted: { file: string; unit: string; warnings: JsonNote[] }[];
  /** Every file not used, dropped duplicates included, so each file is in exactly one of the two lists. */
  rejected: { file: string; code: string; message: string }[];
  duplicates: { unit: string; files: string[]; kept: string | null }[];
  missing: string[];
  unexpected: string[];
  suggested: { unit: string; listed: string; file: string }[];
  late: string[];
  rows: Record<string, MeasureValues>;
  totals: Totals;
  outline?: Omit<OutlineAggregate, "provenance">;
}

export function toJson(c: Consolidation): ConsolidationJson {
  const notesOf = (index: number): JsonNote[] =>
    c.log
      .filter((l) => l.fileIndex === index && l.status !== "accepted")
      .map((l) => defined({ status: l.status, code: l.code, severity: l.severity, cell: l.cell, rowCode: l.rowCode, message: l.message }));
  const json: ConsolidationJson = {
    form: c.form,
    year: c.year,
    notes: c.log.filter((l) => l.fileIndex === undefined && l.status === "note").map((l) => ({ code: l.code, message: l.message })),
    accepted: c.files.filter((f) => f.status === "accepted").map((f) => ({ file: f.file, unit: f.unit ?? "", warnings: notesOf(f.index) })),
    rejected: c.files.filter((f) => f.status !== "accepted").map((f) => ({ file: f.file, code: f.code, message: c.log.find((l) => l.fileIndex === f.index)!.message })),
    duplicates: c.duplicates.map((d) => ({ unit: d.unit, files: [...d.files], kept: d.kept ?? null })),
    missing: [...c.missing],
    unexpected: [...c.unexpected],
    suggested: c.suggested.map((x) => ({ ...x })),
    late: [...c.late],
    rows: c.form === "stats-table" ? Object.fromEntries(Object.entries(c.rows).map(([code, v]) => [code, defined(v)])) : {},
    totals: { participation: defined(c.totals.participation), funding: defined(c.totals.funding) },
  };
  if (c.form === "report-outline") {
    const o = c.outline;
    json.outline = defined({
      participants: o.participants,
      funding: defined(o.funding),
      ceremonyForms: o.ceremonyForms,
      assessments: o.assessments,
      ceremonies: o.ceremonies.map((x) => defined(x)),
      recommendations: o.recommendations,
    });
  }
  return json;
}

/** The object without its undefined members: absent, not `undefined`. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
