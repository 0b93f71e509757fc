/**
 * What becomes of one file before any number is added: which form and year are being
 * consolidated, and whether this file can take part. Each refusal names its reason.
 */
import type { CheckedFile } from "../check/result";
import { FORM_IDS, getForm, latestVersion, type FormId } from "../forms";
import { describe, message, type MessageCode } from "../messages";
import { isError, type Params } from "../problems";

export interface Verdict {
  status: "accepted" | "rejected";
  code: MessageCode;
  params: Params;
}

export function formOf(f: CheckedFile): FormId | undefined {
  return f.report?.form ?? f.form;
}

/** A year the file does not state (the checker's default) is no one's vote and no reason to refuse. */
function yearOf(f: CheckedFile): number | undefined {
  if (f.report?.yearAssumed ?? f.yearAssumed) return undefined;
  return f.report?.year ?? f.year;
}

/** How the consolidation's year was settled, to be said in the log. */
export interface YearChoice {
  year: number | null;
  /** Given by the caller (`--year`, the pane's field), else the most files'. */
  given: boolean;
  /** Files of the form that state this year, and all that state one. */
  holding: number;
  stating: number;
}

export function settleYear(files: readonly CheckedFile[], form: FormId, wanted?: number): YearChoice {
  // When no file states a year, the checker's default (this year) is all there is.
  const year = chooseYear(files, form, wanted) ?? mostCommon(files.filter((f) => formOf(f) === form).map((f) => f.report?.year ?? f.year));
  const stated = files.filter((f) => formOf(f) === form).map(yearOf).filter((y) => y !== undefined);
  return { year, given: wanted !== undefined, holding: stated.filter((y) => y === year).length, stating: stated.length };
}

export function formName(id: FormId): string {
  return message(id === "stats-table" ? "consolidate.form.stats-table" : "consolidate.form.report-outline");
}

/** The form most files hold; a tie goes to the form listed first, so the order of files never decides. */
export function chooseForm(files: readonly CheckedFile[], wanted?: FormId): FormId {
  if (wanted) return wanted;
  const counts = tally(files.map(formOf));
  let best: FormId = FORM_IDS[0]!;
  for (const id of FORM_IDS) if ((counts.get(id) ?? 0) > (counts.get(best) ?? 0)) best = id;
  return best;
}

/** The year most files of the form hold; a tie goes to the later year (the newer round of reports). */
export function chooseYear(files: readonly CheckedFile[], form: FormId, wanted?: number): number | null {
  if (wanted !== undefined) return wanted;
  const counts = tally(files.filter((f) => formOf(f) === form).map(yearOf));
  let best: number | null = null;
  for (const [year, n] of counts) {
    const bestN = best === null ? 0 : counts.get(best)!;
    if (n > bestN || (n === bestN && best !== null && year > best)) best = year;
  }
  return best;
}

function mostCommon(years: readonly (number | undefined)[]): number | null {
  const counts = tally(years);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

function tally<T>(items: readonly (T | undefined)[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) if (x !== undefined) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Checks in the order a consolidator would ask: can it be read, is it this form, this version, this year, are its numbers sound. */
export function admit(f: CheckedFile, form: FormId, year: number | null, acceptErrors: boolean): Verdict {
  const r = f.report;
  if (!r) {
    const cause = f.problems.find(isError) ?? f.problems[0];
    return cause ? reject("consolidate.rejected.unreadable", { reason: describe(cause) }) : reject("consolidate.rejected.noForm");
  }
  if (r.form !== form) return reject("consolidate.rejected.otherForm", { form: formName(r.form), expected: formName(form) });
  const known = latestVersion(form);
  if (r.version > known) return reject("consolidate.rejected.newerVersion", { version: r.version, known });
  if (!getForm(form, r.version)) return reject("consolidate.rejected.unknownVersion", { version: r.version });
  if (year !== null && !r.yearAssumed && r.year !== year) return reject("consolidate.rejected.otherYear", { year: r.year, expected: year });
  const errors = f.problems.filter(isError).length;
  if (errors === 0) return { status: "accepted", code: "consolidate.accepted", params: {} };
  return acceptErrors ? { status: "accepted", code: "consolidate.accepted.withErrors", params: { count: errors } } : reject("consolidate.rejected.errors", { count: errors });
}

function reject(code: MessageCode, params: Params = {}): Verdict {
  return { status: "rejected", code, params };
}
