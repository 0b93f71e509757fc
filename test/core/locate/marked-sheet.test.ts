/**
 * A marked sheet a school reshaped: rows inserted, deleted and moved, columns inserted.
 * Every value must still land on its code, and nothing typed may vanish unreported.
 */
import { checkWorkbook, locateForm } from "../../../src/core/pipeline";
import { encodeMarker } from "../../../src/core/meta";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { statsTemplate, type SheetEditor } from "../../helpers/raw-from-description";
import { brief, cellOf, ctx } from "../check/fill";

/** Distinct values per row, so a value landing on the wrong code shows. */
function fillDistinct(ed: SheetEditor): SheetEditor {
  return ed
    .set(cellOf("1.1", "count"), 3).set(cellOf("1.1", "people"), 90)
    .set(cellOf("1.2", "count"), 4).set(cellOf("1.2", "people"), 120)
    .set(cellOf("1.5", "count"), 5).set(cellOf("1.5", "people"), 150)
    .set(cellOf("2", "count"), 17)
    .set(cellOf("9.2", "people"), 6)
    .set(cellOf("10.1", "amount"), 12_000_000)
    .recalc();
}

function values(ed: SheetEditor) {
  const r = checkWorkbook(ed.workbook, ctx);
  return { r, v: (r.report as StatsReport).values, cells: (r.report as StatsReport).cells };
}

const expected = { "1.1": { count: 3, people: 90 }, "1.2": { count: 4, people: 120 }, "1.5": { count: 5, people: 150 }, "2": { count: 17 }, "9.2": { people: 6 }, "10.1": { amount: 12_000_000 } };

test("the untouched sheet: the reference values", () => {
  const { r, v } = values(fillDistinct(statsTemplate({ unit: "A" })));
  expect(brief(r)).toEqual([]);
  expect(v).toMatchObject(expected);
});

test("rows inserted inside the table: values keep their codes; numbers in an inserted row are reported, not used", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).insertRows(16, 2).set("B16", "Bồi dưỡng tin học").set("D16", 2).set("E16", 35);
  const { r, v, cells } = values(ed);
  expect(v).toMatchObject(expected);
  expect(cells["1.2"]).toEqual({ count: "D18", people: "E18" });
  expect(brief(r)).toEqual([{ code: "locate.row.uncoded", severity: "warning", cell: "D16" }]);
  expect(r.problems[0]!.params).toEqual({ row: 16, text: "Bồi dưỡng tin học", values: "2, 35" });
});

test("a row deleted: its code is reported missing, the others are unmoved", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).deleteRows(cellRow("1.3"));
  const { r, v } = values(ed);
  expect(v).toMatchObject(expected);
  expect(v["1.3"]).toBeUndefined();
  expect(brief(r)).toEqual([{ code: "locate.row.missing", severity: "warning", rowCode: "1.3" }]);
});

test("rows moved (cut and inserted elsewhere, code column included): values follow their code", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).moveRow(cellRow("1.1"), cellRow("2") + 1).moveRow(cellRow("10.1"), cellRow("1"));
  const { r, v } = values(ed);
  expect(brief(r)).toEqual([]);
  expect(v).toMatchObject(expected);
});

test("a column inserted before D: the header is found by its labels, values read from the new columns", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).insertColumns(4).set("D15", 999);
  const { r, v, cells } = values(ed);
  expect(v).toMatchObject(expected);
  expect(cells["1.1"]).toEqual({ count: "E15", people: "F15" });
  expect(brief(r)).toEqual([]);
  expect(r.report?.unit).toBe("A");
});

test("a column inserted before A and the HTSD names removed: the marker is searched, not assumed in G", () => {
  const ed = fillDistinct(statsTemplate({ unit: "Trường B" })).insertColumns(1);
  ed.workbook.definedNames.length = 0;
  const { r, v } = values(ed);
  expect(brief(r)).toEqual([]);
  expect(v).toMatchObject(expected);
  expect(r.report?.unit).toBe("Trường B");
});

test("twenty rows inserted above the form: the HTSD_FORM name still finds the marker", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).insertRows(1, 20);
  const loc = locateForm(ed.workbook, ctx);
  expect(loc.located).toMatchObject({ via: "marker", year: 2025 });
  expect(values(ed).v).toMatchObject(expected);
});

test("a copied row (same code twice) with numbers: the copy is an error, the first row is read", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).insertRows(17, 1);
  const row = 17;
  ed.set(`B${row}`, "Bồi dưỡng ngoại ngữ (bản sao)").set(`D${row}`, 8).set(`G${row}`, "1.2");
  const { r, v } = values(ed);
  expect(v["1.2"]).toEqual({ count: 4, people: 120 });
  expect(brief(r)).toEqual([{ code: "locate.row.duplicateCode", severity: "error", cell: `D${row}`, rowCode: "1.2" }]);
});

