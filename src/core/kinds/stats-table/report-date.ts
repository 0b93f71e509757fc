/** The report date of a stats sheet's header: readable, and not after today. */
import type { StatsFinding } from "./rules";
import { getCell, a1 } from "../../cells";
import type { LocatedStats } from "./types";
import { formatDateVi } from "../../numbers";
import { readDateCell, readDateString, type DateCell } from "../../check";
import type { Findings } from "../../problems";

export function statsReportDate(loc: LocatedStats, today: string, found: Findings<StatsFinding>): string | undefined {
  const place = loc.header.date;
  if (!place) return undefined;
  const cell = "cell" in place ? place.cell : a1(place.row, place.col);
  const read: DateCell = "text" in place ? readDateString(place.text) : readDateCell(getCell(loc.sheet, place.row, place.col));
  if (read.kind === "blank") return undefined;
  if (read.kind === "bad") {
    found.emit("check.date.unreadable", { cell }, { text: read.text, year: loc.year });
    return undefined;
  }
  futureDate(read.iso, cell, today, found);
  return read.iso;
}

export function futureDate(iso: string, cell: string | undefined, today: string, found: Findings<StatsFinding>): void {
  if (iso > today) found.emit("check.date.future", cell ? { cell } : {}, { date: formatDateVi(iso), today: formatDateVi(today) });
}
