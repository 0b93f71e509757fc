/**
 * The checks on real .xlsx bytes: the template rendered by the writer, filled with ExcelJS
 * as a school's spreadsheet program would, read back by the bounded reader. Then the same
 * file re-saved by LibreOffice, which recalculates and rewrites every part.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import { checkWorkbook } from "../../../src/core/pipeline";
import { statsTableSheet, type StatsReport } from "../../../src/core/kinds/stats-table";
import { readWorkbook } from "../../../src/xlsx/reader";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { STATS_FORM } from "../../helpers/raw-from-description";
import { brief, cellOf, ctx } from "./fill";

async function filledBytes(): Promise<Uint8Array> {
  const template = await renderWorkbook([statsTableSheet({ form: STATS_FORM, year: 2025, sheetName: "Biểu mẫu", unit: "Trường THCS Kim Đồng" })]);
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Biểu mẫu")!;
  const put = (ref: string, value: string | number | Date) => (ws.getCell(ref).value = value);
  put(cellOf("1.1", "count"), "15 lớp");
  put(cellOf("1.1", "people"), 300);
  put(cellOf("1.2", "count"), -2);
  put(cellOf("1.2", "people"), 2.5);
  put(cellOf("1", "people"), 5);
  put("C17", "buổi/người");
  put(cellOf("1.3", "count"), 3);
  put(cellOf("1.3", "people"), 30);
  put(cellOf("10.1", "amount"), 5_000_000);
  put(cellOf("10.2", "amount"), "2.000.000 đ");
  put(cellOf("10", "amount"), 6_000_000);
  put("D5", new Date(Date.UTC(2025, 9, 12)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function check(bytes: Uint8Array) {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(`unreadable: ${read.problem.code}`);
  return checkWorkbook(read.workbook, ctx);
}

const expectedProblems = [
  { code: "check.cell.notAllowed", severity: "error", cell: "E13", rowCode: "1" },
  { code: "check.cell.textNumber", severity: "warning", cell: "D15", rowCode: "1.1" },
  { code: "check.cell.negative", severity: "error", cell: "D16", rowCode: "1.2" },
  { code: "check.cell.decimal", severity: "error", cell: "E16", rowCode: "1.2" },
  { code: "check.unit.altered", severity: "error", cell: "C17", rowCode: "1.3" },
  { code: "check.cell.textNumber", severity: "warning", cell: cellOf("10.2", "amount"), rowCode: "10.2" },
  { code: "check.total.less", severity: "error", cell: cellOf("10", "amount"), rowCode: "10" },
];

test("a template filled with ExcelJS: every finding at its cell, the report from the good cells only", async () => {
  const r = check(await filledBytes());
  expect(r).toMatchObject({ sheet: "Biểu mẫu", form: "stats-table", year: 2025 });
  expect(brief(r)).toEqual(expectedProblems);
  const report = r.report as StatsReport;
  expect(report).toMatchObject({ unit: "Trường THCS Kim Đồng", date: "2025-10-12" });
  expect(report.values["1.1"]).toEqual({ count: 15, people: 300 });
  expect(report.values["1.2"]).toEqual({});
  expect(report.values["1.3"]).toBeUndefined();
  expect(report.values["10.2"]).toEqual({ amount: 2_000_000 });
  expect(r.fixes).toEqual([
    { sheet: "Biểu mẫu", cell: "D15", value: 15, rowCode: "1.1" },
    { sheet: "Biểu mẫu", cell: cellOf("10.2", "amount"), value: 2_000_000, rowCode: "10.2" },
  ]);
  expect(r.excluded).toEqual([
    { rowCode: "1", measure: "people", cell: "E13" },
    { rowCode: "1.2", measure: "count", cell: "D16" },
    { rowCode: "1.2", measure: "people", cell: "E16" },
    { rowCode: "1.3", measure: "count", cell: "D17" },
    { rowCode: "1.3", measure: "people", cell: "E17" },
    { rowCode: "10", measure: "amount", cell: cellOf("10", "amount") },
  ]);
  // Row 10 typed as 6.000.000 under its parts (5.000.000 + 2.000.000): kept out, and the report's total is the parts' sum.
  expect(report.values["10"]).toEqual({ amount: 5_000_000 + 2_000_000 });
});

test("the same file saved by LibreOffice reads to the same findings", async () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-check-"));
  const profile = mkdtempSync(join(tmpdir(), "lo-check-"));
  try {
    const input = join(dir, "filled.xlsx");
    writeFileSync(input, await filledBytes());
    const outDir = join(dir, "out");
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", "xlsx", "--outdir", outDir, input], { stdio: "pipe", timeout: 180_000 });
    const r = check(new Uint8Array(readFileSync(join(outDir, "filled.xlsx"))));
    expect(brief(r)).toEqual(expectedProblems);
    expect((r.report as StatsReport).values["1.1"]).toEqual({ count: 15, people: 300 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
