import { columnName } from "../cells";

/** Sheet names in formulas and defined names, quoted as Excel and LibreOffice expect. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function absRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!$${columnName(col)}$${row}`;
}
