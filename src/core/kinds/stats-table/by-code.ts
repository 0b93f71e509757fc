/**
 * A marked stats sheet's rows, found by the code in the hidden code column. Inserted,
 * deleted or moved rows never shift a value to the wrong code; whatever the code column
 * does not explain (a copied row, a foreign code, an inserted row with numbers) is reported.
 */
import type { StatsFinding } from "./rules";
import { getCell, type RawCell, type RawSheet } from "../../cells";
import type { StatsRow, StatsTableForm } from "./schema";
import { Findings } from "../../problems";
import { textAt } from "../../text";
import { rowIsEmpty, rowNumbers } from "./row-numbers";
import type { StatsColumns } from "./types";

const CODE_SHAPE = /^\d+(\.\d+)?$/;

/** A row code as written: a string "1.10", or a whole number a tool turned it into. */
export function codeIn(cell: RawCell | undefined): string | undefined {
  if (cell?.kind === "string" && CODE_SHAPE.test(cell.value.trim())) return cell.value.trim();
  if (cell?.kind === "number" && Number.isInteger(cell.value) && cell.value >= 0) return String(cell.value);
  return undefined;
}

const rowsOfForm = new WeakMap<StatsTableForm, ReadonlyMap<string, StatsRow>>();

/** The form's rows by code, made once per form version: every file asks. */
function byCodeOf(form: StatsTableForm): ReadonlyMap<string, StatsRow> {
  let byCode = rowsOfForm.get(form);
  if (!byCode) rowsOfForm.set(form, (byCode = new Map(form.rows.map((r) => [r.code, r]))));
  return byCode;
}

export function firstCodeRow(sheet: RawSheet, form: StatsTableForm, codeCol: number, afterRow: number): number | undefined {
  const codes = byCodeOf(form);
  for (let row = afterRow + 1; row <= sheet.maxRow; row++) {
    const code = codeIn(getCell(sheet, row, codeCol));
    if (code !== undefined && codes.has(code)) return row;
  }
  return undefined;
}

export function rowsByCode(sheet: RawSheet, form: StatsTableForm, columns: StatsColumns & { code: number }, fromRow: number, found: Findings<StatsFinding>): Map<string, number> {
  const byCode = byCodeOf(form);
  const rows = new Map<string, number>();
  const coded: number[] = [];
  for (let row = fromRow; row <= sheet.maxRow; row++) {
    const code = codeIn(getCell(sheet, row, columns.code));
    if (code === undefined) continue;
    coded.push(row);
    // The numbers are wanted only for a message: most rows are the form's own, once.
    if (!byCode.has(code)) {
      const numbers = rowNumbers(sheet, row, columns);
      if (numbers) found.emit("locate.row.unknownCodeWithNumbers", { cell: numbers.cell }, { row, code, values: numbers.values });
      else found.emit("locate.row.unknownCode", {}, { row, code });
      continue;
    }
    const first = rows.get(code);
    if (first === undefined) {
      rows.set(code, row);
      continue;
    }
    const numbers = rowNumbers(sheet, row, columns);
    if (numbers) found.emit("locate.row.duplicateCode", { cell: numbers.cell, rowCode: code }, { row, first, values: numbers.values });
    else found.emit("locate.row.duplicateCodeEmpty", { rowCode: code }, { row, first });
  }
  if (coded.length === 0) return rows;

  const last = coded[coded.length - 1]!;
  // `coded` ascends, as the rows were read: the next coded row is looked up by walking it.
  let next = 1;
  for (let row = coded[0]! + 1; row <= sheet.maxRow; row++) {
    while (next < coded.length && coded[next]! < row) next++;
    if (coded[next] === row) continue;
    // Below the table, only the rows that still continue it (up to the first empty one).
    if (row > last && rowIsEmpty(sheet, row, columns.code)) break;
    const numbers = rowNumbers(sheet, row, columns);
    if (!numbers) continue;
    const text = columns.label !== undefined ? textAt(sheet, row, columns.label) : "";
    found.emit("locate.row.uncoded", { cell: numbers.cell }, { row, text, values: numbers.values });
  }

  for (const r of form.rows) {
    if (rows.has(r.code) || r.kind === "header") continue;
    found.emit("locate.row.missing", { rowCode: r.code }, { item: r.label });
  }
  return rows;
}
