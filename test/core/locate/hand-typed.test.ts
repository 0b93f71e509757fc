/**
 * A table typed by hand after the printed appendix: no marker, no codes. Rows are matched
 * by label (composed or decomposed diacritics, odd spacing, list numbers in front), and
 * every row that matches nothing, or form row not found, is reported.
 */
import { checkWorkbook } from "../../../src/core/pipeline";
import type { StatsReport } from "../../../src/core/kinds/stats-table";
import { handTypedSheet, STATS_FORM, type TypedValue } from "../../helpers/raw-from-description";
import { brief, ctx } from "../check/fill";

const unit = (code: string) => STATS_FORM.rows.find((r) => r.code === code)!.unit;
/** What a typist does to a label: decomposed diacritics, doubled spaces, a line break. */
const retyped = (text: string) => text.normalize("NFD").replace(/ /g, "  ").replace(",  ", ",\n ");

function printedTable(opts: { oneRowHeader?: boolean; skip?: string[]; extra?: { after: string; row: TypedValue[] } } = {}): TypedValue[][] {
  const rows: TypedValue[][] = [
    ["PHÒNG GD&ĐT TUẦN GIÁO", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["TRƯỜNG TH QUÀI CANG", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, null, "Quài Cang, ngày 12 tháng 10 năm 2023"],
    ["BÁO CÁO TỔNG KẾT TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2023"],
    ["MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ"],
  ];
  if (opts.oneRowHeader) rows.push(["STT", "Các hoạt động", "Đơn vị", "Số lớp/ số cuộc thi", "Người", "Ghi chú"]);
  else rows.push(["STT", "Các hoạt động", "Đơn vị", "Số lượng", null, "Ghi chú"], [null, null, null, "Số lớp/\nsố cuộc thi", "Người", null]);
  const numbers: Record<string, TypedValue[]> = {
    "1": [5], "1.0": [null, 150], "1.1": [2, 60], "1.2": [1, 30], "1.5": [2, 60],
    "2": [12], "5": [3], "5.3": [1, 400], "5.6": [2, 350], "9.1": [1], "10": [7_000_000], "10.1": [5_000_000], "10.2": [2_000_000],
  };
  for (const row of STATS_FORM.rows) {
    if (opts.skip?.includes(row.code)) continue;
    // The printed form leaves row 10's unit blank.
    rows.push([row.stt || null, retyped(row.label), row.code === "10" ? null : unit(row.code).replace("/", " \n/"), ...(numbers[row.code] ?? [])]);
    if (opts.extra?.after === row.code) rows.push(opts.extra.row);
  }
  rows.push([], ["Nơi nhận:", null, "HIỆU TRƯỞNG"]);
  return rows;
}

test("a hand-typed copy of the printed appendix is read by its labels", () => {
  const ed = handTypedSheet("Sheet1", printedTable());
  const r = checkWorkbook(ed.workbook, ctx);
  expect(r).toMatchObject({ form: "stats-table", sheet: "Sheet1", year: 2023 });
  const report = r.report as StatsReport;
  expect(report).toMatchObject({ unit: "TRƯỜNG TH QUÀI CANG", parent: "PHÒNG GD&ĐT TUẦN GIÁO", date: "2023-10-12", unitsCovered: 1 });
  expect(brief(r)).toEqual([]);
  expect(report.values).toMatchObject({ "1": { count: 5 }, "1.0": { people: 150 }, "1.1": { count: 2, people: 60 }, "5.3": { count: 1, people: 400 }, "10": { amount: 7_000_000 }, "10.2": { amount: 2_000_000 } });
  // Title block in rows 1–5, header in rows 6–7, row "1" in row 8, so 1.1 (third) in row 10.
  expect(report.cells["1.1"]).toEqual({ count: "D10", people: "E10" });
});

test("one row missing and one extra row with a number: a warning for the gap, an error naming the extra cell", () => {
  const extra = { after: "1.13", row: [null, "Bồi dưỡng tin học cho giáo viên", "lớp/người", 2, 40] as TypedValue[] };
  const ed = handTypedSheet("Sheet1", printedTable({ skip: ["1.4"], extra }));
  const r = checkWorkbook(ed.workbook, ctx);
  // Row "1" in row 8; 1.13 is the fifteenth row, one up since 1.4 is gone; the extra row follows it.
  const extraRow = 8 + STATS_FORM.rows.findIndex((x) => x.code === "1.13") - 1 + 1;
  expect(brief(r)).toEqual([
    { code: "locate.row.unmatchedWithNumbers", severity: "error", cell: `D${extraRow}` },
    { code: "locate.row.missing", severity: "warning", rowCode: "1.4" },
  ]);
  expect(r.problems[0]!.params).toEqual({ row: extraRow, text: "Bồi dưỡng tin học cho giáo viên", values: "2, 40" });
  expect((r.report as StatsReport).values["1.5"]).toEqual({ count: 2, people: 60 });
});

test("a header on one row, labels with list numbers and trailing colons", () => {
  const rows = printedTable({ oneRowHeader: true }).map((row) => (typeof row[1] === "string" && row[1].startsWith("B") ? [row[0], `- ${row[1]}:`, ...row.slice(2)] : row));
  const r = checkWorkbook(handTypedSheet("Sheet1", rows).workbook, ctx);
  expect(brief(r)).toEqual([]);
  expect((r.report as StatsReport).values["1.1"]).toEqual({ count: 2, people: 60 });
  expect((r.report as StatsReport).cells["1.1"]).toEqual({ count: "D9", people: "E9" });
});

test("a row without a recognisable label and without numbers is a warning", () => {
  const extra = { after: "3", row: [null, "Ghi chú thêm của nhà trường"] as TypedValue[] };
  const r = checkWorkbook(handTypedSheet("Sheet1", printedTable({ extra })).workbook, ctx);
  expect(brief(r)).toEqual([{ code: "locate.row.unmatched", severity: "warning", cell: expect.stringMatching(/^B\d+$/) }]);
});

test("no year anywhere: the caller's default year, with a warning", () => {
  const rows = printedTable().map((row) => row.map((v) => (typeof v === "string" ? v.replace(/ NĂM 2023| năm 2023/, "") : v)));
  const r = checkWorkbook(handTypedSheet("Sheet1", rows).workbook, { ...ctx, defaultYear: 2024 });
  expect(r.year).toBe(2024);
  expect(brief(r)).toEqual([{ code: "locate.year.assumed", severity: "warning" }]);
});

test("a workbook without the table: an error saying which headers were expected", () => {
  const r = checkWorkbook(handTypedSheet("Sheet1", [["Danh sách học sinh"], ["Họ tên", "Lớp"], ["Nguyễn Văn A", "6A"]]).workbook, ctx);
  expect(brief(r)).toEqual([{ code: "locate.noForm", severity: "error" }]);
  expect(r.problems[0]!.params.expected).toBe("STT, Các hoạt động, Đơn vị, Số lượng (Số lớp/số cuộc thi; Người), Ghi chú");
  expect(r.report).toBeUndefined();
});

test("labels of the form are all distinct once normalised (order disambiguation stays a safety net)", () => {
  const keys = STATS_FORM.rows.map((r) => r.label.normalize("NFC").toLowerCase());
  expect(new Set(keys).size).toBe(keys.length);
});

test("a total row left out of a hand-made table is reported as the sum of its parts (as a blank total is)", () => {
  const r = checkWorkbook(handTypedSheet("Sheet1", printedTable({ skip: ["10"] })).workbook, ctx);
  expect(brief(r)).toEqual([{ code: "locate.row.missing", severity: "warning", rowCode: "10" }]);
  expect((r.report as StatsReport).values["10"]).toEqual({ amount: 7_000_000 });
  expect((r.report as StatsReport).cells["10"]).toBeUndefined();
});
