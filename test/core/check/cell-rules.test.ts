/** One test per cell rule: the exact code, severity, cell and row code, and what the report keeps. */
import { checkWorkbook } from "../../../src/core/pipeline";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { statsTemplate, type TypedValue } from "../../helpers/raw-from-description";
import { brief, cellOf, ctx } from "./fill";

function checkWith(edit: (ed: ReturnType<typeof statsTemplate>) => void) {
  const ed = statsTemplate({ unit: "Trường THCS Kim Đồng" });
  edit(ed);
  ed.recalc();
  const r = checkWorkbook(ed.workbook, ctx);
  return { r, report: r.report as StatsReport };
}

const D15 = cellOf("1.1", "count");
const E15 = cellOf("1.1", "people");
const money = cellOf("10.1", "amount");

describe("whole numbers ≥ 0", () => {
  test("a negative count is an error; the cell is kept out of the report", () => {
    const { r, report } = checkWith((ed) => ed.set(D15, -3).set(E15, 30));
    expect(brief(r)).toEqual([{ code: "check.cell.negative", severity: "error", cell: "D15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toMatchObject({ value: -3 });
    expect(report.values["1.1"]).toEqual({ people: 30 });
    expect(r.excluded).toEqual([{ rowCode: "1.1", measure: "count", cell: "D15" }]);
  });

  test("a decimal is an error", () => {
    const { r, report } = checkWith((ed) => ed.set(D15, 2).set(E15, 2.5));
    expect(brief(r)).toEqual([{ code: "check.cell.decimal", severity: "error", cell: "E15", rowCode: "1.1" }]);
    expect(report.values["1.1"]).toEqual({ count: 2 });
  });

  test("a decimal typed as text the Vietnamese way ('1,5') is read, then refused as a decimal", () => {
    const { r } = checkWith((ed) => ed.set(D15, "1,5"));
    expect(brief(r)).toEqual([{ code: "check.cell.decimal", severity: "error", cell: "D15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toMatchObject({ value: 1.5, text: "1,5" });
  });

  test("a negative typed as text ('-3') is refused, with no fix", () => {
    const { r } = checkWith((ed) => ed.set(E15, "-3"));
    expect(brief(r)).toEqual([{ code: "check.cell.negative", severity: "error", cell: "E15", rowCode: "1.1" }]);
    expect(r.fixes).toEqual([]);
  });
});

describe("a cell the row's unit does not allow must stay empty", () => {
  test("people on a money row", () => {
    const cell = cellOf("10.1", "people");
    const { r, report } = checkWith((ed) => ed.set(money, 2_000_000).set(cell, 5));
    expect(brief(r)).toEqual([{ code: "check.cell.notAllowed", severity: "error", cell, rowCode: "10.1" }]);
    expect(r.problems[0]!.params).toMatchObject({ unit: "đồng", measureName: "số người", text: "5" });
    expect(report.values["10.1"]).toEqual({ amount: 2_000_000 });
    expect(r.excluded).toEqual([{ rowCode: "10.1", measure: "people", cell }]);
  });

  test("a number on a header row (4) and text on the count cell of the notes row (11)", () => {
    const { r } = checkWith((ed) => ed.set(cellOf("4", "count"), 3).set(cellOf("11", "count"), "có"));
    expect(brief(r)).toEqual([
      { code: "check.cell.notAllowed", severity: "error", cell: cellOf("4", "count"), rowCode: "4" },
      { code: "check.cell.notAllowed", severity: "error", cell: cellOf("11", "count"), rowCode: "11" },
    ]);
  });
});

describe("numbers typed as text", () => {
  test("read the Vietnamese way, warned with the value read, and offered as a fix", () => {
    const { r, report } = checkWith((ed) => ed.set(money, "1.500.000 đ").set(D15, "15 lớp").set(E15, "1 200"));
    expect(brief(r)).toEqual([
      { code: "check.cell.textNumber", severity: "warning", cell: "D15", rowCode: "1.1" },
      { code: "check.cell.textNumber", severity: "warning", cell: "E15", rowCode: "1.1" },
      { code: "check.cell.textNumber", severity: "warning", cell: money, rowCode: "10.1" },
    ]);
    expect(r.problems[2]!.params).toEqual({ item: "Ngân sách nhà nước", text: "1.500.000 đ", value: 1500000 });
    expect(r.fixes).toEqual([
      { sheet: "Biểu mẫu", cell: "D15", value: 15, rowCode: "1.1" },
      { sheet: "Biểu mẫu", cell: "E15", value: 1200, rowCode: "1.1" },
      { sheet: "Biểu mẫu", cell: money, value: 1500000, rowCode: "10.1" },
    ]);
    expect(report.values["1.1"]).toEqual({ count: 15, people: 1200 });
    expect(report.values["10"]).toEqual({ amount: 1500000 });
  });

  test("a currency on a count, or an unknown word, is read but not fixed in one click", () => {
    const { r, report } = checkWith((ed) => ed.set(D15, "3 đ").set(E15, "60 em học sinh giỏi"));
    expect(brief(r)).toEqual([
      { code: "check.cell.textNumberUnsure", severity: "warning", cell: "D15", rowCode: "1.1" },
      { code: "check.cell.textNumberUnsure", severity: "warning", cell: "E15", rowCode: "1.1" },
    ]);
    expect(r.fixes).toEqual([]);
    expect(report.values["1.1"]).toEqual({ count: 3, people: 60 });
  });

  test.each<[string, TypedValue, string, Record<string, unknown>]>([
    ["text that is no number", "nhiều", "check.cell.notANumber", { text: "nhiều" }],
    ["TRUE", true, "check.cell.notANumber", { text: "TRUE" }],
    ["'1,500': two readings", "1,500", "check.cell.ambiguous", { text: "1,500", readingA: 1.5, readingB: 1500 }],
    ["'1.5': an English decimal", "1.5", "check.cell.englishFormat", { text: "1.5", reading: 1.5 }],
    ["'1,500,000': English thousands", "1,500,000", "check.cell.englishFormat", { text: "1,500,000", reading: 1500000 }],
    ["mixed separators", "1.500,000.5", "check.cell.badSeparators", { text: "1.500,000.5" }],
  ])("%s is an error, never a guess", (_name, typed, code, params) => {
    const { r, report } = checkWith((ed) => ed.set(D15, typed));
    expect(brief(r)).toEqual([{ code, severity: "error", cell: "D15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toMatchObject(params);
    expect(report.values["1.1"]).toEqual({});
    expect(r.excluded).toEqual([{ rowCode: "1.1", measure: "count", cell: "D15" }]);
    expect(r.fixes).toEqual([]);
  });

  test.each(["2tr", "1,5 triệu"])("money in millions (%j) is an error asking for whole đồng", (typed) => {
    const { r } = checkWith((ed) => ed.set(money, typed));
    expect(brief(r)).toEqual([{ code: "check.cell.scaleWord", severity: "error", cell: money, rowCode: "10.1" }]);
  });

  test("a dash means 'nothing here': warned, read as blank, never as 0", () => {
    const { r, report } = checkWith((ed) => ed.set(D15, "-"));
    expect(brief(r)).toEqual([{ code: "check.cell.placeholder", severity: "warning", cell: "D15", rowCode: "1.1" }, { code: "check.form.empty", severity: "warning" }]);
    expect(report.values["1.1"]).toEqual({});
  });
});

describe("formulas", () => {
  test("a formula's cached value is used", () => {
    const { r, report } = checkWith((ed) => ed.setRaw(D15, { kind: "number", value: 4, formula: "2+2" }).set(E15, 80));
    expect(brief(r)).toEqual([]);
    expect(report.values["1.1"]).toEqual({ count: 4, people: 80 });
  });

  test.each(["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"])("%s is an error", (error) => {
    const { r } = checkWith((ed) => ed.setError(E15, error).set(D15, 2));
    expect(brief(r)).toEqual([{ code: "check.cell.formulaError", severity: "error", cell: "E15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toMatchObject({ error });
  });

  test("a formula never calculated is read as blank, with a warning to open and save in Excel", () => {
    const { r, report } = checkWith((ed) => ed.setFormulaWithoutValue(D15, "SUM(H1:H3)").set(E15, 30));
    expect(brief(r)).toEqual([
      { code: "check.cell.noCachedValue", severity: "warning", cell: "D15", rowCode: "1.1" },
      { code: "check.pair.peopleOnly", severity: "warning", cell: "D15", rowCode: "1.1" },
    ]);
    expect(report.values["1.1"]).toEqual({ people: 30 });
  });
});

test("a date where a number belongs (Excel turned '1/5' into a date) is an error", () => {
  const { r } = checkWith((ed) => ed.setDate(D15, "2025-05-01"));
  expect(brief(r)).toEqual([{ code: "check.cell.dateValue", severity: "error", cell: "D15", rowCode: "1.1" }]);
  expect(r.problems[0]!.params).toMatchObject({ text: "01/05/2025" });
});

test("money above 0 and below 1,000 đồng is a warning (thousands or millions?); the value is kept", () => {
  const { r, report } = checkWith((ed) => ed.set(money, 500));
  expect(brief(r)).toEqual([{ code: "check.cell.moneySmall", severity: "warning", cell: money, rowCode: "10.1" }]);
  expect(report.values["10.1"]).toEqual({ amount: 500 });
});
