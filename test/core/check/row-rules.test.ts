/** One test per rule across cells and rows of the stats table. */
import { checkWorkbook } from "../../../src/core/pipeline";
import { statsTableSheet, type StatsReport } from "../../../src/core/kinds/stats-table";
import { STATS_FORM, statsTemplate, rawFromDescriptions, type SheetEditor } from "../../helpers/raw-from-description";
import { brief, cellOf, ctx, fillAll } from "./fill";

function run(ed: SheetEditor) {
  const r = checkWorkbook(ed.workbook, ctx);
  return { r, report: r.report as StatsReport };
}
const filled = () => fillAll(statsTemplate({ unit: "Trường THCS Kim Đồng" }));

describe("a total against the sum of its parts", () => {
  test("the template's total formula is derived from the parts: never a problem", () => {
    const { r, report } = run(filled());
    expect(brief(r)).toEqual([]);
    expect(report.values["1"]).toEqual({ count: 26 });
    expect(report.cells["1"]).toEqual({ count: "D13" });
  });

  test("a total typed over, smaller than its parts, is an error; the typed total is kept out and the report's total is its parts' sum", () => {
    const { r, report } = run(filled().set("D13", 20));
    expect(brief(r)).toEqual([{ code: "check.total.less", severity: "error", cell: "D13", rowCode: "1" }]);
    expect(r.problems[0]!.params).toEqual({ total: 20, sum: 26, parts: "1.1–1.13" });
    // Never below its parts, so the summary's row 1 always covers rows 1.1–1.13.
    expect(report.values["1"]).toEqual({ count: 26 });
    expect(report.cells["1"]?.count).toBeUndefined();
    expect(r.excluded).toEqual([{ rowCode: "1", measure: "count", cell: "D13" }]);
  });

  test("a total typed over, larger than its parts, is a warning", () => {
    const { r } = run(filled().set("E14", 600));
    expect(brief(r)).toEqual([{ code: "check.total.more", severity: "warning", cell: "E14", rowCode: "1.0" }]);
    expect(r.problems[0]!.params).toEqual({ total: 600, sum: 520, parts: "1.1–1.13" });
  });

  test("a typed total whose parts are all blank is larger than them: a warning", () => {
    const ed = statsTemplate({ unit: "Trường A" }).set(cellOf("5", "count"), 4);
    expect(brief(run(ed).r)).toEqual([{ code: "check.total.more", severity: "warning", cell: cellOf("5", "count"), rowCode: "5" }]);
  });

  test("a cleared total over filled parts is computed, as the formula would: no problem, no cell", () => {
    const { r, report } = run(filled().set(cellOf("10", "amount"), null));
    expect(brief(r)).toEqual([]);
    expect(report.values["10"]).toEqual({ amount: 10_000_000 });
    expect(report.cells["10"]).toBeUndefined();
  });

  test("the formula's total counts a part typed as text, which Excel's SUM skipped", () => {
    const { r, report } = run(filled().set(cellOf("10.1", "amount"), "3.000.000 đ").recalc());
    expect(brief(r)).toEqual([{ code: "check.cell.textNumber", severity: "warning", cell: cellOf("10.1", "amount"), rowCode: "10.1" }]);
    expect(report.values["10"]).toEqual({ amount: 8_000_000 });
  });

  test("a part kept out by an error leaves the formula's total at the sum of the good parts", () => {
    const { r, report } = run(filled().set(cellOf("6.1", "count"), -1).recalc());
    expect(brief(r)).toEqual([{ code: "check.cell.negative", severity: "error", cell: cellOf("6.1", "count"), rowCode: "6.1" }]);
    expect(report.values["6"]).toEqual({ count: 4 });
  });

  test("a typed total is compared with the good parts when another part is kept out by an error: below them, an error", () => {
    const { r } = run(filled().set(cellOf("6.1", "count"), "abc").set(cellOf("6", "count"), 1));
    expect(brief(r)).toEqual([
      { code: "check.cell.notANumber", severity: "error", cell: cellOf("6.1", "count"), rowCode: "6.1" },
      { code: "check.total.less", severity: "error", cell: cellOf("6", "count"), rowCode: "6" },
    ]);
  });

  test("a typed total above the good parts is not called too large while a part is kept out: that part may explain it", () => {
    const { r, report } = run(filled().set(cellOf("6.1", "count"), "abc").set(cellOf("6", "count"), 99));
    expect(brief(r)).toEqual([{ code: "check.cell.notANumber", severity: "error", cell: cellOf("6.1", "count"), rowCode: "6.1" }]);
    expect(report.values["6"]).toEqual({ count: 99 });
  });
});

describe("X/người rows: count and people go together", () => {
  test("a count without people is a warning on the people cell", () => {
    const { r } = run(statsTemplate({ unit: "A" }).set("D15", 3).recalc());
    expect(brief(r)).toEqual([{ code: "check.pair.countOnly", severity: "warning", cell: "E15", rowCode: "1.1" }]);
  });

  test("people without a count is a warning on the count cell", () => {
    const { r } = run(statsTemplate({ unit: "A" }).set(cellOf("5.3", "people"), 300).recalc());
    expect(brief(r)).toEqual([{ code: "check.pair.peopleOnly", severity: "warning", cell: cellOf("5.3", "count"), rowCode: "5.3" }]);
  });

  test("'Tập thể/cá nhân' (4.1) is not an X/người row: collectives alone are fine", () => {
    const { r } = run(statsTemplate({ unit: "A" }).set(cellOf("4.1", "count"), 3));
    expect(brief(r)).toEqual([]);
  });
});

