/** Units' notes travel up: Chi tiết keeps each whole, Tổng hợp's Ghi chú gathers them by unit. */
import { consolidate, summarySheets } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import { rowOf, STATS_COLS } from "../../../src/core/kinds/stats-table";
import { NOTE_CELL_MAX } from "../../../src/core/kinds/stats-table/notes";
import { eachCell } from "../../../src/core/sheet";
import { OPTS, STATS, checked, statsReport } from "./fixtures";

const long = "Tổ chức thêm hai buổi giao lưu đọc sách với phụ huynh, mời nhà văn địa phương tham dự và tặng sách cho thư viện trường";

function sheetsFor(notes: Record<string, Record<string, string>>) {
  const files = Object.entries(notes).map(([unit, n]) => checked(statsReport(unit, { "2": { count: 1 } }, { notes: n })));
  const [summary, detail] = summarySheets(consolidate(files, OPTS), defaultSheetNames(), { date: "2025-10-12" });
  return { summary: summary!, detail: detail! };
}

const noteAt = (s: { cells: { row: number; col: number; value?: unknown }[] }, code: string) => s.cells.find((c) => c.row === rowOf(STATS, code) && c.col === STATS_COLS.note)?.value;

it("gathers each unit's note of a row, row 11 included, named by unit", () => {
  const { summary } = sheetsFor({ "Trường TH A": { "2": "Có 3 tin trên cổng xã", "11": "Thi vẽ tranh" }, "Trường THCS B": { "11": "Ngày hội đọc sách" } });
  expect(noteAt(summary, "2")).toBe("Trường TH A: Có 3 tin trên cổng xã");
  expect(noteAt(summary, "11")).toBe("Trường TH A: Thi vẽ tranh\nTrường THCS B: Ngày hội đọc sách");
});

it("cuts what is too long for a cell with a pointer to Chi tiết, which keeps every note whole", () => {
  const { summary, detail } = sheetsFor({ "Trường TH A": { "11": long }, "Trường THCS B": { "11": long }, "Trường MN C": { "11": "Ngắn" } });
  const cell = String(noteAt(summary, "11"));
  expect(cell.length).toBeLessThanOrEqual(NOTE_CELL_MAX);
  expect(cell.endsWith("(xem trang Chi tiết)")).toBe(true);
  for (const unit of ["Trường TH A", "Trường THCS B", "Trường MN C"]) {
    expect([...eachCell(detail)].some((c) => c.value === unit)).toBe(true);
  }
  expect([...eachCell(detail)].filter((c) => typeof c.value === "string" && c.value.includes(`11: ${long}`))).toHaveLength(2);
});
