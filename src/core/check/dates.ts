/** A date cell read (an Excel serial, whatever its format, or a day-first text), and a date not after today. */
import type { RawCell } from "../cells";
import { excelSerialToIso, formatDateVi, readDateText } from "../numbers";
import type { Findings } from "../problems";
import { textOf } from "../text";
import type { CheckCode } from "./rules";

export type DateCell = { kind: "blank" } | { kind: "date"; iso: string } | { kind: "bad"; text: string };

/** Serials this side of 1 Jan 2000 are not a report's date but a number typed into a date cell. */
const MIN_SERIAL = 36526;

export function readDateCell(raw: RawCell | undefined): DateCell {
  if (raw === undefined || raw.kind === "formula") return { kind: "blank" };
  if (raw.kind === "number") {
    const iso = raw.value >= MIN_SERIAL ? excelSerialToIso(raw.value) : undefined;
    return iso ? { kind: "date", iso } : { kind: "bad", text: String(raw.value) };
  }
  return readDateString(textOf(raw));
}

export function readDateString(text: string): DateCell {
  const r = readDateText(text);
  if (r.kind === "blank") return { kind: "blank" };
  if (r.kind === "date") return r;
  return { kind: "bad", text: text.trim() };
}

export function futureDate(iso: string, cell: string | undefined, today: string, found: Findings<CheckCode>): void {
  if (iso > today) found.emit("check.date.future", cell ? { cell } : {}, { date: formatDateVi(iso), today: formatDateVi(today) });
}
