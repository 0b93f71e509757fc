/**
 * The rules of forms.md that every kind of form shares, as rows: code (= message key),
 * severity, what it looks at. A kind's own rules are in its folder (`src/core/kinds/`);
 * the evaluation names codes only.
 */
import { BOTH_FORMS, type CodeOf, type Rule } from "../problems";

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

export const SHEET_RULES = [
  { code: "check.form.empty", severity: "warning", looksAt: "sheet", forms: BOTH_FORMS, about: "nothing entered at all" },
  { code: "check.date.future", severity: "warning", looksAt: "header", forms: BOTH_FORMS, about: "the report date is after today" },
] as const satisfies readonly Rule[];

export const CHECK_RULES = [...CELL_RULES, ...SHEET_RULES] as const;

export type CheckCode = CodeOf<typeof CHECK_RULES>;
