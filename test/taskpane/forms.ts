/**
 * Filled forms for the pane's tests, built on the real layout: as cells for the memory port
 * (a sheet of the open workbook) and as real .xlsx bytes (a received file).
 */
import { a1, type RawDefinedName, type RawSheet } from "../../src/core/cells";
import { getForm } from "../../src/core/kinds";
import { columnOf, rowOf, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { formSheet } from "../../src/core/pipeline";
import { fillStatsSheet, isoToSerial } from "../../src/core/sample";
import type { Measure } from "../../src/core/units";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook } from "../../src/xlsx/writer";
import { rawFromDescriptions, SheetEditor } from "../helpers/raw-from-description";

export const TODAY = "2025-10-20";
export const YEAR = 2025;
export const STATS = getForm("stats-table") as StatsTableForm;

export function cellOf(code: string, measure: Measure): string {
  return a1(rowOf(STATS, code), columnOf(measure));
}

import { schoolValues } from "../helpers/school-values";
export { schoolValues };

/** The stats form as a sheet of the open workbook, every leaf filled, then edited by `edit` and recalculated. */
export function statsSheet(name: string, unit: string, edit?: (ed: SheetEditor) => void): { sheet: RawSheet; definedNames: RawDefinedName[] } {
  const wb = rawFromDescriptions(formSheet("stats-table", { year: YEAR, unit, sheetName: name }));
  const ed = new SheetEditor(wb, wb.sheets[0]!);
  for (const [code, v] of Object.entries(schoolValues())) for (const [m, n] of Object.entries(v)) ed.set(cellOf(code, m as Measure), n as number);
  edit?.(ed);
  ed.recalc();
  return { sheet: wb.sheets[0]!, definedNames: wb.definedNames };
}

/** A unit's filled stats form as the bytes of the .xlsx it would send. */
export function statsFile(unit: string, values = schoolValues(), date = "2025-10-08"): Promise<Uint8Array> {
  return renderWorkbook([fillStatsSheet(formSheet("stats-table", { year: YEAR, unit }), STATS, values, { dateSerial: isoToSerial(date) })]);
}

/** What Excel would add for an inserted base64 workbook: its sheets, read by the project's reader. */
export function decodeBase64Workbook(base64: string): RawSheet[] {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`inserted workbook unreadable: ${read.problem.code}`);
  return read.workbook.sheets;
}
