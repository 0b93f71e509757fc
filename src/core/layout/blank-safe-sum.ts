import { boundedMemo } from "../memo";

/**
 * SUM of nothing is 0 in a spreadsheet; a total of blanks must stay blank ("not
 * reported"). Every total this product writes is this formula, and a total found in a
 * school's file is the product's own when it is this formula.
 */
export function blankSafeSum(refs: string): string {
  return `IF(COUNT(${refs})=0,"",SUM(${refs}))`;
}

const BLANK_SAFE_SUM = /^=?IF\(COUNT\((.+)\)=0,"",SUM\(\1\)\)$/i;

/**
 * Whether a formula as stored (spaces and case as a program saved it) is {@link blankSafeSum}
 * of some range. Every school's total rows hold the template's same formulas: each answered once.
 */
export const isBlankSafeSum: (formula: string) => boolean = boundedMemo((formula) => BLANK_SAFE_SUM.test(formula.replace(/\s+/g, "")), 1024, 200);
