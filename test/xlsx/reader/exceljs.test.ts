/** Real .xlsx bytes written by ExcelJS: every cell type, states, names, formats, formulas. */
import { ALL_TYPES_EXPECTED, ALL_TYPES_SHEET, allTypesWorkbook } from "./exceljs-workbook";
import { cellsOf, readOk, sheetNamed } from "./read-helpers";

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await allTypesWorkbook();
});

it("reads every cell as ExcelJS wrote it; styled and merged-away cells are absent", () => {
  const { workbook, warnings } = readOk(bytes);
  expect(warnings).toEqual([]);
  const sheet = sheetNamed(workbook, ALL_TYPES_SHEET);
  expect(cellsOf(sheet)).toEqual(ALL_TYPES_EXPECTED);
  expect([sheet.maxRow, sheet.maxCol]).toEqual([8, 9]);
});

it("keeps sheet states and defined names as text", () => {
  const { workbook } = readOk(bytes);
  expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
    [ALL_TYPES_SHEET, "visible"],
    ["Ẩn", "hidden"],
    ["Rất ẩn", "veryHidden"],
  ]);
  expect(cellsOf(sheetNamed(workbook, "Rất ẩn"))).toEqual({ A1: { kind: "string", value: "very hidden" } });
  expect(workbook.definedNames).toEqual([
    { name: "so_lop", value: `'${ALL_TYPES_SHEET}'!$B$1` },
    { name: "cac_so", value: `'${ALL_TYPES_SHEET}'!$A$3:$A$5` },
  ]);
});

it("reads only the sheets asked for", () => {
  const { workbook } = readOk(bytes, { sheetFilter: (_, index) => index === 2 });
  expect(workbook.sheets.map((s) => s.name)).toEqual(["Rất ẩn"]);
});
