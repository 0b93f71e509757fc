/** Small shared pieces of consolidation: choices and sums as forms.md reads them, and days. */
import { exactKey } from "../roster/fold";

/** The listed choice an answer means (compared as forms.md compares names), or undefined when it is none of them. */
export function matchChoice(choices: readonly string[], answer: string): string | undefined {
  const key = exactKey(answer);
  return choices.find((c) => exactKey(c) === key);
}

/** Blank + blank stays blank; blank + n is n. */
export function sumDefined(values: readonly (number | undefined)[]): number | undefined {
  let sum: number | undefined;
  for (const v of values) if (v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}

/** `yyyy-mm-dd` (a time after it is ignored) naming a real calendar day; undefined otherwise. */
export function isoDay(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** `2025-10-06` → `06/10/2025`, the way the forms write dates; anything else as given. */
export function dayVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
