/**
 * Cell and row references as written in a worksheet's `r` attributes. Parsed by hand,
 * without a regex or an object per call: this runs once per cell.
 */

export const MAX_EXCEL_ROW = 1_048_576;
export const MAX_EXCEL_COL = 16_384;

/** Set by {@link parseCellRef} when it returns true. */
export const parsed = { row: 0, col: 0 };

/** `AB12` → col 28, row 12. False for anything else, including `$` or out-of-sheet refs. */
export function parseCellRef(ref: string): boolean {
  let i = 0;
  let col = 0;
  const n = ref.length;
  for (; i < n && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || col > MAX_EXCEL_COL) return false;
  const row = parseRowNumber(ref, i);
  if (row === 0) return false;
  parsed.row = row;
  parsed.col = col;
  return true;
}

/** Digits from `start` to the end as a row number; 0 when not a valid row. */
export function parseRowNumber(text: string, start = 0): number {
  const n = text.length;
  if (start >= n || n - start > 7) return 0;
  let row = 0;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    row = row * 10 + (c - 48);
  }
  return row <= MAX_EXCEL_ROW ? row : 0;
}
