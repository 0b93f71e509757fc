import { checkWorkbook } from "../../../src/core/pipeline";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { STATS_FORM, statsTemplate } from "../../helpers/raw-from-description";
import { brief, cellOf, ctx, fillAll, plausible } from "./fill";

describe("the template as the writer renders it", () => {
  test("an empty template is found by its marker and only warns that nothing was entered", () => {
    const ed = statsTemplate({ unit: "Trường THCS Kim Đồng" });
    const r = checkWorkbook(ed.workbook, ctx);
    expect(r).toMatchObject({ file: ctx.file, sheet: "Biểu mẫu", form: "stats-table", version: 1, year: 2025 });
    expect(brief(r)).toEqual([{ code: "check.form.empty", severity: "warning" }]);
    expect(r.report?.unit).toBe("Trường THCS Kim Đồng");
    expect(r.excluded).toEqual([]);
    expect(r.fixes).toEqual([]);
  });

  test("a filled template checks clean and reports every value by code, totals included", () => {
    const ed = fillAll(statsTemplate({ unit: "Trường THCS Kim Đồng", parent: "Phòng GD&ĐT Tuần Giáo" })).setDate("D5", "2025-10-12");
    const r = checkWorkbook(ed.workbook, ctx);
    expect(brief(r)).toEqual([]);
    const report = r.report as StatsReport;
    expect(report).toMatchObject({ unit: "Trường THCS Kim Đồng", parent: "Phòng GD&ĐT Tuần Giáo", date: "2025-10-12", unitsCovered: 1, source: { file: ctx.file, sheet: "Biểu mẫu" } });
    for (const row of STATS_FORM.rows) {
      if (row.kind !== "leaf") continue;
      for (const m of row.measures) {
        expect(report.values[row.code]![m]).toBe(plausible(row.code, m));
        expect(report.cells[row.code]![m]).toBe(cellOf(row.code, m));
      }
    }
    expect(report.values["1"]).toEqual({ count: 26 });
    expect(report.values["1.0"]).toEqual({ people: 520 });
    expect(report.values["10"]).toEqual({ amount: 10_000_000 });
  });

  test("blank and 0 stay distinct: 0 is reported, blank is absent", () => {
    const ed = statsTemplate({ unit: "Trường A" }).set(cellOf("2", "count"), 0).recalc();
    const r = checkWorkbook(ed.workbook, ctx);
    const report = r.report as StatsReport;
    expect(report.values["2"]).toEqual({ count: 0 });
    expect(report.values["3"]).toEqual({});
    expect(brief(r)).toEqual([]);
  });

  test("a note alone is content: the form is not empty, and the note is reported with its cell", () => {
    const ed = statsTemplate({ unit: "Trường A" }).set("F54", "Tổ chức thêm ngày hội đọc sách");
    const r = checkWorkbook(ed.workbook, ctx);
    expect(brief(r)).toEqual([]);
    expect((r.report as StatsReport).notes).toEqual({ "11": "Tổ chức thêm ngày hội đọc sách" });
    expect((r.report as StatsReport).cells["11"]).toEqual({ note: "F54" });
  });
});
