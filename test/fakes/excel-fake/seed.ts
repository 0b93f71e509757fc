/**
 * Filling the model from test data: 2-D values (as a test writes them), or sheets in the
 * project's host-neutral cell model (`RawSheet` from src/core/cells/raw.ts, what the .xlsx
 * reader produces), so that a real file can be opened in the fake.
 */
import { cellKey as rawCellKey, type RawCell } from "../../../src/core/cells/raw";
import { parseBounds } from "./address";
import { invalidArgument } from "./errors";
import { type CellModel, cellKey, type SheetModel, type Visibility } from "./model";

/** A test's literal cell: strings stay text (no number parsing), "=…" is a formula, null/"" is empty. */
export type SeedValue = string | number | boolean | null | undefined;

export interface SheetSeed {
  name: string;
  /** Rows of values written from `start` (default "A1"). */
  values?: SeedValue[][];
  start?: string;
  /** Cells keyed as in src/core/cells/raw.ts (1-based row and column); a RawSheet fits. */
  cells?: ReadonlyMap<number, RawCell>;
  /** "visible" | "hidden" | "veryHidden" as in RawSheet. */
  state?: string;
}

/** The column count the core's keys are built on, read from the core so the two cannot drift. */
const RAW_COLS = rawCellKey(1, 0);

function fromRaw(cell: RawCell): CellModel {
  switch (cell.kind) {
    case "number":
      return { value: cell.value, ...(cell.formula ? { formula: "=" + cell.formula.replace(/^=/, "") } : {}), ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}) };
    case "string":
    case "boolean":
      return { value: cell.value, ...(cell.formula ? { formula: "=" + cell.formula.replace(/^=/, "") } : {}) };
    case "error":
      return { value: cell.value, isError: true, ...(cell.formula ? { formula: "=" + cell.formula.replace(/^=/, "") } : {}) };
    case "formula":
      return { formula: "=" + cell.formula.replace(/^=/, "") };
  }
}

function visibilityOf(seed: SheetSeed): Visibility {
  const v = (seed.state ?? "visible").toLowerCase();
  return v === "hidden" ? "Hidden" : v === "veryhidden" ? "VeryHidden" : "Visible";
}

export function fillSheet(sheet: SheetModel, seed: SheetSeed): void {
  sheet.visibility = visibilityOf(seed);
  if (seed.cells) {
    for (const [key, cell] of seed.cells) {
      const row = Math.floor(key / RAW_COLS);
      const col = key % RAW_COLS;
      sheet.cells.set(cellKey(row - 1, col - 1), fromRaw(cell));
    }
  }
  if (seed.values) writeSeedValues(sheet, seed.start ?? "A1", seed.values);
}

export function writeSeedValues(sheet: SheetModel, start: string, values: SeedValue[][]): void {
  const b = parseBounds(start);
  if (!b) throw invalidArgument("seed", `Not a cell address: ${start}`);
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      const key = cellKey(b.r1 + i, b.c1 + j);
      if (v === null || v === undefined || v === "") {
        sheet.cells.delete(key);
        return;
      }
      const prev = sheet.cells.get(key) ?? {};
      const { value: _v, formula: _f, isError: _e, ...format } = prev;
      sheet.cells.set(key, typeof v === "string" && v.startsWith("=") && v.length > 1 ? { ...format, formula: v } : { ...format, value: v });
    }),
  );
}
