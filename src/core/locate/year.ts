/**
 * The report's year: the marker's, else the title's ("... NĂM 2025"), else the caller's
 * default. A title that names the Week wins over any other "năm 2025" above the table.
 */
import { MAX_YEAR, MIN_YEAR } from "../forms";
import type { RawSheet } from "../cells";
import type { MessageCode } from "../messages";
import type { Findings } from "../problems";
import { textAt } from "../text";
import type { LocateContext } from "./types";

export function yearFromTitle(sheet: RawSheet, lastRow: number): number | undefined {
  const texts: string[] = [];
  for (let row = 1; row <= Math.min(lastRow, sheet.maxRow); row++) {
    for (let col = 1; col <= sheet.maxCol; col++) {
      const t = textAt(sheet, row, col).normalize("NFC").toLowerCase();
      if (t !== "") texts.push(t);
    }
  }
  const titled = texts.filter((t) => /tuần lễ|học tập suốt đời/u.test(t));
  for (const t of [...titled, ...texts]) {
    for (const m of t.matchAll(/năm\s+(\d{4})\b/gu)) {
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

/** The year of a sheet found by its labels: its title's, else the caller's, said as assumed. */
export function yearOf(sheet: RawSheet, beforeRow: number, ctx: LocateContext, at: Findings<MessageCode>): number {
  const fromTitle = yearFromTitle(sheet, beforeRow);
  if (fromTitle !== undefined) return fromTitle;
  const year = fallbackYear(ctx.today, ctx.defaultYear);
  at.emit("locate.year.assumed", {}, { year });
  return year;
}
