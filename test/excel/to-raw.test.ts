/** Office.js's grids and names as the core's cell model, as the .xlsx reader gives them. */
import { definedName, sheetFromGrid, toRawCell } from "../../src/excel/to-raw";

describe("toRawCell(value, formula, numberFormat, valueType)", () => {
  it.each([
    ["a number, General", 1500, 1500, "General", "Double", { kind: "number", value: 1500 }],
    ["a number with its format", 1500, 1500, "#,##0", "Double", { kind: "number", value: 1500, numFmt: "#,##0" }],
    ["a date serial keeps its date format", 45940, 45940, "dd/mm/yyyy", "Double", { kind: "number", value: 45940, numFmt: "dd/mm/yyyy" }],
    ["text", "1.500.000", "1.500.000", "@", "String", { kind: "string", value: "1.500.000" }],
    ["an empty cell", "", "", "General", "Empty", undefined],
    ["a boolean", false, false, "General", "Boolean", { kind: "boolean", value: false }],
    ["an error value", "#DIV/0!", "#DIV/0!", "General", "Error", { kind: "error", value: "#DIV/0!" }],
    ["text that looks like an error", "#N/A", "#N/A", "@", "String", { kind: "string", value: "#N/A" }],
    ["a formula's number", 42, "=SUM(D13:D25)", "#,##0", "Double", { kind: "number", value: 42, formula: "SUM(D13:D25)", numFmt: "#,##0" }],
    ["a formula's error", "#REF!", "=#REF!+1", "General", "Error", { kind: "error", value: "#REF!", formula: "#REF!+1" }],
    ["a formula's empty text", "", '=IF(1,"","x")', "General", "String", { kind: "string", value: "", formula: 'IF(1,"","x")' }],
    ["text starting with = in a Text cell", "=B3", "=B3", "@", "String", { kind: "string", value: "=B3" }],
    ["a lone = typed as text", "=", "=", "General", "String", { kind: "string", value: "=" }],
  ])("%s", (_what, value, formula, numberFormat, valueType, expected) => {
    expect(toRawCell(value, formula, numberFormat, valueType)).toEqual(expected);
  });
});

describe("sheetFromGrid", () => {
  it("places the used range by its top-left corner and notes Text-formatted text cells", () => {
    const { sheet, textFormatted } = sheetFromGrid("Biểu mẫu", "VeryHidden", {
      rowIndex: 11,
      columnIndex: 2,
      values: [["1.200", 3], ["", "x"]],
      formulas: [["1.200", 3], ["", "x"]],
      numberFormat: [["@", "General"], ["@", "@"]],
      valueTypes: [["String", "Double"], ["Empty", "String"]],
    });
    expect(sheet).toMatchObject({ name: "Biểu mẫu", state: "veryHidden", maxRow: 13, maxCol: 4 });
    expect(sheet.cells.size).toBe(3);
    expect(textFormatted).toEqual(["C12", "D13"]);
  });
});

describe("definedName", () => {
  it("takes the formula without “=” when ExcelApi 1.7 gave it", () => {
    expect(definedName({ name: "HTSD_FORM", type: "Range", value: "'Biểu mẫu'!$G$1", formula: "='Biểu mẫu'!$G$1" })).toEqual({ name: "HTSD_FORM", value: "'Biểu mẫu'!$G$1" });
    expect(definedName({ name: "X", type: "String", value: "a", formula: '="a"' }, 2)).toEqual({ name: "X", value: '"a"', localSheet: 2 });
  });

  it.each([
    ["Range", "Sheet1!$A$4", "Sheet1!$A$4"],
    ["String", 'say "hi"', '"say ""hi"""'],
    ["Integer", 2025, "2025"],
    ["Double", 1.5, "1.5"],
    ["Boolean", true, "TRUE"],
    ["Error", "#REF!", "#REF!"],
  ])("rebuilds it from a %s value before 1.7", (type, value, expected) => {
    expect(definedName({ name: "N", type, value })).toEqual({ name: "N", value: expected });
  });

  it("skips a name whose value it cannot state as a formula", () => {
    expect(definedName({ name: "N", type: "Array", value: [[1]] })).toBeUndefined();
  });
});
