import type { Workbook } from "exceljs";
import { columnName, parseA1 } from "../../core/cells";
import type { SheetDescription } from "../../core/sheet";
import { checkAddress, checkDefinedName } from "./limits";
import { parseRange } from "./ranges";

/** A name ExcelJS cannot hold (a constant, a sheet-local or hidden name), written by `injectNames`. */
export interface RawName {
  name: string;
  formula: string;
  /** 0-based sheet index for a name local to one sheet. */
  localSheetId?: number;
  hidden?: boolean;
}

interface Cell {
  row: number;
  col: number;
}

const EXCELJS_NAME_CELLS = 10_000;

const abs = (c: Cell) => `$${columnName(c.col)}$${c.row}`;

/** `[Sheet!]A1[:B2]`, with the sheet quoted or bare and any mix of `$`. */
const RANGE = /^(?:(?:'((?:[^']|'')+)'|([^'!\s]+))!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?$/;

/**
 * Adds every sheet's workbook-level names. A single-area range goes through ExcelJS
 * (`definedNames.add`), which stores it cell by cell and writes it back absolute and
 * sheet-qualified, e.g. `'Phụ lục 02'!$D$11:$D$52`; a range without a sheet points into
 * the sheet that declares it. ExcelJS silently drops anything else (a constant such as
 * `"HTSD"` or `2025`), so those, like areas too big to hold cell by cell, are
 * returned for `injectNames`.
 */
export function addDefinedNames(wb: Workbook, sheets: readonly SheetDescription[]): RawName[] {
  const taken = new Set<string>();
  const sheetNames = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const raw: RawName[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const takenHere = new Set<string>();
    for (const { name, formula, local } of sheet.definedNames ?? []) {
      checkDefinedName(name, local ? takenHere : taken);
      const text = formula.trim().replace(/^=/, "");
      const m = RANGE.exec(text);
      if (!m) {
        if (text === "") throw new Error(`Defined name ${name} has an empty formula`);
        raw.push({ name, formula: text, ...(local ? { localSheetId: index } : {}) });
        continue;
      }
      const target = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? sheet.name);
      const known = sheetNames.get(target.toLowerCase());
      if (!known) throw new Error(`Defined name ${name} points into unknown sheet ${JSON.stringify(target)}`);
      const [a, b] = [m[3]!, m[4] ?? m[3]!].map((ref) => parseA1(ref)!) as [Cell, Cell];
      checkAddress(a.row, a.col, known);
      checkAddress(b.row, b.col, known);
      const from = { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) };
      const to = { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) };
      const cells = (to.row - from.row + 1) * (to.col - from.col + 1);
      const area = `'${known}'!${abs(from)}:${abs(to)}`;
      // ExcelJS holds a name as one entry per cell and knows no sheet-local names: a huge
      // area, like a local name, is written directly instead.
      if (local) raw.push({ name, formula: area, localSheetId: index });
      else if (cells > EXCELJS_NAME_CELLS) raw.push({ name, formula: area });
      else wb.definedNames.add(area, name);
    }
  }
  return raw;
}

/**
 * The hidden `_xlnm._FilterDatabase` name Excel writes beside every filter. ExcelJS
 * writes the `<autoFilter>` alone, and LibreOffice then drops the filter on import;
 * with the name it keeps it.
 */
export function filterDatabases(sheets: readonly SheetDescription[]): RawName[] {
  return sheets.flatMap((s, i) => {
    if (s.autoFilter === undefined) return [];
    const f = parseRange(s.autoFilter, s.name);
    const area = `'${s.name}'!${abs({ row: f.top, col: f.left })}:${abs({ row: f.bottom, col: f.right })}`;
    return [{ name: "_xlnm._FilterDatabase", formula: area, localSheetId: i, hidden: true }];
  });
}
