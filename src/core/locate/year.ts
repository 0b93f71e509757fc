/**
 * A year named above the table ("... NĂM 2025"); a title that names the Week wins over any
 * other "năm 2025". The caller's year, for a sheet that names none.
 */
import { MAX_YEAR, MIN_YEAR } from "../forms";
import type { RawSheet } from "../cells";
import { textAt } from "../text";

export function yearFromTitle(sheet: RawSheet, lastRow: number, weekTitleOnly = false): number | undefined {
  const texts: string[] = [];
  for (let row = 1; row <= Math.min(lastRow, sheet.maxRow); row++) {
    for (let col = 1; col <= sheet.maxCol; col++) {
      const t = textAt(sheet, row, col).normalize("NFC").toLowerCase();
      if (t !== "") texts.push(t);
    }
  }
  const titled = texts.filter((t) => /tuần lễ|học tập suốt đời|tuan le|hoc tap suot doi/u.test(t));
  for (const t of weekTitleOnly ? titled : [...titled, ...texts]) {
    for (const m of t.matchAll(/n[ăa]m\s+(\d{4})\b/gu)) {
      const y = Number(m[1]);
      if (y >= MIN_YEAR && y <= MAX_YEAR) return y;
    }
  }
  return undefined;
}

/** The caller's year when the sheet names none: `defaultYear`, else the year of `today`. */
export function fallbackYear(today: string, defaultYear?: number): number {
  return defaultYear ?? Number(today.slice(0, 4));
}

