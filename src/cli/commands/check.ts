/** `htsd check`: a readable report per file, or JSON; the exit code tells scripts the worst case. */
import * as path from "node:path";
import { message } from "../../core/messages";
import { describe } from "../../core/problems";
import type { CheckedFile } from "../../core/check";
import { isUnreadable } from "../../xlsx/check-file";
import { expandInputs } from "../files";
import { problemLine, say, type Out } from "../output";
import { checkFiles } from "../check-many";
import { printSkipped, skippedJson } from "../run-report";
import type { CheckArgs } from "../spec";

export async function checkCommand(args: CheckArgs, out: Out, today: string): Promise<number> {
  if (args.files.length === 0) {
    out.error(message("cli.error.noFiles"));
    return 2;
  }
  const { files, missing, skipped } = await expandInputs(args.files);
  const debug = (file: string, detail: string) => void (args.debug && out.error(`[debug] ${file}: ${detail}`));
  const { results } = await checkFiles(files, today, { onInternalError: debug });

  if (args.json) out.line(JSON.stringify({ files: results.map(toJson), skipped: skipped.map(skippedJson) }, null, 2));
  else {
    printSkipped(skipped, out);
    for (const r of results) printFile(r, out);
    say(out, "cli.check.summary", {
      files: results.length,
      clean: results.filter((r) => r.report && !r.problems.some((p) => p.severity === "error")).length,
      withErrors: results.filter((r) => !isUnreadable(r) && r.problems.some((p) => p.severity === "error")).length,
      unreadable: results.filter(isUnreadable).length + missing.length,
    });
  }
  for (const m of missing) out.error(message("cli.error.notFound", { file: m }));
  // A path named on the command line that is no file (a FIFO, a device) was not checked.
  const named = new Set(args.files.map((f) => path.normalize(f)));
  if (missing.length > 0 || results.some(isUnreadable) || skipped.some((s) => named.has(s.name))) return 2;
  return results.some((r) => r.problems.some((p) => p.severity === "error")) ? 1 : 0;
}

function printFile(r: CheckedFile, out: Out): void {
  say(out, "cli.check.file", { file: r.file });
  if (r.format !== undefined && r.format !== "xlsx") say(out, "cli.check.format", { format: message(`format.${r.format}`) });
  if (r.report) say(out, "cli.check.unitLine", { unit: r.report.unit, form: r.report.form, year: String(r.report.year) });
  if (r.report?.labelRows) say(out, "cli.check.labelRows", r.report.labelRows);
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
    format: r.format ?? null,
    unit: r.report?.unit ?? null,
    form: r.form ?? null,
    year: r.year ?? null,
    ...(r.report?.labelRows ? { labelRows: r.report.labelRows } : {}),
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
