/**
 * Finding the hidden form marker. It is searched in the first rows of every column,
 * because a school may insert columns before it; the `HTSD_FORM` name, which Excel moves
 * along with inserted rows and columns, finds it wherever it went.
 */
import { cellKey, parseA1, type RawSheet, type RawWorkbook } from "../cells";
import { decodeMarker, MARKER_NAME, MARKER_PREFIX, type DecodedMarker, type Marker } from "../meta";

export interface MarkerHit {
  sheetIndex: number;
  row: number;
  col: number;
  marker: NonNullable<DecodedMarker>;
}

/** How far down a marker is looked for when no name points at it. */
export const MARKER_SCAN_ROWS = 15;
const COLS = cellKey(1, 0);

/** At most one marker per sheet: the named one, else the first in reading order. */
export function findMarkers(wb: RawWorkbook): MarkerHit[] {
  const bySheet = new Map<number, MarkerHit>();
  for (const hit of namedMarkers(wb)) if (!bySheet.has(hit.sheetIndex)) bySheet.set(hit.sheetIndex, hit);
  wb.sheets.forEach((sheet, sheetIndex) => {
    if (bySheet.has(sheetIndex)) return;
    const hit = scanSheet(sheet, sheetIndex);
    if (hit) bySheet.set(sheetIndex, hit);
  });
  return [...bySheet.values()].sort((a, b) => a.sheetIndex - b.sheetIndex);
}

/** Keys above this are of cells below the rows a marker is looked for in (a row's last column included). */
const LAST_SCANNED_KEY = cellKey(MARKER_SCAN_ROWS + 1, 0);

function scanSheet(sheet: RawSheet, sheetIndex: number): MarkerHit | undefined {
  let best: MarkerHit | undefined;
  // forEach: no [key, cell] pair made per cell.
  sheet.cells.forEach((cell, key) => {
    // The key tells the row: most of a form's cells lie below, and are passed over unread.
    if (key > LAST_SCANNED_KEY || cell.kind !== "string" || !cell.value.startsWith(MARKER_PREFIX)) return;
    const { row, col } = decodeKey(key);
    const marker = decodeMarker(cell.value.trim());
    if (!marker) return;
    if (!best || row < best.row || (row === best.row && col < best.col)) best = { sheetIndex, row, col, marker };
  });
  return best;
}

function namedMarkers(wb: RawWorkbook): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const name of wb.definedNames) {
    if (name.name.toUpperCase() !== MARKER_NAME) continue;
    const ref = parseSheetRef(name.value);
    if (!ref) continue;
    const sheetIndex = wb.sheets.findIndex((s) => s.name === ref.sheet);
    const sheet = wb.sheets[sheetIndex];
    const cell = sheet?.cells.get(cellKey(ref.row, ref.col));
    if (!sheet || cell?.kind !== "string") continue;
    const marker = decodeMarker(cell.value.trim());
    if (marker) hits.push({ sheetIndex, row: ref.row, col: ref.col, marker });
  }
  return hits;
}

/** `'Biểu mẫu'!$G$1` or `Sheet1!G1`; a range or a constant is not a cell reference. */
export function parseSheetRef(value: string): { sheet: string; row: number; col: number } | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const at = parseA1(m[3]!);
  if (!at) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, ...at };
}

export function decodeKey(key: number): { row: number; col: number } {
  const col = key % COLS;
  return col === 0 ? { row: key / COLS - 1, col: COLS } : { row: (key - col) / COLS, col };
}

/** A marker that names a form (not an unknown one): the sheet a kind can locate. */
export type FormMarkerHit = MarkerHit & { marker: Marker };

export const isFormHit = (h: MarkerHit): h is FormMarkerHit => "form" in h.marker;
