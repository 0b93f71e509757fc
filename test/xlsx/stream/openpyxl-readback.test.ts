/**
 * openpyxl, a reader that is neither ours nor ExcelJS, reads the ExcelJS writer's file and
 * the stream writer's file of the same descriptions, and must see the same workbook: every
 * cell's value, formula, cached value and resolved style, merges, validations, names,
 * widths, heights, views, print setup, breaks, footer, protection, filters and properties.
 * The descriptions: the writer's own fixtures, both official templates, the summary of a
 * consolidation of files filled by openpyxl, and a sheet using every feature, with a lower
 * part streamed from rows().
 */
import { formSheet as coreFormSheet } from "../../../src/core/pipeline";
import type { SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { writeWorkbook } from "../../../src/xlsx/stream";
import { formSheet, logSheet } from "../writer/fixture";
import { everyFeatureSheet, streamedSheet } from "./every-feature";
import { openpyxlRead } from "./openpyxl";
import { summaryOfSchools } from "./schools-summary";

const OPTIONS = { title: "Tổng hợp <&>", creator: "Phòng GD&ĐT", activeSheet: 1 };

async function both(sheets: () => SheetDescription[], options: { activeSheet?: number; title?: string; creator?: string } = {}): Promise<[Uint8Array, Uint8Array]> {
  // Each writer gets descriptions of its own: fitting cuts texts in place.
  return [await renderWorkbook(sheets(), options), writeWorkbook(sheets(), options).bytes];
}

it("openpyxl reads the same workbooks from both writers", async () => {
  const summary = await summaryOfSchools();
  const pairs = [
    await both(() => [formSheet(), logSheet()], OPTIONS),
    await both(() => [coreFormSheet("stats-table", { year: 2025, unit: "Trường A" })]),
    await both(() => [coreFormSheet("report-outline", { year: 2025 })]),
    // The summary's descriptions are made once; neither writer changes them (nothing to cut).
    await both(() => summary, { title: "Tổng hợp" }),
    await both(() => [everyFeatureSheet(), streamedSheet()], OPTIONS),
  ];
  const read = openpyxlRead(pairs.flat()) as Read[];
  for (let i = 0; i < pairs.length; i++) {
    const [exceljs, ours] = [read[2 * i]!, read[2 * i + 1]!];
    // Something was read at all: every workbook has cells.
    expect(Object.keys(exceljs.sheets[0]!.cells).length).toBeGreaterThan(4);
    expect(ours).toEqual(exceljs);
  }
  // What the every-feature descriptions say, as openpyxl read it from the stream writer's file.
  const [features, streamed] = read[pairs.length * 2 - 1]!.sheets;
  expect(features!.rowBreaks).toEqual([[4, 16383, true], [9, 16383, true]]);
  expect(features!.printTitles).toEqual(["$1:$2", "$A:$B"]);
  expect(features!.merges).toEqual(["A1:C2", "D1:F1"]);
  expect(features!.cells["C7"]!.value).toBe(123456789012345);
  expect(features!.cells["C6"]!.value).toBe("ký tự điều khiển hết");
  // The 30 units' drop-down points at the hidden column past everything used (I), which holds them.
  expect(features!.validations.some(([rule, cells]) => rule.includes("$I$1:$I$30") && cells.join() === "C5")).toBe(true);
  expect(features!.cells["I30"]!.value).toBe("Trường số 30, xã Quài Cang");
  expect(read[pairs.length * 2 - 1]!.names).toContainEqual(["HTSD_Local", "'Đủ thứ'!$B$4:$B$4", 0, false]);
  // The streamed part: 300 units' rows under the two header rows, then the total.
  expect(streamed!.cells["B302"]!.value).toBe("Trường 19 — 299");
  expect(streamed!.cells["C303"]).toBeUndefined();
  expect(streamed!.cells["C304"]).toMatchObject({ formula: "=SUM(C3:C302)", cached: 7 * (299 * 300) / 2 });
}, 240_000);

interface Read {
  names: unknown[][];
  sheets: { cells: Record<string, { value?: unknown; formula?: string; cached?: unknown }>; rowBreaks: unknown[]; printTitles: unknown[]; merges: string[]; validations: [string, string[]][] }[];
}
