/**
 * One file's bytes to a checked report: the bounded reader, then the core's checks.
 * The command line, the task pane and its worker all go through here, so a file is
 * judged the same wherever it is opened.
 */
import { readWorkbook } from "./reader";
import { checkWorkbook } from "../core/pipeline";
import type { CheckedFile } from "../core/check";
import type { FormId } from "../core/forms";

export interface CheckFileContext {
  /** ISO date of today: the core has no clock. */
  today: string;
  defaultYear?: number;
  /** Read only this form (a workbook may hold the table and the outline). */
  form?: FormId;
}

export function checkFileBytes(file: string, bytes: Uint8Array, ctx: CheckFileContext): CheckedFile {
  const read = readWorkbook(bytes);
  if (!read.ok) {
    return { file, problems: [{ ...read.problem, where: { ...read.problem.where, file } }], excluded: [], fixes: [] };
  }
  const checked = checkWorkbook(read.workbook, { file, today: ctx.today, defaultYear: ctx.defaultYear, form: ctx.form });
  const warnings = read.warnings.map((p) => ({ ...p, where: { ...p.where, file } }));
  return { ...checked, problems: [...warnings, ...checked.problems] };
}

/** A file the reader refused outright, as opposed to one read with problems in it. */
export function isUnreadable(c: CheckedFile): boolean {
  return c.report === undefined && c.problems.some((p) => p.code.startsWith("read."));
}
