/**
 * Dates as Vietnamese staff write them: day first (d/m/y, never m/d), or "ngày 12 tháng
 * 10 năm 2025", or an Excel serial number. The core has no clock; these are arithmetic.
 */

export type DateReading = { kind: "date"; iso: string } | { kind: "blank" } | { kind: "invalid" } | { kind: "several"; isos: string[] };

import { boundedMemo } from "../memo";

const DAY = 86_400_000;

/** Excel's 1900 date system, including its phantom 29 February 1900 (serial 60). */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const base = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + whole * DAY).toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 2025-10-06 → "06/10/2025", the way the message texts show dates. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const PATTERNS: readonly { re: RegExp; order: "dmy" | "ymd" }[] = [
  // Also as typed without diacritics: "ngay 10 thang 10 nam 2025".
  { re: /ng[àa]y\s*(\d{1,2})\s*th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*(\d{4})/gu, order: "dmy" },
  { re: /(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])/g, order: "ymd" },
  { re: /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/.-])/g, order: "dmy" },
];

/**
 * A date inside a text ("06/10/2025", "8 giờ ngày 06/10/2025", "ngày 6 tháng 10 năm
 * 2025"). Two different dates in one text are `several`, not a choice we make.
 * A day or month out of range is `invalid`: "10/13/2025" is never read as 13 October.
 */
export function readDateText(text: string): DateReading {
  const s = text.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (s === "") return { kind: "blank" };
  const found = new Set<string>();
  let invalid = false;
  let rest = s;
  for (const { re, order } of PATTERNS) {
    rest = rest.replace(re, (_all, a: string, b: string, c: string) => {
      const [d, m, y] = order === "dmy" ? [a, b, c] : [c, b, a];
      const year = y.length === 2 ? 2000 + Number(y) : Number(y);
      if (isValidDate(year, Number(m), Number(d))) found.add(toIso(year, Number(m), Number(d)));
      else invalid = true;
      return " ";
    });
  }
  if (found.size > 1) return { kind: "several", isos: [...found].sort() };
  if (invalid || found.size === 0) return { kind: "invalid" };
  return { kind: "date", iso: [...found][0]! };
}

/** A number format that shows a date (`dd/mm/yyyy`, `d-mmm`, `[$-42A]dd/mm/yyyy`), not a plain or money format. */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt ? dateFormat(numFmt) : false;
}

function showsDate(numFmt: string): boolean {
  const bare = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs]+:?m+|m+:?s+/gi, ""));
}

/** A file's few formats are asked once per number cell: each answered once. */
const dateFormat = boundedMemo(showsDate, 256, 255);

/**
 * Today as the user's calendar has it (local time, not UTC), ISO yyyy-mm-dd. The core has
 * no clock: each host passes its own `new Date()`, and every host names the day alike.
 */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
