/** Sheet names in formulas and defined names, quoted as Excel and LibreOffice expect. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function absRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${colLetters(col)}$${row}`;
}

function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Characters Excel forbids in a sheet name, and its 31-character limit. */
export function safeSheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, "-").replace(/^'+|'+$/g, "").slice(0, 31) || "Sheet";
}
