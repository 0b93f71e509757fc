/**
 * The year of a form found by its labels (no marker): a title that names the Week
 * ("… TUẦN LỄ … NĂM 2025") says it outright; else the report's date, however it is written
 * ("10/10/2025", "10-10-2025", "ngày 10 tháng 10 năm 2025", a date cell); else any "năm
 * 2025" above the table. The clock is never a report's year: a file that gives none is
 * marked `assumed`, and the consolidation decides its year, never rejects it for it.
 */
import { getCell, type RawSheet } from "../cells";
import { MAX_YEAR, MIN_YEAR } from "../forms";
import { excelSerialToIso, readDateText } from "../numbers";
import type { MessageCode } from "../messages";
import type { Findings } from "../problems";
import type { HeaderFields, LocateContext } from "./types";
import { fallbackYear, yearFromTitle } from "./year";

export type YearSource = "title" | "date" | "text";

/** Serials before 1 Jan 2000 are a number in a date cell, not a date (as the checks read them). */
const MIN_SERIAL = 36526;

export function yearOfSheet(sheet: RawSheet, beforeRow: number, header: HeaderFields): { year: number; from: YearSource } | undefined {
  const titled = yearFromTitle(sheet, beforeRow, true);
  if (titled !== undefined) return { year: titled, from: "title" };
  const dated = yearOfDate(sheet, header.date);
  if (dated !== undefined) return { year: dated, from: "date" };
  const any = yearFromTitle(sheet, beforeRow, false);
  return any === undefined ? undefined : { year: any, from: "text" };
}

/** The year of a sheet found by its labels; when it names none, the caller's, said as assumed. */
export function yearOf(sheet: RawSheet, beforeRow: number, header: HeaderFields, ctx: LocateContext, at: Findings<MessageCode>): { year: number; yearAssumed?: true } {
  const found = yearOfSheet(sheet, beforeRow, header);
  if (found !== undefined) return { year: found.year };
  const year = fallbackYear(ctx.today, ctx.defaultYear);
  at.emit("locate.year.assumed", {}, { year });
  return { year, yearAssumed: true };
}

export function yearOfDate(sheet: RawSheet, place: HeaderFields["date"]): number | undefined {
  if (!place) return undefined;
  let iso: string | undefined;
  if ("text" in place) iso = isoOfText(place.text);
  else {
    const cell = getCell(sheet, place.row, place.col);
    if (cell?.kind === "number" && cell.value >= MIN_SERIAL) iso = excelSerialToIso(cell.value);
    else if (cell?.kind === "string") iso = isoOfText(cell.value);
  }
  const year = iso === undefined ? undefined : Number(iso.slice(0, 4));
  return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function isoOfText(text: string): string | undefined {
  const r = readDateText(text);
  return r.kind === "date" ? r.iso : undefined;
}
