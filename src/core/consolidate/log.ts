/**
 * The log as data: one line per file (its fate and why), one per problem the check
 * found in it, one per cell left out or value ignored, one per judgement about it
 * (late, undated, off the list, kept over a duplicate), then one per missing unit.
 *
 * A line keeps what its text is made from and words it when read (see {@link Line}): a
 * country's log holds 100,000 lines, most of them a problem's sentence of its own.
 */
import { describe, type Params, type Problem, type Severity } from "../problems";
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
  const problemsRead = new LastProblems();
  const general = (said: Said, about: { unit?: string } = {}) => lines.push(new Line(about, said, said.params));
  const y = input.year;
  if (y && y.year !== null) {
    if (y.given) general(line("note", "consolidate.year.given", { year: y.year }));
    else if (y.stating === 0) general(line("note", "consolidate.year.none", { year: y.year }));
    else general(line("note", "consolidate.year.majority", { year: y.year, count: y.holding, total: y.stating }));
  }
  if (input.badDeadline !== undefined) general(line("note", "consolidate.deadline.invalid", { deadline: input.badDeadline }));

  // Looked up per file through an index: an inbox of files each with a value the form has no place for would be quadratic.
  const ignoredOf = new Map<number, Ignored[]>();
  for (const x of input.ignored) {
    const list = ignoredOf.get(x.index);
    if (list) list.push(x);
    else ignoredOf.set(x.index, [x]);
  }
  for (const f of input.files) {
    const about = { fileIndex: f.index, file: f.file, unit: f.unit };
    const push = (said: Said, where: Where = {}) => lines.push(new Line(about, { ...said, ...where }, said.params));
    push(line(f.status, f.code, f.params));
    if (f.format === "xls" || f.format === "ods") push(line("note", "consolidate.format", { format: message(`format.${f.format}`) }));
    if (f.status === "accepted") for (const k of input.kept.get(f.index) ?? []) push(line("duplicate-kept", k.code, k.params));
    const byLabel = f.report?.labelRows;
    if (byLabel) push(line("note", "consolidate.labelRows", byLabel));
    for (const [i, p] of f.problems.entries()) {
      lines.push(new Line(about, { status: "problem", severity: p.severity, code: p.code, sheet: p.where.sheet, cell: p.where.cell, rowCode: p.where.rowCode }, f, i, problemsRead));
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
    if (f.suggested !== undefined) push(line("unexpected", "consolidate.roster.suggested", { unit: f.unit ?? "", listed: f.suggested }), { severity: "warning" });
    else if (f.unexpected) push(line("unexpected", "consolidate.unexpected", { unit: f.unit ?? "" }));
    if (f.aliasOf !== undefined) push(line("note", "consolidate.roster.aliased", { unit: f.unit ?? "", listed: f.aliasOf }));
  }

  for (const m of input.missing) general(line("missing", m.code, { unit: m.unit }), { unit: m.unit });
  return lines;
}

/** What a line says: its status, its code and the code's params. */
interface Said {
  status: LogStatus;
  code: MessageCode;
  params: Params;
}

/** Where in the file a line points, and a severity of its own. */
type Where = Partial<Pick<LogLine, "severity" | "sheet" | "cell" | "rowCode">>;

function line(status: LogStatus, code: MessageCode, params: Params = NO_PARAMS): Said {
  return { status, code, params };
}

const NO_PARAMS: Params = Object.freeze({}) as Params;

/**
 * A line of the log. Every line has the same members in one order (those it lacks
 * undefined, which JSON leaves out): one V8 shape for a country's lines, its members inside
 * the object. Its text is worded when read, from its code and params, or from the problem
 * it reports, unpacked again from the file's packed record: read `message`, never spread a
 * line (the text is no member of its own). Texts that recur (a severity, a code, a sheet's
 * name) are held once.
 */
class Line implements LogLine {
  readonly fileIndex: number | undefined;
  readonly file: string | undefined;
  readonly unit: string | undefined;
  readonly status: LogStatus;
  readonly severity: Severity | undefined;
  readonly code: MessageCode;
  readonly sheet: string | undefined;
  readonly cell: string | undefined;
  readonly rowCode: string | undefined;
  /** The code's params, or the file whose problem number `problem` the line reports. */
  private readonly source: Params | FileOutcome;
  private readonly problem: number;
  /** The log's reader of a file's problems, for a problem's line. */
  private readonly problems: LastProblems | undefined;

  constructor(about: { fileIndex?: number; file?: string; unit?: string }, l: Omit<LogLine, "message" | "fileIndex" | "file" | "unit"> & Where, source: Params | FileOutcome, problem = -1, problems?: LastProblems) {
    this.fileIndex = about.fileIndex;
    this.file = about.file;
    this.unit = about.unit;
    this.status = l.status;
    this.severity = sharedText(l.severity);
    this.code = sharedText(l.code);
    this.sheet = sharedText(l.sheet);
    this.cell = l.cell;
    this.rowCode = l.rowCode;
    this.source = source;
    this.problem = problem;
    this.problems = problems;
  }

  get message(): string {
    if (this.problem < 0) return message(this.code, this.source as Params);
    return describe(this.problems!.of(this.source as FileOutcome)[this.problem]!);
  }
}

/**
 * The problems of the file last asked, one reader per log: a file's problem lines are read
 * one after another, and each asking would unpack them again from the packed record.
 */
class LastProblems {
  private file: FileOutcome | undefined;
  private problems: readonly Problem[] = [];

  of(f: FileOutcome): readonly Problem[] {
    if (f !== this.file) {
      this.problems = f.problems;
      this.file = f;
    }
    return this.problems;
  }
}
