/**
 * One file's bytes to a checked report: the bounded reader, then the core's checks.
 * The command line, the task pane and its worker all go through here, so a file is
 * judged the same wherever it is opened.
 */
import { readAnyWorkbook, type OtherReaders } from "./read-any";
// Not the pipeline barrel: a check worker would load consolidation and summary code it never runs.
import { checkWorkbook } from "../core/pipeline/check-workbook";
import type { CheckedFile } from "../core/check";
import type { FormId } from "../core/forms";
import { refused } from "./refused";
import type { ReadCodec } from "./reader";

export { refused };

export interface CheckFileContext {
  /** ISO date of today: the core has no clock. */
  today: string;
  defaultYear?: number;
  /** Read only this form (a workbook may hold the table and the outline). */
  form?: FormId;
  /** Told of an unexpected failure (a bug of ours, not the file's fault), for `--debug`. */
  onInternalError?(e: unknown): void;
  /** The .xls and .ods readers; without them such a file is refused with a request for an .xlsx. */
  readers?: OtherReaders;
  /** A faster inflate, checksum and decode for the .xlsx reader (Node's, in the command line). */
  codec?: ReadCodec;
}

/**
 * Never throws: whatever goes wrong in reading or checking one file is that file's problem,
 * so one file can never stop a run over a thousand.
 */
export function checkFileBytes(file: string, bytes: Uint8Array, ctx: CheckFileContext): CheckedFile {
  try {
    return checkUnguarded(file, bytes, ctx);
  } catch (e) {
    ctx.onInternalError?.(e);
    return refused(file, "read.internal");
  }
}


function checkUnguarded(file: string, bytes: Uint8Array, ctx: CheckFileContext): CheckedFile {
  const read = readAnyWorkbook(bytes, ctx.codec ? { codec: ctx.codec } : {}, ctx.readers);
  const format = read.format;
  if (!read.ok) {
    return { file, format, problems: [{ ...read.problem, where: { ...read.problem.where, file } }], excluded: [], fixes: [] };
  }
  const checked = checkWorkbook(read.workbook, { file, today: ctx.today, defaultYear: ctx.defaultYear, form: ctx.form });
  // The core's result is fresh and nobody else's: completed in place rather than copied
  // (a copy per file is the costliest line here), with the keys in the order a copy has.
  checked.format = format;
  if (read.warnings.length > 0) checked.problems = [...read.warnings.map((p) => ({ ...p, where: { ...p.where, file } })), ...checked.problems];
  return checked;
}

/** A file the reader refused outright, as opposed to one read with problems in it. */
export function isUnreadable(c: CheckedFile): boolean {
  return c.report === undefined && c.problems.some((p) => p.code.startsWith("read."));
}