test("a row code not in the form: an error when the row holds numbers, a warning otherwise", () => {
  const ed = fillDistinct(statsTemplate({ unit: "A" })).insertRows(17, 2).set("G17", "1.99").set("D17", 5).set("G18", "12");
  const { r } = values(ed);
  expect(brief(r)).toEqual([
    { code: "locate.row.unknownCodeWithNumbers", severity: "error", cell: "D17" },
    { code: "locate.row.unknownCode", severity: "warning" },
  ]);
});

describe("which form, which version", () => {
  test("an unknown form id is refused with a clear problem", () => {
    const ed = statsTemplate({ unit: "A" }).set("G1", "HTSD|form=budget-plan|version=1|year=2025|units=1");
    const r = checkWorkbook(ed.workbook, ctx);
    expect(brief(r)).toEqual([{ code: "locate.form.unknown", severity: "error" }]);
    expect(r.problems[0]!.params).toEqual({ sheet: "Biểu mẫu", form: "budget-plan" });
    expect(r.report).toBeUndefined();
  });

  test("a newer version than we know is refused, asking to update", () => {
    const ed = statsTemplate({ unit: "A" }).set("G1", encodeMarker({ form: "stats-table", version: 9, year: 2026, units: 1 }));
    const r = checkWorkbook(ed.workbook, ctx);
    expect(brief(r)).toEqual([{ code: "locate.form.newer", severity: "error" }]);
    expect(r.problems[0]!.params).toEqual({ sheet: "Biểu mẫu", version: 9, known: 1 });
  });

  test("two form sheets in one workbook: ambiguous, naming both", () => {
    const a = statsTemplate({ unit: "A" });
    const b = statsTemplate({ unit: "A", sheetName: "Biểu mẫu (2)" });
    const wb = { sheets: [...a.workbook.sheets, ...b.workbook.sheets], definedNames: a.workbook.definedNames };
    const r = checkWorkbook(wb, ctx);
    expect(brief(r)).toEqual([{ code: "locate.form.ambiguous", severity: "error" }]);
    expect(r.problems[0]!.params).toEqual({ sheets: '"Biểu mẫu", "Biểu mẫu (2)"' });
  });

  test("the year comes from the marker", () => {
    const r = checkWorkbook(statsTemplate({ unit: "A", year: 2023 }).workbook, ctx);
    expect(r.year).toBe(2023);
    expect(r.report?.year).toBe(2023);
  });
});

describe("header fields", () => {
  test("an empty unit name falls back to the file name, with a warning on the unit cell", () => {
    const r = checkWorkbook(statsTemplate().workbook, { ...ctx, file: "C:\\Báo cáo\\THCS Kim Đồng.xlsx" });
    expect(brief(r)).toEqual([
      { code: "locate.unit.fromFileName", severity: "warning", cell: "A4" },
      { code: "check.form.empty", severity: "warning" },
    ]);
    expect(r.report?.unit).toBe("THCS Kim Đồng");
  });

  test("a dotted placeholder is no unit name", () => {
    const r = checkWorkbook(statsTemplate().set("A4", "………………").workbook, ctx);
    expect(brief(r)[0]).toEqual({ code: "locate.unit.fromFileName", severity: "warning", cell: "A4" });
  });

  test("parent body and document number are read; the unfilled number placeholder is not", () => {
    const ed = statsTemplate({ unit: "Trường TH Quài Cang", parent: "Phòng GD&ĐT Tuần Giáo" });
    expect(checkWorkbook(ed.workbook, ctx).report).toMatchObject({ parent: "Phòng GD&ĐT Tuần Giáo" });
    expect(checkWorkbook(ed.workbook, ctx).report?.docNumber).toBeUndefined();
    ed.set("A5", "Số: 15/BC-THQC");
    expect(checkWorkbook(ed.workbook, ctx).report?.docNumber).toBe("15/BC-THQC");
  });
});

function cellRow(code: string): number {
  return Number(cellOf(code, "count").slice(1));
}

describe("a marked sheet whose structure was damaged", () => {
  test("column headers renamed: the layout's columns are assumed, with a warning", () => {
    const ed = fillDistinct(statsTemplate({ unit: "A" })).set("D11", "SL").set("D12", "Lớp").set("E12", "Số HV");
    const { r, v } = values(ed);
    expect(brief(r)).toEqual([{ code: "locate.header.assumed", severity: "warning" }]);
    expect(v).toMatchObject(expected);
  });

  test("the code column cleared: an error, no numbers read", () => {
    const ed = fillDistinct(statsTemplate({ unit: "A" }));
    for (let row = 13; row <= 54; row++) ed.set(`G${row}`, null);
    const r = checkWorkbook(ed.workbook, ctx);
    expect(brief(r)[0]).toEqual({ code: "locate.table.noRows", severity: "error" });
  });
});

test("a caller asking for one form ignores a sheet of the other", () => {
  const r = checkWorkbook(statsTemplate({ unit: "A" }).workbook, { ...ctx, form: "report-outline" });
  expect(brief(r)).toEqual([{ code: "locate.noForm", severity: "error" }]);
});
