/**
 * Every rule of forms.md as a row: code (= message key), severity, what it looks at.
 * The evaluation lives in cell-reader.ts, stats-*.ts and outline-*.ts; it names codes only.
 */
import { LOCATE_RULES } from "../locate/rules";
import { BOTH_FORMS, type CodeOf, type Rule } from "./rule";

const STATS = ["stats-table"] as const;
const OUTLINE = ["report-outline"] as const;

/** A number cell of either form: a stats measure, or an outline whole/money field. */
export const CELL_RULES = [
  { code: "check.cell.negative", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "counts, people and money are ≥ 0" },
  { code: "check.cell.tooLarge", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "over 10^15 đồng or 10^9 people/classes: no unit's report, and a sum of such could leave finite numbers" },
  { code: "check.cell.decimal", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "counts, people and money are whole numbers" },
  { code: "check.cell.textNumber", severity: "warning", looksAt: "cell", forms: BOTH_FORMS, about: "a number typed as text, read for certain the Vietnamese way (one-click fix offered)" },
  { code: "check.cell.textNumberUnsure", severity: "warning", looksAt: "cell", forms: BOTH_FORMS, about: "a number typed as text with words we do not know, or a currency on a non-money cell: read, no fix" },
  { code: "check.cell.notANumber", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "text (or TRUE/FALSE) that is not a number" },
  { code: "check.cell.ambiguous", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "'1,500': a Vietnamese decimal or English thousands; never guessed" },
  { code: "check.cell.englishFormat", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "'1.5', '1,500,000': only the English convention reads it; never guessed" },
  { code: "check.cell.badSeparators", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "separators mixed so that no convention reads it" },
  { code: "check.cell.scaleWord", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "'2tr', '1,5 triệu': whole đồng are asked for" },
  { code: "check.cell.placeholder", severity: "warning", looksAt: "cell", forms: BOTH_FORMS, about: "'-', 'x', '...' typed for nothing: read as blank, never as 0" },
  { code: "check.cell.formulaError", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?, #NUM!, #NULL!" },
  { code: "check.cell.noCachedValue", severity: "warning", looksAt: "cell", forms: BOTH_FORMS, about: "a formula never calculated (file not saved by a spreadsheet program): read as blank" },
  { code: "check.cell.dateValue", severity: "error", looksAt: "cell", forms: BOTH_FORMS, about: "a number cell holding a date (Excel turned '1/5' into 1 May)" },
  { code: "check.cell.moneySmall", severity: "warning", looksAt: "cell", forms: BOTH_FORMS, about: "0 < money < 1,000 đồng: probably thousands or millions" },
] as const satisfies readonly Rule[];

export const STATS_RULES = [
  { code: "check.cell.notAllowed", severity: "error", looksAt: "cell", forms: STATS, about: "a cell whose measure the row's unit does not allow must stay empty" },
  { code: "check.unit.altered", severity: "error", looksAt: "row", forms: STATS, about: "the row's unit differs from the form's: form altered, row not consolidated" },
  { code: "check.row.labelOfOther", severity: "error", looksAt: "row", forms: STATS, about: "a coded row shows another row's label (rows sorted apart from the code column): not consolidated" },
  { code: "check.row.labelAltered", severity: "warning", looksAt: "row", forms: STATS, about: "a coded row's label was rewritten" },
  { code: "check.total.less", severity: "error", looksAt: "rows", forms: STATS, about: "a total below the sum of its parts" },
  { code: "check.total.more", severity: "warning", looksAt: "rows", forms: STATS, about: "a total above the sum of its parts" },
  { code: "check.pair.countOnly", severity: "warning", looksAt: "row", forms: STATS, about: "an X/người row with a count but no people" },
  { code: "check.pair.peopleOnly", severity: "warning", looksAt: "row", forms: STATS, about: "an X/người row with people but no count" },
  { code: "check.outlier.peoplePerCount", severity: "warning", looksAt: "row", forms: STATS, about: "people per class/contest/session above the row's bound" },
  { code: "check.maxPerUnit", severity: "warning", looksAt: "cell", forms: STATS, about: "one unit's 7.1/7.2 above its maxPerUnit (only for a single unit's report)" },
  { code: "check.date.unreadable", severity: "warning", looksAt: "header", forms: STATS, about: "the report date cell holds something that is not a date" },
] as const satisfies readonly Rule[];

export const OUTLINE_RULES = [
  { code: "check.field.required", severity: "error", looksAt: "field", forms: OUTLINE, about: "a required field (the unit's name) is empty" },
  { code: "check.field.choice", severity: "error", looksAt: "field", forms: OUTLINE, about: "a choice field holds a value not in its list" },
  { code: "check.field.date", severity: "error", looksAt: "field", forms: OUTLINE, about: "a date field is not one valid day/month/year date" },
  { code: "check.ceremony.outsideWeek", severity: "warning", looksAt: "field", forms: OUTLINE, about: "the ceremony date falls outside the Week of the year" },
] as const satisfies readonly Rule[];

export const SHEET_RULES = [
  { code: "check.form.empty", severity: "warning", looksAt: "sheet", forms: BOTH_FORMS, about: "nothing entered at all" },
  { code: "check.date.future", severity: "warning", looksAt: "header", forms: BOTH_FORMS, about: "the report date is after today" },
] as const satisfies readonly Rule[];

export const CHECK_RULES = [...CELL_RULES, ...STATS_RULES, ...OUTLINE_RULES, ...SHEET_RULES] as const;
/** Every rule a check can report, finding the form included. */
export const ALL_RULES: readonly Rule[] = [...LOCATE_RULES, ...CHECK_RULES];

export type CheckCode = CodeOf<typeof CHECK_RULES>;
