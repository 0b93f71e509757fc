/** What finding a form can report whatever its kind: missing, unknown, newer or ambiguous forms. A kind adds its own (rows, fields). */
import { BOTH_FORMS, type CodeOf, type Rule } from "../problems";

export const LOCATE_RULES = [
  { code: "locate.noForm", severity: "error", looksAt: "workbook", forms: BOTH_FORMS, about: "no sheet holds a form, by marker or by its column headers / field labels" },
  { code: "locate.form.unknown", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker names a form this program does not know" },
  { code: "locate.form.newer", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker's version is newer than the newest we know" },
  { code: "locate.form.version", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker's version is older and not on record" },
  { code: "locate.form.ambiguous", severity: "error", looksAt: "workbook", forms: BOTH_FORMS, about: "two sheets hold a form: we will not pick one" },
  { code: "locate.form.otherFormToo", severity: "info", looksAt: "sheet", forms: BOTH_FORMS, about: "the workbook holds one sheet of each form: the statistics table is read unless the caller asks for the outline" },
  { code: "locate.table.noRows", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "marked sheet whose code column holds no row code" },
  { code: "locate.year.assumed", severity: "warning", looksAt: "sheet", forms: BOTH_FORMS, about: "no year in marker or title: the caller's default year is used" },
] as const satisfies readonly Rule[];

export type LocateCode = CodeOf<typeof LOCATE_RULES>;
