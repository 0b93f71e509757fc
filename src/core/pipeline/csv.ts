/**
 * The long table of every accepted unit's values, as CSV that Excel opens with Vietnamese
 * intact: one line per (unit, row, measure), the header in Vietnamese, numbers as plain
 * digits (no separators, so a pivot sums them). A text a unit typed that a spreadsheet
 * would take for a formula (=, +, -, @ first) is written with a leading apostrophe, so
 * opening the file never runs what a sender wrote.
 */
import { message } from "../messages";
import type { UnitValues } from "./unit-values";

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function unitValuesCsv(units: readonly UnitValues[]): string {
  return [...unitValuesCsvLines(units)].join("");
}

/** The same text a line at a time (each ending in CRLF), so a country's table is never one string. */
export function* unitValuesCsvLines(units: Iterable<UnitValues>): Iterable<string> {
  const header = ["csv.unit", "csv.file", "csv.rowCode", "csv.label", "csv.measure", "csv.value"] as const;
  yield header.map((k) => field(message(k))).join(",") + "\r\n";
  for (const u of units) {
    for (const v of u.values) yield [u.unit, u.file, v.code, v.label, v.measureName, v.value].map(field).join(",") + "\r\n";
  }
}
