/**
 * "Close" for two folded names: a typing slip or two, never a different number. "Trường
 * Số 1" and "Trường Số 2" differ by one letter and are two schools.
 */

/** Edits (insert, delete, substitute) from a to b; stops counting past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const numbersOf = (s: string) => (s.match(/\d+/g) ?? []).join(" ");

/** One edit per ten letters (so a short name must be exact); the same numbers in both. */
export function isClose(a: string, b: string): boolean {
  if (a === "" || b === "" || numbersOf(a) !== numbersOf(b)) return false;
  const max = Math.floor(Math.max(a.length, b.length) / 10);
  if (max === 0) return false;
  return editDistance(a, b, max) <= max;
}
