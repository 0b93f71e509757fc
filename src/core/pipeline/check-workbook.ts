/**
 * Checking one workbook: find the form, then let its kind judge every cell and row by the
 * rules of forms.md and build the report from the good cells only. A user's mistake is a
 * problem in the result, never an exception.
 */
import type { RawWorkbook } from "../cells";
import type { CheckContext, CheckedFile } from "../check";
import { ALL_KINDS, rulesOf, type FormKind } from "../kinds";
import type { MessageCode } from "../messages";
import { Findings } from "../problems";
import { locateForm } from "./locate-form";

export function checkWorkbook(workbook: RawWorkbook, ctx: CheckContext, kinds: readonly FormKind[] = ALL_KINDS): CheckedFile {
  const { located, problems } = locateForm(workbook, ctx, kinds);
  const kind = located && kinds.find((k) => k.id === located.kind);
  if (!located || !kind) return { file: ctx.file, problems, excluded: [], fixes: [] };
  const found = new Findings<MessageCode>(rulesOf(kinds), { file: ctx.file, sheet: located.sheet.name }, problems);
  const { report, excluded, fixes } = kind.check(located, ctx, found);
  return { file: ctx.file, sheet: located.sheet.name, form: located.form.id, version: located.form.version, year: located.year, ...(located.yearAssumed ? { yearAssumed: true as const } : {}), report, problems, excluded, fixes };
}
