/**
 * What becomes of one file before any number is added: which form and year are being
 * consolidated, and whether this file can take part. Each refusal names its reason.
 */
import type { CheckedFile } from "../check";
import type { YearChoice } from "../consolidate";
import { newestVersion, type FormKind } from "../kinds";
import { message, type MessageCode } from "../messages";
import { describe, isError, type Params, type Problem } from "../problems";

export interface Verdict {
  status: "accepted" | "rejected";
  code: MessageCode;
  params: Params;
}

export function formOf(f: CheckedFile): string | undefined {
  return f.report?.form ?? f.form;
}

/** A year the file does not state (the checker's default) is no one's vote and no reason to refuse. */
function yearOf(f: CheckedFile): number | undefined {
  if (f.report?.yearAssumed ?? f.yearAssumed) return undefined;
  return f.report?.year ?? f.year;
}

export function settleYear(files: readonly CheckedFile[], form: string, wanted?: number): YearChoice {
  // When no file states a year, the checker's default (this year) is all there is.
  const year = chooseYear(files, form, wanted) ?? mostCommon(files.filter((f) => formOf(f) === form).map((f) => f.report?.year ?? f.year));
  const stated = files.filter((f) => formOf(f) === form).map(yearOf).filter((y) => y !== undefined);
  return { year, given: wanted !== undefined, holding: stated.filter((y) => y === year).length, stating: stated.length };
}

/** A form's name in sentences; an id no kind knows (from a file) is shown as written. */
export function formName(id: string, kinds: readonly FormKind[]): string {
  const kind = kinds.find((k) => k.id === id);
  return kind ? message(kind.labels.name) : id;
}

/** The form most files hold; a tie goes to the form listed first, so the order of files never decides. */
export function chooseForm(files: readonly CheckedFile[], kinds: readonly FormKind[], wanted?: string): FormKind {
  const asked = wanted === undefined ? undefined : kinds.find((k) => k.id === wanted);
  if (asked) return asked;
  const counts = tally(files.map(formOf));
  let best = kinds[0]!;
  for (const k of kinds) if ((counts.get(k.id) ?? 0) > (counts.get(best.id) ?? 0)) best = k;
  return best;
}

/** The year most files of the form hold; a tie goes to the later year (the newer round of reports). */
export function chooseYear(files: readonly CheckedFile[], form: string, wanted?: number): number | null {
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

/**
 * Checks in the order a consolidator would ask: can it be read, is it this form, this version, this year, are its numbers sound.
 * `problems`: the file's, when the caller has them already (a packed file unpacks them at each read).
 */
export function admit(f: CheckedFile, kind: FormKind, kinds: readonly FormKind[], year: number | null, acceptErrors: boolean, problems: readonly Problem[] = f.problems): Verdict {
  const r = f.report;
  if (!r) {
    const cause = problems.find(isError) ?? problems[0];
    return cause ? reject("consolidate.rejected.unreadable", { reason: describe(cause) }) : reject("consolidate.rejected.noForm");
  }
  if (r.form !== kind.id) return reject("consolidate.rejected.otherForm", { form: formName(r.form, kinds), expected: formName(kind.id, kinds) });
  const known = newestVersion(kind);
  if (r.version > known) return reject("consolidate.rejected.newerVersion", { version: r.version, known });
  if (!kind.versions.some((v) => v.version === r.version)) return reject("consolidate.rejected.unknownVersion", { version: r.version });
  if (year !== null && !r.yearAssumed && r.year !== year) return reject("consolidate.rejected.otherYear", { year: r.year, expected: year });
  const errors = problems.filter(isError).length;
  if (errors === 0) return { status: "accepted", code: "consolidate.accepted", params: {} };
  return acceptErrors ? { status: "accepted", code: "consolidate.accepted.withErrors", params: { count: errors } } : reject("consolidate.rejected.errors", { count: errors });
}

function reject(code: MessageCode, params: Params = {}): Verdict {
  return { status: "rejected", code, params };
}
