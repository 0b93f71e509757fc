/**
 * The validated unit of measure: a row's unit decides which of its cells take numbers.
 * This is the rule of forms.md, written once, used to check the form data at load and
 * to check a submitted sheet whose unit column a school may have altered.
 */
export type Measure = "count" | "people" | "amount";
export const MEASURES: readonly Measure[] = ["count", "people", "amount"];

/**
 * Every file repeats the form's few units: remember them, within a bound no hostile file
 * can push past.
 */
const MEMO_LIMIT = 1024;
const memo = new Map<string, string>();

/** NFC, lower case, no spaces: "Số \ncuộc/người" and "số cuộc/ người" are one unit. */
export function normalizeUnit(unit: string): string {
  let u = memo.get(unit);
  if (u === undefined) {
    u = unit.normalize("NFC").toLowerCase().replace(/\s+/g, "");
    if (memo.size >= MEMO_LIMIT) memo.clear();
    if (unit.length <= 256) memo.set(unit, u);
  }
  return u;
}

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
