/**
 * A1 addresses as Excel writes and reads them through Office.js: 0-based bounds inside the
 * fake, `Sheet1!A1:B2` / `'Biểu mẫu'!C3` on the way out, whole rows and columns included.
 */
import { columnIndex, columnName } from "../../../src/core/cells/address";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Inclusive, 0-based: rowIndex/columnIndex as Office.js reports them. */
export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function cellCount(b: Bounds): number {
  return (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(ref: string): { r: number; c: number } | undefined {
  const m = CELL.exec(ref);
  if (!m) return undefined;
  const r = Number(m[2]) - 1;
  const c = columnIndex(m[1]!) - 1;
  return r >= 0 && r < MAX_ROWS && c >= 0 && c < MAX_COLS ? { r, c } : undefined;
}

/** `A1`, `$A$1:$B$2`, `A:C`, `3:5`; undefined for anything else (Excel's InvalidArgument). */
export function parseBounds(address: string): Bounds | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return undefined;
  const [a, b = a] = parts as [string, string?];
  const ca = parseCell(a);
  const cb = parseCell(b!);
  if (ca && cb) return normalise({ r1: ca.r, c1: ca.c, r2: cb.r, c2: cb.c });
  if (parts.length === 2 && COL.test(a) && COL.test(b!)) {
    const c1 = columnIndex(COL.exec(a)![1]!) - 1;
    const c2 = columnIndex(COL.exec(b!)![1]!) - 1;
    if (c1 >= MAX_COLS || c2 >= MAX_COLS) return undefined;
    return normalise({ r1: 0, c1, r2: MAX_ROWS - 1, c2 });
  }
  if (parts.length === 2 && ROW.test(a) && ROW.test(b!)) {
    const r1 = Number(ROW.exec(a)![1]) - 1;
    const r2 = Number(ROW.exec(b!)![1]) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return undefined;
    return normalise({ r1, c1: 0, r2, c2: MAX_COLS - 1 });
  }
  return undefined;
}

function normalise(b: Bounds): Bounds {
  return { r1: Math.min(b.r1, b.r2), c1: Math.min(b.c1, b.c2), r2: Math.max(b.r1, b.r2), c2: Math.max(b.c1, b.c2) };
}

export function isEntireColumn(b: Bounds): boolean {
  return b.r1 === 0 && b.r2 === MAX_ROWS - 1;
}

export function isEntireRow(b: Bounds): boolean {
  return b.c1 === 0 && b.c2 === MAX_COLS - 1;
}

/** The address part as Excel prints it: `B3`, `A1:C4`, `A:C`, `2:5`; `$` on every part when absolute. */
export function formatBounds(b: Bounds, absolute = false): string {
  const d = absolute ? "$" : "";
  const col = (c: number) => d + columnName(c + 1);
  const row = (r: number) => d + String(r + 1);
  // The whole sheet reads as rows in Excel: `Sheet1!1:1048576`.
  if (isEntireColumn(b) && !isEntireRow(b)) return `${col(b.c1)}:${col(b.c2)}`;
  if (isEntireRow(b)) return `${row(b.r1)}:${row(b.r2)}`;
  const first = col(b.c1) + row(b.r1);
  return b.r1 === b.r2 && b.c1 === b.c2 ? first : `${first}:${col(b.c2)}${row(b.r2)}`;
}

/**
 * Excel quotes a sheet name unless it is a plain word: letters (any script), digits and `_`,
 * not starting with a digit and not readable as a cell reference.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, b: Bounds, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatBounds(b, absolute)}`;
}

/** `Sheet1!$A$1:$B$2` or `'Biểu mẫu'!G1` (leading `=` allowed): the parts, or undefined. */
export function parseSheetAddress(ref: string): { sheet: string; bounds: Bounds } | undefined {
  const text = ref.trim().replace(/^=/, "");
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/u.exec(text);
  if (!m) return undefined;
  const bounds = parseBounds(m[3]!);
  if (!bounds) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, bounds };
}

export function intersect(a: Bounds, b: Bounds): Bounds | undefined {
  const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
  return r.r1 <= r.r2 && r.c1 <= r.c2 ? r : undefined;
}

export function boundingRect(a: Bounds, b: Bounds): Bounds {
  return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
}

export function inBounds(b: Bounds): boolean {
  return b.r1 >= 0 && b.c1 >= 0 && b.r2 < MAX_ROWS && b.c2 < MAX_COLS && b.r1 <= b.r2 && b.c1 <= b.c2;
}
