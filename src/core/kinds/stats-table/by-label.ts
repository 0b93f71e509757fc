/**
 * A stats table without codes (typed by hand after the printed appendix, or re-typed):
 * each row is matched to a form row by its label. Rows that match nothing are reported,
 * as errors when they hold numbers, since those numbers will not be counted.
 */
import type { StatsFinding } from "./rules";
import { a1, type RawSheet } from "../../cells";
import type { StatsTableForm } from "./schema";
import type { Findings } from "../../problems";
import { textAt } from "../../text";
import { matchLabels } from "../../locate";
import { rowIsEmpty, rowNumbers } from "./row-numbers";
import type { StatsColumns } from "./types";

/** The label a row shows: the label column, or a text typed in the STT column beside it. */
function labelOf(sheet: RawSheet, row: number, columns: StatsColumns): string {
  const label = columns.label !== undefined ? textAt(sheet, row, columns.label) : "";
  if (label !== "" || columns.stt === undefined) return label;
  const stt = textAt(sheet, row, columns.stt);
  return /\p{L}{2}/u.test(stt) ? stt : "";
}

/** Rows matched by label; empty when not one row of the form is recognised (not this table). */
export function matchRowsByLabel(sheet: RawSheet, form: StatsTableForm, columns: StatsColumns, firstRow: number): Map<string, number> {
  const typed = [];
  for (let row = firstRow; row <= sheet.maxRow; row++) {
    const text = labelOf(sheet, row, columns);
    if (text !== "") typed.push({ key: row, text });
  }
  const matched = matchLabels(typed, form.rows);
  return new Map([...matched].map(([row, code]) => [code, row]));
}

/** Reports what matched nothing; returns how many rows those are (with a label or numbers). */
export function reportByLabel(sheet: RawSheet, form: StatsTableForm, columns: StatsColumns, firstRow: number, rows: Map<string, number>, found: Findings<StatsFinding>): number {
  let unmatched = 0;
  const matchedRows = new Set(rows.values());
  const last = Math.max(...matchedRows);
  for (let row = firstRow; row <= sheet.maxRow; row++) {
    if (matchedRows.has(row)) continue;
    if (row > last && rowIsEmpty(sheet, row)) break;
    const text = labelOf(sheet, row, columns);
    const numbers = rowNumbers(sheet, row, columns);
    if (numbers) found.emit("locate.row.unmatchedWithNumbers", { cell: numbers.cell }, { row, text, values: numbers.values });
    else if (text !== "" && row < last) found.emit("locate.row.unmatched", columns.label !== undefined ? { cell: a1(row, columns.label) } : {}, { row, text });
    if (numbers || (text !== "" && row < last)) unmatched++;
  }
  for (const r of form.rows) {
    if (rows.has(r.code) || r.kind === "header") continue;
    found.emit("locate.row.missing", { rowCode: r.code }, { item: r.label });
  }
  return unmatched;
}

