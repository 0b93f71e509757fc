/**
 * One number cell judged: its value when it is good, or the problem that keeps it out.
 * Blank stays blank (never 0). Text is read the Vietnamese way and a fix is offered only
 * for a certain reading; anything that could mean two numbers is an error, never a guess.
 */
import type { RawCell } from "../cells";
import { excelSerialToIso, formatDateVi, isDateFormat, readNumberVi } from "../numbers";
import type { Measure } from "../units";
import type { Findings } from "../problems";
import { MAX_VALUE } from "../numbers/bounds";
import type { CheckCode } from "./rules";
import type { Fix } from "./result";

export interface NumberCellAt {
  sheet: string;
  cell: string;
  rowCode: string;
  /** The row's or field's label, for the message. */
  item: string;
  measure: Measure;
}

export type CellOutcome = { kind: "blank" } | { kind: "value"; value: number } | { kind: "excluded" };

/** Below this distance from a whole number, a formula's floating-point dust is not a decimal. */
const WHOLE_EPSILON = 1e-9;
const MONEY_FLOOR = 1000;

export function readNumberCell(raw: RawCell | undefined, at: NumberCellAt, found: Findings<CheckCode>, fixes: Fix[]): CellOutcome {
  // Most cells: a whole number in range, nothing to say about it. What `judge` would find
  // of it, without making what a message would need: the closures below are made on
  // every entry to the function that declares them, so they live in another.
  if (raw?.kind === "number" && Number.isInteger(raw.value) && raw.value >= 0 && raw.value <= MAX_VALUE[at.measure] && !isDateFormat(raw.numFmt)) {
    if (at.measure !== "amount" || raw.value === 0 || raw.value >= MONEY_FLOOR) return { kind: "value", value: raw.value };
  }
  return judgeCell(raw, at, found, fixes);
}

function judgeCell(raw: RawCell | undefined, at: NumberCellAt, found: Findings<CheckCode>, fixes: Fix[]): CellOutcome {
  const where = { cell: at.cell, rowCode: at.rowCode };
  const item = at.item;
  const bad = (code: CheckCode, params: Record<string, string | number>): CellOutcome => {
    found.emit(code, where, { item, ...params });
    return { kind: "excluded" };
  };
  if (raw === undefined) return { kind: "blank" };
  switch (raw.kind) {
    case "error":
      return bad("check.cell.formulaError", { error: raw.value });
    case "formula":
      found.emit("check.cell.noCachedValue", where, { item, formula: raw.formula });
      return { kind: "blank" };
    case "boolean":
      return bad("check.cell.notANumber", { text: raw.value ? "TRUE" : "FALSE" });
    case "number": {
      if (isDateFormat(raw.numFmt)) {
        const iso = excelSerialToIso(raw.value);
        return bad("check.cell.dateValue", { text: iso ? formatDateVi(iso) : String(raw.value) });
      }
      return judge(raw.value, undefined);
    }
    case "string":
      return fromText(raw.value, raw.formula !== undefined);
  }

  function fromText(text: string, isFormula: boolean): CellOutcome {
    const r = readNumberVi(text);
    const shown = text.trim();
    switch (r.kind) {
      case "blank":
        if (r.placeholder !== undefined) found.emit("check.cell.placeholder", where, { item, text: shown });
        return { kind: "blank" };
      case "not-a-number":
        return bad("check.cell.notANumber", { text: shown });
      case "ambiguous":
        if (r.reason === "comma-three-digits") return bad("check.cell.ambiguous", { text: shown, readingA: r.readings[0]!, readingB: r.readings[1]! });
        if (r.reason === "english-format") return bad("check.cell.englishFormat", { text: shown, reading: r.readings[0]! });
        if (r.reason === "scale-word") return bad("check.cell.scaleWord", r.readings.length ? { text: shown, reading: r.readings[0]! } : { text: shown });
        return bad("check.cell.badSeparators", { text: shown });
      case "number": {
        const outcome = judge(r.value, shown);
        if (outcome.kind !== "value") return outcome;
        // A currency on a count, or a unit word on money, is a sign the number is in the wrong place.
        const fits = !r.affix || (r.affix.kind === "currency") === (at.measure === "amount") || r.affix.kind === "word";
        if (r.certain && fits && !isFormula) {
          found.emit("check.cell.textNumber", where, { item, text: shown, value: outcome.value });
          fixes.push({ sheet: at.sheet, cell: at.cell, value: outcome.value, rowCode: at.rowCode });
        } else {
          found.emit("check.cell.textNumberUnsure", where, { item, text: shown, value: outcome.value });
        }
        return outcome;
      }
    }
  }

  function judge(value: number, text: string | undefined): CellOutcome {
    const shown: Record<string, string> = text === undefined ? {} : { text };
    if (value < 0) return bad("check.cell.negative", { value, ...shown });
    if (!(value <= MAX_VALUE[at.measure])) return bad("check.cell.tooLarge", { value, limit: MAX_VALUE[at.measure], ...shown });
    const whole = Math.round(value);
    if (Math.abs(value - whole) > WHOLE_EPSILON * Math.max(1, Math.abs(value))) return bad("check.cell.decimal", { value, ...shown });
    if (at.measure === "amount" && whole > 0 && whole < MONEY_FLOOR) found.emit("check.cell.moneySmall", where, { item, value: whole });
    return { kind: "value", value: whole };
  }
}
