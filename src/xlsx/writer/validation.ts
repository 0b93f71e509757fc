import type { DataValidation, Worksheet } from "exceljs";
import type { Prompt, Validation } from "../../core/sheet";
import { clip } from "./limits";
import type { ListSource } from "./list-source";
import { groupCells } from "./ranges";

/** Excel's limits on validation texts; a longer one makes Excel drop the validation as corrupt. */
const TITLE_MAX = 32;
const ERROR_MAX = 225;
const PROMPT_MAX = 255;
/** Excel's limit on an explicit list; counted here with its quotes, to stay on the safe side. */
const LIST_FORMULA_MAX = 255;

export interface ValidationTarget {
  row: number;
  col: number;
  validation: Validation;
}

/** ExcelJS keeps the sheet's validations here at run time but leaves the property out of its typings. */
interface SheetValidations {
  add(address: string, validation: DataValidation): void;
}

/**
 * Writes each distinct validation once over the ranges that share it.
 *
 * ExcelJS would otherwise merge per-cell validations itself, visiting addresses in string
 * order ("B10" before "B2"), which can emit overlapping sqrefs for one column. Handing it
 * ready-made ranges, none of which touches a single cell with the same rule, leaves its
 * merging nothing to do.
 */
export function applyValidations(ws: Worksheet, targets: readonly ValidationTarget[], lists: ListSource): void {
  const sheet = (ws as unknown as { dataValidations: SheetValidations }).dataValidations;
  for (const { rule, ranges } of validationRanges(targets, lists)) for (const range of ranges) sheet.add(range, rule);
}

/** Each distinct rule once, with the disjoint ranges of the cells that share it (both writers write these). */
export function validationRanges(targets: readonly ValidationTarget[], lists: Pick<ListSource, "refFor">): { rule: DataValidation; ranges: string[] }[] {
  const byRule = new Map<string, { rule: DataValidation; cells: { row: number; col: number }[] }>();
  for (const t of targets) {
    const rule = toExcel(t.validation, lists);
    const key = JSON.stringify(rule);
    let group = byRule.get(key);
    if (!group) byRule.set(key, (group = { rule, cells: [] }));
    group.cells.push({ row: t.row, col: t.col });
  }
  return [...byRule.values()].map(({ rule, cells }) => ({ rule, ranges: groupCells(cells) }));
}

export function toExcel(v: Validation, lists: Pick<ListSource, "refFor">): DataValidation {
  switch (v.type) {
    case "whole": {
      integer(v.min, "min");
      if (v.max === undefined) return { type: "whole", operator: "greaterThanOrEqual", formulae: [v.min], ...messages(v.error, v.prompt) };
      integer(v.max, "max");
      if (v.max < v.min) throw new Error(`Whole-number validation has max ${v.max} below min ${v.min}`);
      return { type: "whole", operator: "between", formulae: [v.min, v.max], ...messages(v.error, v.prompt) };
    }
    case "list":
      return { type: "list", formulae: [listFormula(v.values, lists)], ...messages(v.error, v.prompt) };
    case "date": {
      const min = isoDate(v.min);
      const max = isoDate(v.max);
      if (max < min) throw new Error(`Date validation has max ${v.max} before min ${v.min}`);
      // ExcelJS turns Date formulae into serial day numbers (UTC-based, so no time-zone drift).
      return { type: "date", operator: "between", formulae: [min, max], ...messages(v.error, v.prompt) };
    }
    case "reject":
      // "Text length equal to 0": anything typed has a length, so every entry is refused
      // while clearing the cell stays possible. A text-length rule is one of the basic
      // criteria every spreadsheet implements alike; a custom formula rule is not, and
      // depends on each program evaluating FALSE the same way.
      return { type: "textLength", operator: "equal", formulae: [0], ...messages(v.error) };
  }
}

function messages(error: Prompt, prompt?: Prompt): Partial<DataValidation> {
  return {
    // Blank means "not reported" in these forms, so clearing a cell is always allowed.
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip(error.title, TITLE_MAX),
    error: clip(error.text, ERROR_MAX),
    ...(prompt
      ? { showInputMessage: true, promptTitle: clip(prompt.title, TITLE_MAX), prompt: clip(prompt.text, PROMPT_MAX) }
      : {}),
  };
}

function listFormula(values: readonly string[], lists: Pick<ListSource, "refFor">): string {
  if (values.length === 0) throw new Error("A list validation needs at least one value");
  if (values.some((v) => v.trim() === "")) throw new Error("A list validation value is empty");
  const inline = `"${values.join(",")}"`;
  // Inside the quoted list a comma always separates items and a quote cannot be escaped.
  const fits = inline.length <= LIST_FORMULA_MAX && !values.some((v) => v.includes(",") || v.includes('"'));
  return fits ? inline : lists.refFor(values);
}

function integer(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new Error(`Whole-number validation ${what} must be an integer, got ${n}`);
}

function isoDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== iso) throw new Error(`Date validation bound must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(iso)}`);
  return d;
}
