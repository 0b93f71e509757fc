/**
 * The validated unit of measure: a row's unit decides which of its cells take numbers.
 * This is the rule of forms.md, written once, used to check the form data at load and
 * to check a submitted sheet whose unit column a school may have altered.
 */
import { stripDiacritics } from "./fold-diacritics";
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

/**
 * Units as typed by hand: "lop/nguoi", "Lớp/Người", "cuộc/người" for "Số cuộc/người",
 * "VNĐ" or "đ" for "đồng". Folding keeps the measure: it never turns one unit's cells into another's.
 */
const foldUnit = boundedMemo(
  (unit) => {
    const u = stripDiacritics(normalizeUnit(unit)).replace(/[.,;:]+$/, "");
    if (/^(dong|d|vnd|vnđ|dongvn)$/.test(u)) return "dong";
    return u.replace(/(^|\/)so(?=\p{L})/gu, "$1");
  },
  1024,
  256,
);

export function sameUnit(a: string, b: string): boolean {
  return a === b || normalizeUnit(a) === normalizeUnit(b) || foldUnit(a) === foldUnit(b);
}
