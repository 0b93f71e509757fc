/** The expected list and the alias list, read from what consolidators paste or keep. */
import { emptySheet, setCell, type RawSheet } from "../../../src/core/cells";
import { aliasesFromSheet, aliasesFromText, expectedFromSheet, expectedFromText } from "../../../src/core/roster";

function sheetOf(rows: (string | number | null)[][]): RawSheet {
  const s = emptySheet("Danh sách");
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && setCell(s, r + 1, c + 1, typeof v === "number" ? { kind: "number", value: v } : { kind: "string", value: v })));
  return s;
}

test("a sheet without a heading row: a title above, STT numbers, names in the second column, a count below", () => {
  const s = sheetOf([["CÁC TRƯỜNG HỌC TRÊN ĐỊA BÀN XÃ QUÀI CANG"], [1, "Trường Tiểu học Quài Cang"], [2, "Trường THCS Quài Cang"], [3, "Trường Mầm non Quài Cang"], [null, "Tổng cộng: 3 trường"]]);
  expect(expectedFromSheet(s)).toEqual(["Trường Tiểu học Quài Cang", "Trường THCS Quài Cang", "Trường Mầm non Quài Cang"]);
});

test("a sheet whose heading row names the column: 'Ghi chú' and other columns are not names", () => {
  const s = sheetOf([["DANH SÁCH"], [], ["STT", "Xã", "Tên trường", "Ghi chú"], [1, "Quài Cang", "Trường TH Quài Cang", "Nộp bản giấy"], [2, "Quài Nưa", "Trường THCS Quài Nưa", null]]);
  expect(expectedFromSheet(s)).toEqual(["Trường TH Quài Cang", "Trường THCS Quài Nưa"]);
});

test("a plain list keeps a name holding a comma whole; each name once whatever its case", () => {
  expect(expectedFromText("Trường Mầm non Hoa Sen, xã Quài Cang\nTrường THCS Quài Nưa\nTRƯỜNG THCS QUÀI NƯA\n# ghi chú\n")).toEqual(["Trường Mầm non Hoa Sen, xã Quài Cang", "Trường THCS Quài Nưa"]);
});

test("aliases: '=>' lines, Tab-separated pairs, comments and a heading; a line that is no pair is told back", () => {
  const read = aliasesFromText("\uFEFF# tên gửi => tên trong danh sách\nTên gửi => Tên trong danh sách\nTH Ta Ma =>  Trường Tiểu học Ta Ma\nTHCS Quai Nua\tTrường THCS Quài Nưa\nchỉ một tên\n\n");
  expect(read).toEqual({
    aliases: [
      { from: "TH Ta Ma", to: "Trường Tiểu học Ta Ma" },
      { from: "THCS Quai Nua", to: "Trường THCS Quài Nưa" },
    ],
    unread: ["chỉ một tên"],
  });
  expect(aliasesFromSheet(sheetOf([["Tên gửi", "Tên trong danh sách"], [1, "TH Ta Ma", "Trường Tiểu học Ta Ma"]])).aliases).toEqual([{ from: "TH Ta Ma", to: "Trường Tiểu học Ta Ma" }]);
});
