/** The report outline: fields by code on a marked sheet, by label on a typed one, and its rules. */
import { checkWorkbook } from "../../../src/core/pipeline";
import type { OutlineReport } from "../../../src/core/kinds/report-outline";
import { handTypedSheet, type SheetEditor, type TypedValue } from "../../helpers/raw-from-description";
import { brief, ctx } from "./fill";
import { fillOutline, outlineRow, outlineTemplate, valueCell } from "./outline-sheet";

function run(ed: SheetEditor) {
  const r = checkWorkbook(ed.workbook, ctx);
  return { r, report: r.report as OutlineReport };
}
const filled = () => fillOutline(outlineTemplate({ unit: "Trường THCS Trùng Khánh" }));

test("a filled outline checks clean; fields by code, typed, with their cells", () => {
  const { r, report } = run(filled());
  expect(brief(r)).toEqual([]);
  expect(r).toMatchObject({ form: "report-outline", sheet: "Báo cáo", year: 2025 });
  expect(report).toMatchObject({ unit: "Trường THCS Trùng Khánh", date: "2025-10-08" });
  expect(report.fields).toEqual({
    "org.name": "Trường THCS Trùng Khánh",
    "doc.date": "2025-10-08",
    "1.1": "Kế hoạch số 12/KH-THCS ngày 20/9/2025",
    "1.3.time": "2025-10-06",
    "1.3.place": "Sân trường",
    "1.3.form": "Mít tinh",
    "1.3.people": 350,
    "1.3.assessment": "Đạt kế hoạch",
    "1.5.state": 10_000_000,
    "1.5.other": 2_000_000,
    "3.1": "Tăng cường tài liệu học tập số",
  });
  expect(report.cells["1.3.people"]).toBe(valueCell("1.3.people"));
  expect(report.cells["org.name"]).toBe("A4");
});

test("an empty outline warns that nothing was entered", () => {
  expect(brief(run(outlineTemplate({ unit: "Trường A" })).r)).toEqual([{ code: "check.form.empty", severity: "warning" }]);
});

test("the unit's name is required: an error (the file name stands in the report)", () => {
  const { r, report } = run(fillOutline(outlineTemplate()));
  expect(brief(r)).toEqual([{ code: "check.field.required", severity: "error", cell: "A4", rowCode: "org.name" }]);
  expect(report.unit).toBe("THCS Kim Đồng");
});

test("a choice not in the list is an error; the same choice typed in another case or spacing is accepted", () => {
  const cell = valueCell("1.3.form");
  const bad = run(filled().set(cell, "Họp mặt"));
  expect(brief(bad.r)).toEqual([{ code: "check.field.choice", severity: "error", cell, rowCode: "1.3.form" }]);
  expect(bad.r.problems[0]!.params).toMatchObject({ text: "Họp mặt", choices: "Mít tinh; Hoạt động ngoại khóa; Hoạt động tập thể khác; Lồng ghép chào cờ đầu tuần" });
  expect(bad.report.fields["1.3.form"]).toBeUndefined();
  expect(bad.r.excluded).toEqual([{ rowCode: "1.3.form", measure: "field", cell }]);
  const good = run(filled().set(cell, "  hoạt động NGOẠI KHOÁ "));
  expect(brief(good.r)).toEqual([]);
  expect(good.report.fields["1.3.form"]).toBe("Hoạt động ngoại khóa");
});

test("participants as text are read with a fix; negative or decimal participants are errors", () => {
  const cell = valueCell("1.3.people");
  const text = run(filled().set(cell, "350 người"));
  expect(brief(text.r)).toEqual([{ code: "check.cell.textNumber", severity: "warning", cell, rowCode: "1.3.people" }]);
  expect(text.r.fixes).toEqual([{ sheet: "Báo cáo", cell, value: 350, rowCode: "1.3.people" }]);
  expect(brief(run(filled().set(cell, -5)).r)).toEqual([{ code: "check.cell.negative", severity: "error", cell, rowCode: "1.3.people" }]);
  expect(brief(run(filled().set(cell, 12.5)).r)).toEqual([{ code: "check.cell.decimal", severity: "error", cell, rowCode: "1.3.people" }]);
});

