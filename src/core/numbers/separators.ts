/**
 * A digit string with separators read under one convention. Vietnamese: `.` or space
 * groups thousands and `,` marks decimals; English: `,` or space groups, `.` marks
 * decimals. Comparing the two readings is what tells a certain number from a guess.
 */

export interface Convention {
  thousands: readonly string[];
  decimal: string;
}

export const VIETNAMESE: Convention = { thousands: [".", " "], decimal: "," };
export const ENGLISH: Convention = { thousands: [",", " "], decimal: "." };

export interface Parsed {
  value: number;
  /** Digits after the decimal mark ("" when there is none). */
  fraction: string;
}

/** Digits only, with separators of one character between them (spaces already collapsed). */
export function parseWith(body: string, conv: Convention): Parsed | undefined {
  const runs = body.split(/[^0-9]/);
  const seps = body.replace(/[0-9]/g, "").split("");
  if (runs.some((r) => r === "")) return undefined;
  const decimalAt = seps.indexOf(conv.decimal);
  if (decimalAt >= 0 && (decimalAt !== seps.length - 1 || seps.lastIndexOf(conv.decimal) !== decimalAt)) return undefined;
  const intRuns = decimalAt >= 0 ? runs.slice(0, -1) : runs;
  const intSeps = decimalAt >= 0 ? seps.slice(0, -1) : seps;
  const fraction = decimalAt >= 0 ? runs[runs.length - 1]! : "";
  if (!groupedThousands(intRuns, intSeps, conv)) return undefined;
  const digits = intRuns.join("");
  return { value: Number(fraction ? `${digits}.${fraction}` : digits), fraction };
}

/** Thousands are grouped by one kind of separator, 1–3 digits then groups of exactly 3. */
export function groupedThousands(runs: readonly string[], seps: readonly string[], conv: Convention): boolean {
  if (runs.length === 1) return true;
  if (!seps.every((s) => s === seps[0]) || !conv.thousands.includes(seps[0]!)) return false;
  const [first, ...rest] = runs;
  if (first!.length > 3 || (first!.length > 1 && first!.startsWith("0")) || first === "0") return false;
  return rest.every((r) => r.length === 3);
}

/** Every separator taken as a thousands mark, whatever it is: the reading a slip of the comma would give. */
export function parseAllThousands(body: string): number | undefined {
  const runs = body.split(/[^0-9]/);
  if (runs.length < 2 || runs.some((r) => r === "")) return undefined;
  const [first, ...rest] = runs;
  if (first!.length > 3 || first!.startsWith("0") || !rest.every((r) => r.length === 3)) return undefined;
  return Number(runs.join(""));
}
