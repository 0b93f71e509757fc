/** The report outline checked, as a report: its fields, and the header's names and date when the fields give them. */
import { reportBase, type CheckContext, type CheckOutcome } from "../../check";
import type { MessageCode } from "../../messages";
import type { Findings } from "../../problems";
import { checkOutline } from "./check";
import { REPORT_OUTLINE, type LocatedOutline, type OutlineReport } from "./types";

export function checkReportOutline(loc: LocatedOutline, ctx: CheckContext, found: Findings<MessageCode>): CheckOutcome {
  const read = checkOutline(loc, ctx.today, found);
  const filled = loc.form.fields.some((f) => !f.header && read.fields[f.code] !== undefined);
  if (!filled && !read.excluded.some((x) => !loc.form.fields.find((f) => f.code === x.rowCode)?.header)) found.emit("check.form.empty", {}, { sheet: loc.sheet.name });
  const name = read.fields["org.name"];
  const date = read.fields["doc.date"];
  const parent = read.fields["org.parent"];
  const docNumber = read.fields["doc.number"];
  const base = reportBase(loc, ctx);
  if (typeof name === "string") delete base.unitFromFileName;
  const report: OutlineReport = {
    form: REPORT_OUTLINE,
    ...base,
    ...(typeof name === "string" ? { unit: name } : {}),
    ...(typeof parent === "string" ? { parent } : {}),
    ...(typeof docNumber === "string" ? { docNumber } : {}),
    ...(typeof date === "string" ? { date } : {}),
    fields: read.fields,
    cells: read.cells,
  };
  return { report, excluded: read.excluded, fixes: read.fixes };
}
