/** The blank form sheet of a kind: the one entry point the CLI, the pane and the tests use. */
import { kindOf, newestVersion, type FormKind } from "../kinds";
import type { FormSheetOptions } from "../layout";
import { message } from "../messages";
import type { SheetDescription } from "../sheet";

export function defaultSheetName(form: string): string {
  return message(requireKind(form).labels.sheetName);
}

/** The newest version of the kind's form, for the year and names given. */
export function formSheet(form: string, opts: FormSheetOptions): SheetDescription {
  const kind = requireKind(form);
  return kind.formSheet(newestVersion(kind), { ...opts, sheetName: opts.sheetName ?? message(kind.labels.sheetName) });
}

/** The callers offer only the registry's ids: another id is a programming error, not a user's. */
function requireKind(form: string): FormKind {
  const kind = kindOf(form);
  if (!kind) throw new RangeError(`no kind of form "${form}"`);
  return kind;
}