test("funding: a tiny amount is a warning, millions written as words an error", () => {
  const cell = valueCell("1.5.state");
  expect(brief(run(filled().set(cell, 10)).r)).toEqual([{ code: "check.cell.moneySmall", severity: "warning", cell, rowCode: "1.5.state" }]);
  expect(brief(run(filled().set(cell, "10 triệu")).r)).toEqual([{ code: "check.cell.scaleWord", severity: "error", cell, rowCode: "1.5.state" }]);
});

describe("dates", () => {
  const cell = valueCell("1.3.time");
  test("a day-first text date is read", () => {
    const { r, report } = run(filled().set(cell, "06/10/2025"));
    expect(brief(r)).toEqual([]);
    expect(report.fields["1.3.time"]).toBe("2025-10-06");
  });

  test.each(["10/13/2025", "31/9/2025", "từ 01/10/2025 đến 07/10/2025", "đầu tháng 10"])("%j is no valid date: an error", (typed) => {
    const { r } = run(filled().set(cell, typed));
    expect(brief(r)).toEqual([{ code: "check.field.date", severity: "error", cell, rowCode: "1.3.time" }]);
    expect(r.problems[0]!.params).toMatchObject({ text: typed, year: 2025 });
  });

  test("a ceremony outside the Week of the year is a warning", () => {
    const { r } = run(filled().setDate(cell, "2025-09-20"));
    expect(brief(r)).toEqual([{ code: "check.ceremony.outsideWeek", severity: "warning", cell, rowCode: "1.3.time" }]);
    expect(r.problems[0]!.params).toEqual({ date: "20/09/2025", year: 2025, start: "01/10/2025", end: "07/10/2025" });
  });

  test("a report dated after today is a warning", () => {
    const { r } = run(filled().setDate("D5", "2025-12-01"));
    expect(brief(r)).toEqual([{ code: "check.date.future", severity: "warning", cell: "D5" }]);
  });
});

test("a field row deleted from the marked sheet is reported missing", () => {
  const { r } = run(filled().deleteRows(outlineRow("1.4")));
  expect(brief(r)).toEqual([{ code: "locate.field.missing", severity: "warning", rowCode: "1.4" }]);
});

test("an outline typed by hand: labels matched, values to their right or after their colon", () => {
  const rows: TypedValue[][] = [
    ["UBND XÃ TRÙNG KHÁNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG THCS TRÙNG KHÁNH", null, null, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 25/BC-THCS", null, null, "Trùng Khánh, ngày 09 tháng 10 năm 2025"],
    [],
    ["BÁO CÁO"],
    ["Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025"],
    [],
    ["1.1. Kế hoạch tổ chức Tuần lễ HTSĐ (nêu Kế hoạch số, ngày, tháng năm do đơn vị xây dựng để thực hiện)", "Kế hoạch số 12/KH-THCS"],
    ["- Thời gian tổ chức: 06/10/2025"],
    ["- Địa điểm tổ chức:", "Sân trường"],
    ["- Hình thức tổ chức:", "Lồng ghép chào cờ đầu tuần"],
    ["- Số lượng người tham gia:", "450 người"],
    ["- Tự đánh giá kết quả so với kế hoạch:".normalize("NFD"), "Vượt kế hoạch"],
    ["Ngân sách Nhà nước:", 3_000_000],
    ["Ngân sách huy động hỗ trợ, vận động từ các đơn vị, doanh nghiệp và các nguồn hợp pháp khác", "1.500.000 đồng"],
  ];
  const { r, report } = run(handTypedSheet("Sheet1", rows));
  expect(r).toMatchObject({ form: "report-outline", year: 2025 });
  expect(brief(r)).toEqual([
    { code: "check.cell.textNumber", severity: "warning", cell: "B12", rowCode: "1.3.people" },
    { code: "check.cell.textNumber", severity: "warning", cell: "B15", rowCode: "1.5.other" },
  ]);
  expect(report).toMatchObject({ unit: "TRƯỜNG THCS TRÙNG KHÁNH", parent: "UBND XÃ TRÙNG KHÁNH", docNumber: "25/BC-THCS", date: "2025-10-09" });
  expect(report.fields).toMatchObject({
    "1.1": "Kế hoạch số 12/KH-THCS",
    "1.3.time": "2025-10-06",
    "1.3.place": "Sân trường",
    "1.3.form": "Lồng ghép chào cờ đầu tuần",
    "1.3.people": 450,
    "1.3.assessment": "Vượt kế hoạch",
    "1.5.state": 3_000_000,
    "1.5.other": 1_500_000,
  });
  expect(report.cells["1.3.time"]).toBe("A9");
});
