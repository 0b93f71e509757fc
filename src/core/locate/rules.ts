/** What finding the form can report: missing, unknown or ambiguous forms, rows and header fields. */
import { BOTH_FORMS, type CodeOf, type Rule } from "../check/rule";

const STATS = ["stats-table"] as const;
const OUTLINE = ["report-outline"] as const;

export const LOCATE_RULES = [
  { code: "locate.noForm", severity: "error", looksAt: "workbook", forms: BOTH_FORMS, about: "no sheet holds a form, by marker or by its column headers / field labels" },
  { code: "locate.form.unknown", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker names a form this program does not know" },
  { code: "locate.form.newer", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker's version is newer than the newest we know" },
  { code: "locate.form.version", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "the marker's version is older and not on record" },
  { code: "locate.form.ambiguous", severity: "error", looksAt: "workbook", forms: BOTH_FORMS, about: "two sheets hold a form: we will not pick one" },
  { code: "locate.form.otherFormToo", severity: "info", looksAt: "sheet", forms: BOTH_FORMS, about: "the workbook holds one sheet of each form: the statistics table is read unless the caller asks for the outline" },
  { code: "locate.header.assumed", severity: "warning", looksAt: "sheet", forms: STATS, about: "marked sheet without findable column headers: default columns used" },
  { code: "locate.table.noRows", severity: "error", looksAt: "sheet", forms: BOTH_FORMS, about: "marked sheet whose code column holds no row code" },
  { code: "locate.row.missing", severity: "warning", looksAt: "row", forms: STATS, about: "a form row (or field) with a measure is not on the sheet" },
  { code: "locate.row.unknownCode", severity: "warning", looksAt: "row", forms: STATS, about: "a row code not in the form, row without numbers" },
  { code: "locate.row.unknownCodeWithNumbers", severity: "error", looksAt: "row", forms: STATS, about: "a row code not in the form, on a row holding numbers" },
  { code: "locate.row.duplicateCode", severity: "error", looksAt: "row", forms: STATS, about: "a second row with the same code holds numbers (only the first is read)" },
  { code: "locate.row.duplicateCodeEmpty", severity: "warning", looksAt: "row", forms: STATS, about: "a second row with the same code, without numbers" },
  { code: "locate.row.uncoded", severity: "warning", looksAt: "row", forms: STATS, about: "a row inserted into a marked table holds numbers that are not used" },
  { code: "locate.row.unmatched", severity: "warning", looksAt: "row", forms: STATS, about: "hand-typed table: a row whose label matches no form row" },
  { code: "locate.row.unmatchedWithNumbers", severity: "error", looksAt: "row", forms: STATS, about: "hand-typed table: an unmatched row holding numbers" },
  { code: "locate.field.missing", severity: "warning", looksAt: "field", forms: OUTLINE, about: "an outline field is not on the sheet (marked: any field; typed by hand: the consolidated ones)" },
  { code: "locate.unit.fromFileName", severity: "warning", looksAt: "header", forms: STATS, about: "no unit name in the header: the file name stands in" },
  { code: "locate.year.assumed", severity: "warning", looksAt: "sheet", forms: BOTH_FORMS, about: "no year in marker or title: the caller's default year is used" },
] as const satisfies readonly Rule[];

export type LocateCode = CodeOf<typeof LOCATE_RULES>;
