/**
 * The validated unit of measure: a row's unit decides which of its cells take numbers.
 * This is the rule of forms.md, written once, used to check the form data at load and
 * to check a submitted sheet whose unit column a school may have altered.
 */
import { boundedMemo } from "./memo";

export type Measure = "count" | "people" | "amount";
export const MEASURES: readonly Measure[] = ["count", "people", "amount"];

/** NFC, lower case, no spaces: "Số \ncuộc/người" and "số cuộc/ người" are one unit. */
export const normalizeUnit = boundedMemo((unit) => unit.normalize("NFC").toLowerCase().replace(/\s+/g, ""), 1024, 256);

export function measuresForUnit(unit: string): Measure[] {
  const u = normalizeUnit(unit);
  if (u === "") return [];
  if (u.endsWith("/người") || u === "tậpthể/cánhân") return ["count", "people"];
  if (u === "người") return ["people"];
  if (u === "đồng") return ["amount"];
  return ["count"];
}

export function sameUnit(a: string, b: string): boolean {
  return a === b || normalizeUnit(a) === normalizeUnit(b);
}
