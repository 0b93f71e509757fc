import { findStatsHeader } from "../../../src/core/kinds/stats-table";
import { matchLabels } from "../../../src/core/locate";
import { foldLabel, foldLabelLoose, foldText, normalizeLabel, normalizeText } from "../../../src/core/text";
import { handTypedSheet, STATS_FORM } from "../../helpers/raw-from-description";

describe("label normalisation", () => {
  test.each([
    ["Xóa mù chữ", "XOÁ  MÙ\nCHỮ"],
    ["Xóa mù chữ", "Xóa mù chữ".normalize("NFD")],
    ["Tọa đàm giới thiệu", "Toạ đàm giới thiệu"],
    ["Tổng số người tham gia, trong đó:", "Tổng số người tham gia trong đó"],
    ["Bồi dưỡng thường xuyên cho giáo viên", "1.9. Bồi dưỡng thường xuyên cho giáo viên"],
    ["Bồi dưỡng thường xuyên cho giáo viên", "- Bồi dưỡng thường xuyên cho giáo viên"],
    ["Bồi dưỡng thường xuyên cho giáo viên", "+ Bồi dưỡng thường xuyên cho giáo viên:"],
    ["Số lớp/số cuộc thi", "Số lớp/ số cuộc thi"],
  ])("%j and %j compare equal", (a, b) => {
    expect(normalizeLabel(b)).toBe(normalizeLabel(a));
  });

  test("abbreviations are written out, and a word that is a name every object inherits stays itself", () => {
    expect(foldLabel("1.1. BD nâng cao trình độ cho CBCCVC")).toBe("boi duong nang cao trinh do cho can bo cong chuc vien chuc");
    expect(foldLabel("Constructor toString valueOf __proto__ hasOwnProperty")).toBe("constructor tostring valueof proto hasownproperty");
    expect(foldText("constructor")).toBe("constructor");
    expect(foldLabelLoose("constructor (gv)")).toBe("constructor");
  });

  test("diacritics still count: 'Người' is not 'Ngươi'", () => {
    expect(normalizeText("Người")).not.toBe(normalizeText("Ngươi"));
  });
});

describe("matching typed labels to the form's", () => {
  const targets = [
    { code: "a.1", label: "Tập thể" },
    { code: "a.2", label: "Cá nhân" },
    { code: "b.1", label: "Tập thể" },
    { code: "b.2", label: "Cá nhân" },
  ];

  test("a label the form holds twice goes to the occurrence that keeps the sheet's order", () => {
    const typed = ["Tập thể", "Cá nhân", "Tập thể", "Cá nhân"].map((text, i) => ({ key: 10 + i, text }));
    expect([...matchLabels(typed, targets)]).toEqual([
      [10, "a.1"],
      [11, "a.2"],
      [12, "b.1"],
      [13, "b.2"],
    ]);
  });

  test("when the first group's row is missing, the second group's row still gets its own code", () => {
    const typed = [{ key: 1, text: "Tập thể" }, { key: 2, text: "Cá nhân" }, { key: 3, text: "Cá nhân" }];
    expect([...matchLabels(typed, targets)]).toEqual([
      [1, "a.1"],
      [2, "a.2"],
      [3, "b.2"],
    ]);
  });

  test("a looser match: without the parenthesised part, or a long enough prefix, when only one label fits", () => {
    const rows = STATS_FORM.rows;
    const typed = [
      { key: 1, text: "Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác" },
      { key: 2, text: "Tổng số người tham gia" },
      { key: 3, text: "Kinh phí" },
      { key: 4, text: "Các lớp" },
    ];
    expect(Object.fromEntries(matchLabels(typed, rows))).toEqual({ 1: "10.2", 2: "1.0", 3: "10" });
  });
});

describe("the stats table's column header", () => {
  test("'Số lượng' over two blank sub-headers: the count column, then the people column", () => {
    const sheet = handTypedSheet("S", [["TT", "Nội dung", "ĐVT", "Số lượng", null, "Ghi chú"], [null, null, null, null, null, null]]).sheet;
    expect(findStatsHeader(sheet, STATS_FORM, 1, 10)).toEqual({ columns: { stt: 1, label: 2, unit: 3, count: 4, people: 5, note: 6 }, firstRow: 1, lastRow: 1 });
  });

  test("columns in another order are found where they are", () => {
    const sheet = handTypedSheet("S", [[], ["Các hoạt động", "STT", "Người", "Số lớp/số cuộc thi", "Đơn vị"]]).sheet;
    expect(findStatsHeader(sheet, STATS_FORM, 1, 10)?.columns).toEqual({ label: 1, stt: 2, people: 3, count: 4, unit: 5 });
  });

  test("no header: nothing found", () => {
    expect(findStatsHeader(handTypedSheet("S", [["Họ tên", "Lớp"]]).sheet, STATS_FORM, 1, 10)).toBeUndefined();
  });
});
