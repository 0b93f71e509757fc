/**
 * "A hand-typed table whose labels have no diacritics (typed without a Vietnamese keyboard)
 * or use common abbreviations loses those rows' numbers": files written by openpyxl, as a
 * school types them, keep every number they hold.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { StatsReport } from "../../src/core/kinds/stats-table";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { saidValues, writeTypedReport, type TypedReport } from "./typed-report";
import { htsd } from "../cli/run-cli";

const dir = mkdtempSync(join(tmpdir(), "htsd-typed-"));
const TODAY = "2025-10-20";

/** What the test's typist does: drop every mark (this is the test's own code, not the product's folding). */
const noMarks = (s: string) => s.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

const NUMBERS: TypedReport["numbers"] = {
  "1": [6], "1.0": [null, 180], "1.1": [2, 60], "1.2": [1, 25], "1.7": [1, 40], "1.9": [1, 35], "1.10": [1, 20],
  "2": [12], "5": [3], "5.5": [2, 300], "5.6": [1, 120], "9.2": [null, 4], "10": [9_000_000], "10.1": [6_000_000], "10.2": [3_000_000],
};

function check(file: string, r: TypedReport) {
  const path = writeTypedReport(dir, file, r);
  return checkFileBytes(file, new Uint8Array(readFileSync(path)), { today: TODAY });
}

/** The rows that hold a number (a row left blank has an empty entry). */
const filled = (r: ReturnType<typeof check>) => Object.fromEntries(Object.entries((r.report as StatsReport).values).filter(([, v]) => Object.keys(v).length > 0));

const errorsOf = (c: ReturnType<typeof check>) => c.problems.filter((p) => p.severity === "error").map((p) => `${p.code} ${JSON.stringify(p.params)}`);

test("labels, units and headings typed without diacritics keep every number", () => {
  const r = check("khong-dau.xlsx", {
    school: "TRUONG TH QUAI CANG",
    parent: "PHONG GD&DT TUAN GIAO",
    dateLine: "Quai Cang, ngay 12 thang 10 nam 2025",
    title: "BAO CAO TONG KET TUAN LE HUONG UNG HOC TAP SUOT DOI",
    label: noMarks,
    unit: (u) => noMarks(u),
    header: [
      ["STT", "Cac hoat dong", "Don vi", "So luong", null, "Ghi chu"],
      [null, null, null, "So lop/so cuoc thi", "Nguoi", null],
    ],
    numbers: NUMBERS,
  });
  expect(errorsOf(r)).toEqual([]);
  const report = r.report as StatsReport;
  expect(filled(r)).toEqual(saidValues(NUMBERS));
  expect(report).toMatchObject({ year: 2025, unit: "TRUONG TH QUAI CANG", parent: "PHONG GD&DT TUAN GIAO", date: "2025-10-12" });
  expect(report.labelRows).toEqual({ matched: 42, unmatched: 0 });
});

test("labels with the usual abbreviations, units in any case, 'ĐVT' for the unit column keep every number", () => {
  const abbreviated: Record<string, string> = {
    "1.1": "Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho CBCCVC (các cấp)",
    "1.2": "BD nâng cao trình độ ngoại ngữ cho CBCCVC (các cấp)",
    "1.7": "Giáo dục kỹ năng sống cho HS",
    "1.9": "Bồi dưỡng thường xuyên cho GV",
    "1.10": "Bồi dưỡng, tập huấn cho CBQL, báo cáo viên Trung tâm học tập cộng đồng",
    "5": "Tổ chức các thi, các buổi tọa đàm về khuyến đọc, khuyến học và xây dựng xã hội học tập",
    "5.5": "Sinh hoạt chuyên đề học tập suốt đời, xây dựng XHHT",
  };
  const units: Record<string, string> = { "1": "Lớp", "1.0": "NGƯỜI", "1.1": "Lớp/Người", "1.2": "LỚP/NGƯỜI", "10": "Đồng", "10.1": "Đồng", "10.2": "VNĐ" };
  const r = check("viet-tat.xlsx", {
    school: "TRƯỜNG THCS QUÀI NƯA",
    dateLine: "Quài Nưa, ngày 11 tháng 10 năm 2025",
    label: (l, code) => abbreviated[code] ?? l,
    unit: (u, code) => units[code] ?? u,
    header: [
      ["TT", "Nội dung hoạt động", "ĐVT", "Số lượng", null, "Ghi chú"],
      [null, null, null, "Số lớp/số cuộc thi", "Người", null],
    ],
    numbers: NUMBERS,
  });
  expect(errorsOf(r)).toEqual([]);
  expect(filled(r)).toEqual(saidValues(NUMBERS));
});

test("a row holding numbers that matches no form row is reported with its label and numbers; the counts say so", () => {
  const r = check("dong-them.xlsx", {
    school: "TRƯỜNG MN MƯỜNG THÍN",
    dateLine: "ngày 10/10/2025",
    numbers: NUMBERS,
    extra: [{ after: "1.13", cells: [null, "Tập huấn phần mềm quản lý thư viện", "lớp/người", 3, 45] }],
  });
  const extra = r.problems.find((p) => p.code === "locate.row.unmatchedWithNumbers");
  expect(extra?.params).toMatchObject({ text: "Tập huấn phần mềm quản lý thư viện", values: "3, 45" });
  expect((r.report as StatsReport).labelRows).toEqual({ matched: 42, unmatched: 1 });
  // Every number of the form's rows is still there; the extra row's are not silently added anywhere.
  expect(filled(r)).toEqual(saidValues(NUMBERS));
});

test("htsd check states the rows matched and not matched, in its text and its JSON", async () => {
  const path = writeTypedReport(dir, "dem-dong.xlsx", { school: "TRƯỜNG TH TA MA", dateLine: "ngày 10/10/2025", numbers: NUMBERS, extra: [{ after: "3", cells: [null, "Dòng ghi thêm", null] }] });
  const text = await htsd(["check", path]);
  expect(text.stdout).toContain("Bảng nhập tay (không có mã dòng): nhận ra 42 dòng của biểu mẫu, 1 dòng không khớp dòng nào.");
  const json = JSON.parse((await htsd(["check", path, "--json"])).stdout);
  expect(json.files[0].labelRows).toEqual({ matched: 42, unmatched: 1 });
});
