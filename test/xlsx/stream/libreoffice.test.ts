/**
 * The stream writer's files open elsewhere and back here: LibreOffice re-saves the summary of
 * a consolidation of openpyxl-filled forms and prints the every-feature workbook, and our own
 * reader reads the summary, as written and as LibreOffice re-saved it, as the level above
 * would: its units and totals are what openpyxl was told to write.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { checkFileBytes } from "../../../src/xlsx/check-file";
import { writeWorkbook } from "../../../src/xlsx/stream";
import { convertWithLibreOffice, toolsPresent } from "../../helpers/libreoffice";
import { everyFeatureSheet, streamedSheet } from "./every-feature";
import { SPECS, summaryOfSchools } from "./schools-summary";

let dir = "";
let written: Uint8Array;
let resaved: Uint8Array;
let pdfText = "";

beforeAll(async () => {
  if (!toolsPresent(["soffice", "pdftotext"])) throw new Error("LibreOffice and pdftotext are needed (.ci/run installs them)");
  dir = mkdtempSync(join(tmpdir(), "htsd-stream-lo-"));
  written = writeWorkbook(await summaryOfSchools(), { title: "Tổng hợp" }).bytes;
  writeFileSync(join(dir, "tong-hop.xlsx"), written);
  resaved = new Uint8Array(readFileSync(convertWithLibreOffice(join(dir, "tong-hop.xlsx"), "xlsx", join(dir, "resaved"))));
  writeFileSync(join(dir, "du-thu.xlsx"), writeWorkbook([everyFeatureSheet(), streamedSheet(60)]).bytes);
  const pdf = convertWithLibreOffice(join(dir, "du-thu.xlsx"), "pdf", dir);
  pdfText = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sum = (code: string, measure: "count" | "people" | "amount") => SPECS.reduce((t, s) => t + (s.rows[code]?.[measure] ?? 0), 0);

it.each([
  ["as written", () => written],
  ["as LibreOffice re-saved it", () => resaved],
])("our reader reads the summary %s: its units and totals", (_, bytes) => {
  const checked = checkFileBytes("tong-hop.xlsx", bytes(), { today: "2025-11-24" });
  const report = checked.report as StatsReport | undefined;
  expect(report?.unitsCovered).toBe(SPECS.length);
  expect(report!.values["1.1"]).toEqual({ count: sum("1.1", "count"), people: sum("1.1", "people") });
  expect(report!.values["10.1"]!.amount).toBe(sum("10.1", "amount"));
  expect(report!.values["5.3"]!.people).toBe(sum("5.3", "people"));
});

it("LibreOffice prints the every-feature workbook: texts, the streamed rows and the total", () => {
  expect(pdfText).toContain("Tiêu đề gộp ô");
  expect(pdfText).toContain("Trường 19 — 59");
  expect(pdfText).toContain("Chi tiết theo đơn vị");
});
