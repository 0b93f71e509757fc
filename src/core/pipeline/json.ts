/**
 * The consolidation as the CLI prints it. Absent stays absent: a measure or total that
 * every unit left blank has no key at all, never 0 and never null.
 */
import { groupBy } from "../consolidate/group";
import { defined, type Consolidation, type LogStatus, type Totals } from "../consolidate";
import { kindOf, type FormKind, type KindJsonMembers } from "../kinds";
import { nested } from "./unit-values";
import type { Severity } from "../problems";
import type { MeasureValues } from "../report";

export interface JsonNote {
  status: LogStatus;
  code: string;
  severity?: Severity;
  cell?: string;
  rowCode?: string;
  message: string;
}

export interface ConsolidationJson extends KindJsonMembers {
  form: string;
  year: number | null;
  /** What was said of the whole run, not of one file: the year used and why, a deadline that is no date. */
  notes: { code: string; message: string }[];
  /** With every problem, left-out cell and judgement (late, undated, off the list) about the file. */
  /** Each unit's own values by row code then measure (an outline's answers under `value`), as summed. */
  accepted: { file: string; format?: string; unit: string; warnings: JsonNote[]; values: Record<string, Record<string, number | string>> }[];
  /** Every file not used, dropped duplicates included, so each file is in exactly one of the two lists. */
  rejected: { file: string; format?: string; code: string; message: string }[];
  duplicates: { unit: string; files: string[]; kept: string | null }[];
  missing: string[];
  unexpected: string[];
  suggested: { unit: string; listed: string; file: string }[];
  late: string[];
  rows: Record<string, MeasureValues>;
  totals: Totals;
}

export function toJson(c: Consolidation, kind: FormKind | undefined = kindOf(c.form)): ConsolidationJson {
  const { head, accepted, tail } = jsonParts(c, kind);
  return { ...head, accepted: [...accepted()], ...tail } as ConsolidationJson;
}

/**
 * `JSON.stringify({ ...toJson(c), ...extra }, null, 2)`, character for character, a line or
 * a unit at a time: the accepted units of a country's inbox are spelt out one by one and
 * let go of, never held as one list nor as one string.
 */
export function* toJsonLines(c: Consolidation, extra: Record<string, unknown> = {}, kind: FormKind | undefined = kindOf(c.form)): Iterable<string> {
  const { head, accepted, tail } = jsonParts(c, kind);
  const members: [string, unknown][] = [...Object.entries(head), ["accepted", accepted] as [string, unknown], ...Object.entries({ ...tail, ...extra })].filter(([, v]) => v !== undefined);
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  yield "{";
  for (const [i, [key, value]] of members.entries()) {
    const comma = i < members.length - 1 ? "," : "";
    const name = `  ${JSON.stringify(key)}: `;
    if (value !== accepted) {
      yield `${name}${indent(JSON.stringify(value, null, 2), "  ")}${comma}`;
      continue;
    }
    let previous: string | undefined;
    for (const unit of accepted()) {
      if (previous === undefined) yield `${name}[`;
      else yield `${previous},`;
      previous = `    ${indent(JSON.stringify(unit, null, 2), "    ")}`;
    }
    if (previous === undefined) yield `${name}[]${comma}`;
    else {
      yield previous;
      yield `  ]${comma}`;
    }
  }
  yield "}";
}

/** The JSON's members before and after the accepted units, and those units one at a time. */
function jsonParts(c: Consolidation, kind: FormKind | undefined) {
  // Each lookup by file is an index built once: a country's inbox has tens of thousands of files.
  const linesOf = groupBy(c.log, (l) => l.fileIndex);
  const notesOf = (index: number): JsonNote[] =>
    (linesOf.get(index) ?? [])
      .filter((l) => l.status !== "accepted")
      .map((l) => defined({ status: l.status, code: l.code, severity: l.severity, cell: l.cell, rowCode: l.rowCode, message: l.message }));
  const own = kind?.json(c) ?? { rows: {}, extra: {} };
  const head = {
    form: c.form,
    year: c.year,
    notes: c.log.filter((l) => l.fileIndex === undefined && l.status === "note").map((l) => ({ code: l.code, message: l.message })),
  };
  function* accepted(): Iterable<ConsolidationJson["accepted"][number]> {
    for (const f of c.files) {
      if (f.status === "accepted") yield defined({ file: f.file, format: f.format, unit: f.unit ?? "", warnings: notesOf(f.index), values: kind && f.report ? nested(kind.unitValues(f.report)) : {} });
    }
  }
  const tail = {
    rejected: c.files.filter((f) => f.status !== "accepted").map((f) => defined({ file: f.file, format: f.format, code: f.code, message: linesOf.get(f.index)![0]!.message })),
    duplicates: c.duplicates.map((d) => ({ unit: d.unit, files: [...d.files], kept: d.kept ?? null })),
    missing: [...c.missing],
    unexpected: [...c.unexpected],
    suggested: c.suggested.map((x) => ({ ...x })),
    late: [...c.late],
    rows: own.rows,
    totals: { participation: defined(c.totals.participation), funding: defined(c.totals.funding) },
    ...own.extra,
  };
  return { head, accepted, tail };
}
