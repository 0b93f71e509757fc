/** `htsd check`: a readable report per file, or JSON; the exit code tells scripts the worst case. */
import * as path from "node:path";
import { message } from "../../core/messages";
import { describe } from "../../core/messages";
import type { CheckedFile } from "../../core/check/result";
import type { FormId } from "../../core/forms";
import { checkFileBytes, isUnreadable } from "../../xlsx/check-file";
import { DEFAULT_LIMITS } from "../../xlsx/reader";
import { expandInputs, readBounded } from "../files";
import { problemLine, say, type Out } from "../output";

export interface CheckArgs {
  files: string[];
  json?: boolean;
}

export async function checkCommand(args: CheckArgs, out: Out, today: string): Promise<number> {
  if (args.files.length === 0) {
    out.error(message("cli.error.noFiles"));
    return 2;
  }
  const { files, missing } = await expandInputs(args.files);
  const results: CheckedFile[] = [];
  for (const file of files) results.push(await checkOne(file, today));

  if (args.json) out.line(JSON.stringify({ files: results.map(toJson) }, null, 2));
  else {
    for (const r of results) printFile(r, out);
    say(out, "cli.check.summary", {
      files: results.length,
      clean: results.filter((r) => r.report && !r.problems.some((p) => p.severity === "error")).length,
      withErrors: results.filter((r) => !isUnreadable(r) && r.problems.some((p) => p.severity === "error")).length,
      unreadable: results.filter(isUnreadable).length + missing.length,
    });
  }
  for (const m of missing) out.error(message("cli.error.notFound", { file: m }));
  if (missing.length > 0 || results.some(isUnreadable)) return 2;
  return results.some((r) => r.problems.some((p) => p.severity === "error")) ? 1 : 0;
}

/** The file is named as the user gave it (or as found in a folder they gave), path and all. */
export async function checkOne(file: string, today: string, form?: FormId): Promise<CheckedFile> {
  const name = path.normalize(file);
  try {
    const bytes = await readBounded(file, DEFAULT_LIMITS.maxFileBytes);
    return checkFileBytes(name, bytes, { today, form });
  } catch (e) {
    return {
      file: name,
      problems: [{ code: "read.cannot-open", severity: "error", where: { file: name }, params: { detail: (e as Error).message } }],
      excluded: [],
      fixes: [],
    };
  }
}

function printFile(r: CheckedFile, out: Out): void {
  say(out, "cli.check.file", { file: r.file });
  if (r.report) say(out, "cli.check.unitLine", { unit: r.report.unit, form: r.report.form, year: String(r.report.year) });
  if (r.report?.form === "stats-table" && r.report.labelRows) say(out, "cli.check.labelRows", r.report.labelRows);
  for (const p of r.problems) out.line(problemLine(p));
  const errors = r.problems.filter((p) => p.severity === "error").length;
  const warnings = r.problems.filter((p) => p.severity === "warning").length;
  if (errors + warnings === 0) say(out, "cli.check.clean");
  else say(out, "cli.check.counts", { errors, warnings });
  out.line();
}

function toJson(r: CheckedFile) {
  return {
    file: r.file,
    unit: r.report?.unit ?? null,
    form: r.form ?? null,
    year: r.year ?? null,
    ...(r.report?.form === "stats-table" && r.report.labelRows ? { labelRows: r.report.labelRows } : {}),
    errors: r.problems.filter((p) => p.severity === "error").length,
    warnings: r.problems.filter((p) => p.severity === "warning").length,
    issues: r.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      sheet: p.where.sheet ?? null,
      cell: p.where.cell ?? null,
      rowCode: p.where.rowCode ?? null,
      message: describe(p),
    })),
  };
}
