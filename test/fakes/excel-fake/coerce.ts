/**
 * What Excel does with a value written through `range.values`: it reads the input the way it
 * reads typing. "0123" becomes the number 123 and "1.10" the number 1.1 unless the cell is
 * formatted as text ("@"); "=…" becomes a formula; "'x" keeps the text x; `null` leaves the
 * cell as it is; "" empties it. The fake must do the same, or an adapter that loses leading
 * zeros or row codes would pass its tests and fail in Excel.
 * Parsing is invariant (en-US: "." decimal, "," thousands); dates and percentages stay text.
 */
import { invalidArgument } from "./errors";
import type { CellValue } from "./model";

export type Written = { kind: "skip" } | { kind: "clear" } | { kind: "value"; value: CellValue; isError?: boolean } | { kind: "formula"; formula: string };

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

export function interpretInput(input: unknown, numberFormat: string | undefined, where: string): Written {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(where);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") throw invalidArgument(where);
  if (input === "") return { kind: "clear" };
  if (numberFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if (ERROR_LITERALS.includes(upper)) return { kind: "value", value: upper, isError: true };
  if (PLAIN_NUMBER.test(t)) return { kind: "value", value: Number(t) };
  if (GROUPED_NUMBER.test(t)) return { kind: "value", value: Number(t.replace(/,/g, "")) };
  return { kind: "value", value: input };
}
