/**
 * The stats sheet's cells read row by row into the report: each measure cell judged
 * (allowed by the row's unit? a good number?), the unit and label compared with the
 * form's, and the notes kept. A row whose unit or label says it is not the form's row is
 * left out whole, its filled cells listed as excluded.
 */
import type { StatsFinding } from "./rules";
import { a1, getCell, type RawCell } from "../../cells";
import type { StatsRow } from "./schema";
import { isBlankCell, normalizeLabel, normalizeLabelLoose, textAt, textOf, itemName } from "../../text";
import type { LocatedStats, StatsReport } from "./types";
import { isBlankSafeSum } from "../../layout";
import { message } from "../../messages";
import type { MeasureValues } from "../../report";
import { sameUnit, type Measure } from "../../units";
import { readNumberCell, type ExcludedCell, type Fix, type NumberCellAt } from "../../check";
import type { Findings } from "../../problems";

export interface StatsCells {
  values: Record<string, MeasureValues>;
  notes: Record<string, string>;
  cells: StatsReport["cells"];
  excluded: ExcludedCell[];
  fixes: Fix[];
  /** Rows left out whole (altered unit or misplaced label). */
  leftOut: Set<string>;
  /** Total rows whose total cell holds the template's formula: derived from the parts, not said. */
  derived: Set<string>;
  /** Whether any measure cell gave a value. */
  anyValue: boolean;
}

export function readStatsCells(loc: LocatedStats, found: Findings<StatsFinding>): StatsCells {
  const out: StatsCells = { values: {}, notes: {}, cells: {}, excluded: [], fixes: [], leftOut: new Set(), derived: new Set(), anyValue: false };
  const { sheet, columns } = loc;
  // One place for every cell's whereabouts: readNumberCell copies what it keeps of it.
  const at: NumberCellAt = { sheet: sheet.name, cell: "", rowCode: "", item: "", measure: "count" };
  for (const row of loc.form.rows) {
    const r = loc.rows.get(row.code);
    if (r === undefined) continue;
    const item = itemName(row.label);
    const leftOut = !unitMatches(loc, row, r, found) || !labelMatches(loc, row, r, found);
    const values: MeasureValues = {};
    // The row's cells, put in the report once the row is read: one store per row, not per cell.
    let rowCells: StatsReport["cells"][string] | undefined;
    const readMeasure = (col: number | undefined, measure: Measure): void => {
      if (col === undefined) return;
      const raw = getCell(sheet, r, col);
      if (!leftOut && isTemplateTotal(row, measure, raw) && raw?.kind !== "error") {
        // Derived, not said: recomputed from the good parts by the total rule.
        (rowCells ??= {})[measure] = a1(r, col);
        out.derived.add(row.code);
        return;
      }
      if (isBlankCell(raw)) return;
      const cell = a1(r, col);
      if (leftOut) {
        out.excluded.push({ rowCode: row.code, measure, cell });
        return;
      }
      if (!row.measures.includes(measure)) {
        found.emit("check.cell.notAllowed", { cell, rowCode: row.code }, { item, unit: row.unit, measureName: message(`check.measure.${measure}`), text: textOf(raw) });
        out.excluded.push({ rowCode: row.code, measure, cell });
        return;
      }
      at.cell = cell;
      at.rowCode = row.code;
      at.item = item;
      at.measure = measure;
      const outcome = readNumberCell(raw, at, found, out.fixes);
      if (outcome.kind === "value") {
        values[measure] = outcome.value;
        out.anyValue = true;
        (rowCells ??= {})[measure] = cell;
      } else if (outcome.kind === "excluded") {
        out.excluded.push({ rowCode: row.code, measure, cell });
      }
    };
    readMeasure(columns.count, row.measures.includes("amount") ? "amount" : "count");
    readMeasure(columns.people, "people");
    if (leftOut) {
      // Nothing of a row left out is in the report (rowCells stayed empty).
      out.leftOut.add(row.code);
      continue;
    }
    out.values[row.code] = values;
    if (columns.note !== undefined) {
      const note = textAt(sheet, r, columns.note);
      if (note !== "") {
        out.notes[row.code] = note;
        (rowCells ??= {}).note = a1(r, columns.note);
      }
    }
    if (rowCells) out.cells[row.code] = rowCells;
  }
  return out;
}

/** The template's own total, as the layout writes it. */
export function isTemplateTotal(row: StatsRow, measure: Measure, raw: RawCell | undefined): boolean {
  return row.totalOf?.measure === measure && raw?.formula !== undefined && isBlankSafeSum(raw.formula);
}

/** A blank unit cell is no alteration (the printed form leaves row 10's unit blank); another unit is. */
function unitMatches(loc: LocatedStats, row: StatsRow, r: number, found: Findings<StatsFinding>): boolean {
  if (loc.columns.unit === undefined) return true;
  const text = textAt(loc.sheet, r, loc.columns.unit);
  if (text === "" || sameUnit(text, row.unit)) return true;
  found.emit("check.unit.altered", { cell: a1(r, loc.columns.unit), rowCode: row.code }, { expected: row.unit, found: text });
  return false;
}

/**
 * On a marked sheet the code decides the row, so its label is a cross-check: another
 * row's label there means the rows were sorted apart from the hidden code column.
 */
function labelMatches(loc: LocatedStats, row: StatsRow, r: number, found: Findings<StatsFinding>): boolean {
  if (loc.via !== "marker" || loc.columns.label === undefined) return true;
  const text = textAt(loc.sheet, r, loc.columns.label);
  if (text === "" || text === row.label || normalizeLabelLoose(text) === normalizeLabelLoose(row.label)) return true;
  const cell = a1(r, loc.columns.label);
  const other = loc.form.rows.find((o) => o.code !== row.code && normalizeLabel(o.label) === normalizeLabel(text));
  if (other) {
    found.emit("check.row.labelOfOther", { cell, rowCode: row.code }, { otherCode: other.code, text });
    return false;
  }
  found.emit("check.row.labelAltered", { cell, rowCode: row.code }, { text, expected: row.label });
  return true;
}