describe("outliers and single-unit bounds", () => {
  test("more than 100 people per class is a warning", () => {
    const { r } = run(statsTemplate({ unit: "A" }).set("D15", 1).set("E15", 150).recalc());
    expect(brief(r)).toEqual([{ code: "check.outlier.peoplePerCount", severity: "warning", cell: "E15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toMatchObject({ people: 150, count: 1, ratio: 150, bound: 100 });
  });

  test("2,000 people per contest is within bounds; 2,001 is not", () => {
    const c = cellOf("5.3", "count");
    const p = cellOf("5.3", "people");
    expect(brief(run(statsTemplate({ unit: "A" }).set(c, 1).set(p, 2000).recalc()).r)).toEqual([]);
    expect(brief(run(statsTemplate({ unit: "A" }).set(c, 1).set(p, 2001).recalc()).r)).toEqual([{ code: "check.outlier.peoplePerCount", severity: "warning", cell: p, rowCode: "5.3" }]);
  });

  test("a school's 7.1 above 1 is a warning", () => {
    const cell = cellOf("7.1", "count");
    const { r } = run(statsTemplate({ unit: "A" }).set(cell, 2));
    expect(brief(r)).toEqual([{ code: "check.maxPerUnit", severity: "warning", cell, rowCode: "7.1" }]);
  });

  test("a summary of several units (marker units=5) may report 7.2 above 1", () => {
    const desc = statsTableSheet({ form: STATS_FORM, year: 2025, sheetName: "Tổng hợp", unit: "Phòng GD&ĐT", summary: { units: 5, value: (code, m) => (code === "7.2" && m === "count" ? { value: 4 } : undefined) } });
    const wb = rawFromDescriptions(desc);
    const r = checkWorkbook(wb, ctx);
    expect(brief(r)).toEqual([]);
    expect(r.report?.unitsCovered).toBe(5);
    expect((r.report as StatsReport).values["7.2"]).toEqual({ count: 4 });
  });
});

describe("an altered form", () => {
  test("a unit changed by the school is an error; that row is not consolidated", () => {
    const { r, report } = run(filled().set("C15", "buổi/người"));
    expect(brief(r)).toEqual([{ code: "check.unit.altered", severity: "error", cell: "C15", rowCode: "1.1" }]);
    expect(r.problems[0]!.params).toEqual({ expected: "lớp/người", found: "buổi/người" });
    expect(report.values["1.1"]).toBeUndefined();
    expect(r.excluded).toEqual([
      { rowCode: "1.1", measure: "count", cell: "D15" },
      { rowCode: "1.1", measure: "people", cell: "E15" },
    ]);
    expect(report.values["1"]).toEqual({ count: 24 });
  });

  test("the same unit typed with other spacing or case is no alteration, nor is a cleared unit", () => {
    const { r } = run(filled().set("C15", "Lớp / người").set("C16", null));
    expect(brief(r)).toEqual([]);
  });

  test("a row showing another row's label (sorted apart from the code column) is an error and left out", () => {
    const ed = filled();
    ed.set("B15", STATS_FORM.rows.find((x) => x.code === "1.2")!.label).set("B16", STATS_FORM.rows.find((x) => x.code === "1.1")!.label);
    const { r, report } = run(ed);
    expect(brief(r)).toEqual([
      { code: "check.row.labelOfOther", severity: "error", cell: "B15", rowCode: "1.1" },
      { code: "check.row.labelOfOther", severity: "error", cell: "B16", rowCode: "1.2" },
    ]);
    expect(report.values["1.1"]).toBeUndefined();
    expect(report.values["1.2"]).toBeUndefined();
  });

  test("a rewritten label is a warning; the value still counts for the row's code", () => {
    const { r, report } = run(filled().set("B15", "Bồi dưỡng chuyên môn cho giáo viên"));
    expect(brief(r)).toEqual([{ code: "check.row.labelAltered", severity: "warning", cell: "B15", rowCode: "1.1" }]);
    expect(report.values["1.1"]).toEqual({ count: 2, people: 40 });
  });
});

describe("the report date", () => {
  test("a date after today is a warning", () => {
    const { r, report } = run(filled().setDate("D5", "2025-11-02"));
    expect(brief(r)).toEqual([{ code: "check.date.future", severity: "warning", cell: "D5" }]);
    expect(r.problems[0]!.params).toEqual({ date: "02/11/2025", today: "20/10/2025" });
    expect(report.date).toBe("2025-11-02");
  });

  test("a date typed as day-first text is read", () => {
    expect(run(filled().set("D5", "12/10/2025")).report.date).toBe("2025-10-12");
  });

  test("a date cell that holds no date is a warning", () => {
    const { r, report } = run(filled().set("D5", "hôm qua"));
    expect(brief(r)).toEqual([{ code: "check.date.unreadable", severity: "warning", cell: "D5" }]);
    expect(report.date).toBeUndefined();
  });
});
