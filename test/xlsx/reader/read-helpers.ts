/** Assertions shared by the reader's tests. */
import { a1, type RawCell, type RawSheet, type RawWorkbook } from "../../../src/core/cells";
import type { Problem } from "../../../src/core/problems";
import { readWorkbook, type ReadOptions } from "../../../src/xlsx/reader";
import { ALL_TYPES_EXPECTED } from "./exceljs-workbook";

export function readOk(bytes: Uint8Array, options?: ReadOptions): { workbook: RawWorkbook; warnings: Problem[] } {
  const result = readWorkbook(bytes, options);
  if (!result.ok) throw new Error(`expected a workbook, got ${result.problem.code} ${JSON.stringify(result.problem.params)}`);
  return result;
}

export function readFails(bytes: Uint8Array, options?: ReadOptions): Problem {
  const result = readWorkbook(bytes, options);
  if (result.ok) throw new Error("expected the file to be refused, but it was read");
  return result.problem;
}

/** A sheet's cells by A1 address, for whole-sheet comparisons. */
export function cellsOf(sheet: RawSheet): Record<string, RawCell> {
  const out: Record<string, RawCell> = {};
  for (const [key, cell] of sheet.cells) out[a1(Math.floor(key / 16384), key % 16384)] = cell;
  return out;
}

export function sheetNamed(workbook: RawWorkbook, name: string): RawSheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${workbook.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/**
 * The values of the all-types workbook after another program saved it: formula texts
 * and format codes may be rewritten, values may not. A formula saved without a result
 * comes back computed.
 */
export function expectSameValues(cells: ReturnType<typeof cellsOf>): void {
  expect(Object.keys(cells).sort()).toEqual(Object.keys(ALL_TYPES_EXPECTED).sort());
  for (const [ref, want] of Object.entries(ALL_TYPES_EXPECTED)) {
    const got = cells[ref]!;
    if (want.kind === "formula") {
      expect([ref, got.kind, "formula" in got && got.formula]).toEqual([ref, "number", want.formula]);
      continue;
    }
    expect([ref, got.kind, "value" in got ? got.value : undefined]).toEqual([ref, want.kind, want.value]);
    if (want.formula) expect([ref, "formula" in got]).toEqual([ref, true]);
    if (want.kind === "number" && want.numFmt) expect([ref, got.kind === "number" && got.numFmt !== undefined]).toEqual([ref, true]);
  }
}
