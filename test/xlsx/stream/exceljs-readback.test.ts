/**
 * The fast streaming writer (used by the command line, for summaries of thousands of units)
 * must write what the ExcelJS writer writes: the same cells, values, formulas and cached
 * results, styles, merges, validations, names, views, print setup, filters and protection.
 * Both outputs are read back with ExcelJS and compared part by part (openpyxl reads them
 * too, in openpyxl-readback.test.ts).
 */
import { Workbook, type Worksheet } from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { consolidate, summarySheets, formSheet as coreFormSheet } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import type { CheckedFile } from "../../../src/core/check";
import { getForm } from "../../../src/core/kinds";
import { statsTableSheet, type StatsTableForm } from "../../../src/core/kinds/stats-table";
import { fillStatsSheet, isoToSerial, randomSchoolValues, sampleUnitName, seeded } from "../../../src/core/sample";
import type { SheetDescription } from "../../../src/core/sheet";
import { checkFileBytes } from "../../../src/xlsx/check-file";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { writeWorkbook } from "../../../src/xlsx/stream";
import { formSheet, logSheet } from "../writer/fixture";
import { all, parseXml } from "../writer/package";

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Everything a reader sees of a worksheet, as plain data. */
function sheetContent(ws: Worksheet) {
  const cells: unknown[] = [];
  const heights: [number, number | undefined][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.height !== undefined) heights.push([r, row.height]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({ address: cell.address, type: cell.type, value: cell.value, style: cell.style, isMerged: cell.isMerged, master: cell.master.address });
    });
  });
  const columns = (ws.columns ?? []).map((c, i) => [i + 1, c.width, Boolean(c.hidden)]);
  const model = ws.model as unknown as Record<string, unknown>;
  return {
    name: ws.name,
    state: ws.state,
    views: ws.views,
    pageSetup: ws.pageSetup,
    headerFooter: ws.headerFooter,
    rowBreaks: (ws as unknown as { rowBreaks?: unknown[] }).rowBreaks ?? [],
    autoFilter: ws.autoFilter,
    protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection,
    merges: [...((model.merges as string[]) ?? [])].sort(),
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    columns,
    heights,
    cells,
  };
}

/** The top-level elements of each sheet part, in order: Excel refuses them out of the schema's order. */
function elementOrder(bytes: Uint8Array): string[][] {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort()
    .map((n) => {
      const xml = strFromU8(parts[n]!).replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>");
      const body = xml.slice(xml.indexOf(">", xml.indexOf("<worksheet")) + 1);
      const names: string[] = [];
      let depth = 0;
      for (const m of body.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
        if (m[1]) depth--;
        else {
          if (depth === 0) names.push(m[2]!);
          if (!m[3]) depth++;
        }
      }
      // The streaming writer leaves out the optional <dimension>; nothing else may differ.
      return names.filter((name) => name !== "dimension");
    });
}

/** Each defined name with its attributes, as an XML parser reads them (escaping aside). */
function definedNames(bytes: Uint8Array): string[] {
  const workbook = parseXml(strFromU8(unzipSync(bytes)["xl/workbook.xml"]!));
  return all(workbook, "definedName").map((n) => JSON.stringify([n.attrs, n.text])).sort();
}

async function expectSameContent(sheets: SheetDescription[], activeSheet = 0): Promise<void> {
  const options = { title: "Tổng hợp", activeSheet };
  const inMemory = await renderWorkbook(sheets, options);
  const streamed = writeWorkbook(sheets, options).bytes;
  const [a, b] = await Promise.all([load(inMemory), load(streamed)]);
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const [i, ws] of a.worksheets.entries()) expect(sheetContent(b.worksheets[i]!)).toEqual(sheetContent(ws));
  expect(b.views).toEqual(a.views);
  expect(b.title).toBe(a.title);
  expect(definedNames(streamed)).toEqual(definedNames(inMemory));
  expect(elementOrder(streamed)).toEqual(elementOrder(inMemory));
}

const form = getForm("stats-table") as StatsTableForm;

/** Filled forms of `count` units, some with numbers typed as text, as the files a consolidator gets. */
async function filledFiles(count: number): Promise<CheckedFile[]> {
  const rng = seeded(42);
  const files: CheckedFile[] = [];
  for (let i = 0; i < count; i++) {
    const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit: sampleUnitName(i) }), form, randomSchoolValues(rng, form), {
      dateSerial: isoToSerial(`2025-10-${String(5 + (i % 9)).padStart(2, "0")}`),
      asText: new Set(i % 7 === 0 ? ["1.1/people", "10.1/amount"] : []),
    });
    files.push(checkFileBytes(`don-vi-${i}.xlsx`, await renderWorkbook([sheet]), { today: "2025-11-24" }));
  }
  return files;
}

it("writes the writer's own form and log fixtures alike", async () => {
  await expectSameContent([formSheet(), logSheet()], 1);
});

it("writes the report outline template alike (drop-down lists, protection, names)", async () => {
  await expectSameContent([coreFormSheet("report-outline", { year: 2025 })]);
});

it("writes a consolidation's three sheets alike", async () => {
  const checked = await filledFiles(40);
  checked.push(checkFileBytes("hong.xlsx", new TextEncoder().encode("STT;Các hoạt động\n1;x\n"), { today: "2025-11-24" }));
  const c = consolidate(checked, { expected: [sampleUnitName(0), "Trường THCS Chưa Gửi"], deadline: "2025-10-09", onDuplicate: "latest", acceptErrors: false });
  const sheets = summarySheets(c, defaultSheetNames(), { date: "2025-11-24T09:30", unit: "UBND xã Quài Cang", place: "Quài Cang" });
  // The printed summary's own setup is among what must be equal: scale, page breaks, footer.
  expect(sheets[0]!.page).toMatchObject({ scale: expect.any(Number), footer: expect.stringContaining("&P") });
  expect(sheets[0]!.page!.rowBreaks!.length).toBeGreaterThan(0);
  await expectSameContent(sheets);
}, 60_000);
