/** `htsd template`: write the official form as a workbook that guards its own entries. */
import { FORM_IDS, isFormId, MAX_YEAR, MIN_YEAR } from "../../core/forms";
import { formSheet } from "../../core/pipeline";
import { message } from "../../core/messages";
import { renderWorkbook } from "../../xlsx/writer";
import { exists } from "../files";
import { OutputExistsError, writeAtomic } from "../write-output";
import type { TemplateArgs } from "../spec";
import { say, type Out } from "../output";


export async function templateCommand(args: TemplateArgs, out: Out, thisYear: number): Promise<number> {
  const form = args.form ?? FORM_IDS[0];
  if (!isFormId(form)) return fail(out, message("cli.error.badForm", { form }));
  const year = args.year === undefined ? thisYear : Number(args.year);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return fail(out, message("cli.error.badYear", { year: args.year ?? "" }));
  if (!args.out) return fail(out, message("cli.error.needOut"));
  if (!args.force && (await exists(args.out))) return fail(out, message("cli.error.outExists", { file: args.out }));

  const sheet = formSheet(form, { year, unit: args.unit?.trim() || undefined, parent: args.parent?.trim() || undefined });
  const bytes = await renderWorkbook([sheet], { title: sheet.name });
  try {
    await writeAtomic(args.out, bytes, Boolean(args.force));
  } catch (e) {
    if (e instanceof OutputExistsError) return fail(out, message("cli.error.outExists", { file: args.out }));
    return fail(out, message("cli.error.cannotWrite", { file: args.out, detail: (e as Error).message }));
  }
  say(out, "cli.template.written", { file: args.out, form, year: String(year) });
  return 0;
}

function fail(out: Out, text: string): number {
  out.error(text);
  return 2;
}
