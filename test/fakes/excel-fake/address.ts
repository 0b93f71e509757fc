/**
 * A1 addresses as Excel writes and reads them through Office.js: 0-based bounds inside the
 * fake, `Sheet1!A1:B2` / `'Biểu mẫu'!C3` on the way out.
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

function parseCell(ref: string): { r: number; c: number } | undefined {
  const m = CELL.exec(ref);
  if (!m) return undefined;
  const r = Number(m[2]) - 1;
  const c = columnIndex(m[1]!) - 1;
  return r >= 0 && r < MAX_ROWS && c >= 0 && c < MAX_COLS ? { r, c } : undefined;
}

/** `A1`, `$A$1:$B$2`; undefined for anything else (Excel's InvalidArgument; whole rows and columns are not modelled). */
export function parseBounds(address: string): Bounds | undefined {
  const parts = address.trim().split(":");
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]!);
  const b = parseCell(parts[1] ?? parts[0]!);
  if (!a || !b) return undefined;
  return { r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) };
}

/** The address part as Excel prints it: `B3`, `A1:C4`; `$` on every part when absolute. */
export function formatBounds(b: Bounds, absolute = false): string {
  const d = absolute ? "$" : "";
  const first = `${d}${columnName(b.c1 + 1)}${d}${b.r1 + 1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? first : `${first}:${d}${columnName(b.c2 + 1)}${d}${b.r2 + 1}`;
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
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/u.exec(ref.trim().replace(/^=/, ""));
  const bounds = m ? parseBounds(m[3]!) : undefined;
  if (!m || !bounds) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, bounds };
}
