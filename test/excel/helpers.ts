/**
 * The adapter's tests run it against the Excel fake, installed on the globals as office.js
 * would be. Inserted files are read by the project's own reader, so an inserted form in
 * the fake holds the very cells the writer rendered.
 */
import { a1, type RawSheet } from "../../src/core/cells";
import type { CheckedFile } from "../../src/core/check";
import { consolidate, summarySheets, formSheet } from "../../src/core/pipeline";
import { defaultSheetNames, type SummaryNames } from "../../src/core/consolidate";
import { getForm } from "../../src/core/kinds";
import { columnOf, rowOf, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { fillStatsSheet, isoToSerial } from "../../src/core/sample";
import type { Measure } from "../../src/core/units";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook, toBase64 } from "../../src/xlsx/writer";
import { FakeExcel, installFakeOffice, type FakeExcelOptions, type SheetSeed } from "../fakes/excel-fake";
import { rawFromDescriptions } from "../helpers/raw-from-description";

export const YEAR = 2025;
export const TODAY = "2025-10-20";
export const STATS = getForm("stats-table") as StatsTableForm;

/** `parseWorkbook` for the fake: the project's reader, so what is inserted is what was rendered. */
export function readerParser(bytes: Uint8Array): SheetSeed[] {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`the reader refused the rendered file: ${read.problem.code}`);
  return read.workbook.sheets;
}

let uninstall: (() => void) | undefined;

/** A fake Excel on the globals until `uninstallFake` (called from afterEach). */
export function installFake(options: FakeExcelOptions = {}): FakeExcel {
  uninstallFake();
  const fake = new FakeExcel({ parseWorkbook: readerParser, ...options });
  uninstall = installFakeOffice(globalThis, fake);
  return fake;
}

export function uninstallFake(): void {
  uninstall?.();
  uninstall = undefined;
}

/** The stats form (42 rows) rendered by the writer, as the pane sends it to Excel. */
export async function statsFormBase64(sheetName: string, unit = "Trường THCS Kim Đồng"): Promise<string> {
  return toBase64(await renderWorkbook([formSheet("stats-table", { year: YEAR, unit, parent: "Phòng GD&ĐT Tuần Giáo", sheetName })]));
}

export function cellOf(code: string, measure: Measure): string {
  return a1(rowOf(STATS, code), columnOf(measure));
}

/** The raw sheet as a file of the rendered form would give it (what the fake received). */
export async function renderedStatsSheet(sheetName: string): Promise<RawSheet> {
  const read = readWorkbook(await renderWorkbook([formSheet("stats-table", { year: YEAR, unit: "Trường THCS Kim Đồng", parent: "Phòng GD&ĐT Tuần Giáo", sheetName })]));
  if (!read.ok) throw new Error(read.problem.code);
  return read.workbook.sheets[0]!;
}

import { schoolValues } from "../helpers/school-values";
export { schoolValues };

/** A school's filled stats form as a sheet of the open workbook (the fake computes its totals). */
export function filledStatsSeed(sheetName: string, unit: string, scale = 1): SheetSeed {
  const description = fillStatsSheet(formSheet("stats-table", { year: YEAR, unit, sheetName }), STATS, schoolValues(scale), { dateSerial: isoToSerial("2025-10-10") });
  return rawFromDescriptions(description).sheets[0]!;
}

/** The three sheets of a consolidation of `checked`, rendered under `names`, as the pane inserts them. */
export async function summaryBase64(checked: CheckedFile[], names: SummaryNames = defaultSheetNames()): Promise<string> {
  const result = consolidate(checked, { onDuplicate: "latest", acceptErrors: false });
  return toBase64(await renderWorkbook(summarySheets(result, names, { date: TODAY }), { title: names.summary }));
}
