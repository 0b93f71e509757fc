/**
 * Files LibreOffice writes, made now by the installed LibreOffice: a re-saved workbook
 * reads with the same values; its .xls and .ods are named for what they are. In CI a
 * missing LibreOffice fails the test (CI installs it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice, toolsPresent } from "../../helpers/libreoffice";
import { ALL_TYPES_SHEET, allTypesWorkbook } from "./exceljs-workbook";
import { cellsOf, expectSameValues, readFails, readOk, sheetNamed } from "./read-helpers";

let work: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "reader-lo-"));
  writeFileSync(join(work, "form.xlsx"), await allTypesWorkbook());
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

it("reads a workbook re-saved by LibreOffice with the same values", () => {
  if (!toolsPresent(["soffice"])) return;
  const saved = convertWithLibreOffice(join(work, "form.xlsx"), "xlsx", join(work, "resaved"));
  const { workbook, warnings } = readOk(bytesOf(saved));
  expect(warnings).toEqual([]);
  expectSameValues(cellsOf(sheetNamed(workbook, ALL_TYPES_SHEET)));
  expect(workbook.sheets.map((s) => [s.name, s.state === "visible"])).toEqual([
    [ALL_TYPES_SHEET, true],
    ["Ẩn", false],
    ["Rất ẩn", false],
  ]);
  expect(workbook.definedNames.map((n) => n.name).sort()).toEqual(["cac_so", "so_lop"]);
}, 180_000);

it("names LibreOffice's .xls and .ods for what they are", () => {
  if (!toolsPresent(["soffice"])) return;
  expect(readFails(bytesOf(convertWithLibreOffice(join(work, "form.xlsx"), "xls", join(work, "xls")))).code).toBe("read.old-xls");
  expect(readFails(bytesOf(convertWithLibreOffice(join(work, "form.xlsx"), "ods", join(work, "ods")))).code).toBe("read.ods");
}, 180_000);

it("reports LibreOffice's own words when it converts nothing", () => {
  if (!toolsPresent(["soffice"])) return;
  expect(() => convertWithLibreOffice(join(work, "missing.xlsx"), "pdf", join(work, "pdf"))).toThrow(/did not convert .*missing\.xlsx[\s\S]*could not be loaded/);
}, 180_000);
