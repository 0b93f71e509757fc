/** A1 addresses, 1-based rows and columns. */

export function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  let col = 0;
  for (const ch of name.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

export function a1(row: number, col: number): string {
  return columnName(col) + row;
}

/** Parses `B12` or `$B$12`; undefined for anything else. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), col: columnIndex(m[1]!) };
}
