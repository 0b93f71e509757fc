/** The statistics table's own rules, as rows: code (= message key), severity, what it looks at. */
import type { CheckCode } from "../../check";
import type { LocateCode } from "../../locate";
import type { CodeOf, Rule } from "../../problems";
import { STATS_TABLE } from "./types";

const STATS = [STATS_TABLE] as const;

export const STATS_RULES = [
  { code: "locate.header.assumed", severity: "warning", looksAt: "sheet", forms: STATS, about: "marked sheet without findable column headers: default columns used" },
  { code: "locate.row.missing", severity: "warning", looksAt: "row", forms: STATS, about: "a form row (or field) with a measure is not on the sheet" },
  { code: "locate.row.unknownCode", severity: "warning", looksAt: "row", forms: STATS, about: "a row code not in the form, row without numbers" },
  { code: "locate.row.unknownCodeWithNumbers", severity: "error", looksAt: "row", forms: STATS, about: "a row code not in the form, on a row holding numbers" },
  { code: "locate.row.duplicateCode", severity: "error", looksAt: "row", forms: STATS, about: "a second row with the same code holds numbers (only the first is read)" },
  { code: "locate.row.duplicateCodeEmpty", severity: "warning", looksAt: "row", forms: STATS, about: "a second row with the same code, without numbers" },
  { code: "locate.row.uncoded", severity: "warning", looksAt: "row", forms: STATS, about: "a row inserted into a marked table holds numbers that are not used" },
  { code: "locate.row.unmatched", severity: "warning", looksAt: "row", forms: STATS, about: "hand-typed table: a row whose label matches no form row" },
  { code: "locate.row.unmatchedWithNumbers", severity: "error", looksAt: "row", forms: STATS, about: "hand-typed table: an unmatched row holding numbers" },
  { code: "locate.unit.fromFileName", severity: "warning", looksAt: "header", forms: STATS, about: "no unit name in the header: the file name stands in" },
  { code: "check.cell.notAllowed", severity: "error", looksAt: "cell", forms: STATS, about: "a cell whose measure the row's unit does not allow must stay empty" },
  { code: "check.unit.altered", severity: "error", looksAt: "row", forms: STATS, about: "the row's unit differs from the form's: form altered, row not consolidated" },
  { code: "check.row.labelOfOther", severity: "error", looksAt: "row", forms: STATS, about: "a coded row shows another row's label (rows sorted apart from the code column): not consolidated" },
  { code: "check.row.labelAltered", severity: "warning", looksAt: "row", forms: STATS, about: "a coded row's label was rewritten" },
  { code: "check.total.less", severity: "error", looksAt: "rows", forms: STATS, about: "a total below the sum of its parts" },
  { code: "check.total.more", severity: "warning", looksAt: "rows", forms: STATS, about: "a total above the sum of its parts" },
  { code: "check.pair.countOnly", severity: "warning", looksAt: "row", forms: STATS, about: "an X/người row with a count but no people" },
  { code: "check.pair.peopleOnly", severity: "warning", looksAt: "row", forms: STATS, about: "an X/người row with people but no count" },
  { code: "check.pair.peopleFewer", severity: "warning", looksAt: "row", forms: STATS, about: "an X/người row with fewer people than classes, contests or sessions" },
  { code: "check.outlier.peoplePerCount", severity: "warning", looksAt: "row", forms: STATS, about: "people per class/contest/session above the row's bound" },
  { code: "check.maxPerUnit", severity: "warning", looksAt: "cell", forms: STATS, about: "one unit's 7.1/7.2 above its maxPerUnit (only for a single unit's report)" },
  { code: "check.date.unreadable", severity: "warning", looksAt: "header", forms: STATS, about: "the report date cell holds something that is not a date" },
] as const satisfies readonly Rule[];

export type StatsCode = CodeOf<typeof STATS_RULES>;

/** Every code this kind's locating and checking may emit: its own, and those all kinds share. */
export type StatsFinding = StatsCode | CheckCode | LocateCode;
