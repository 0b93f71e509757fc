/**
 * Descriptions that use every feature a sheet description has, for holding the two writers
 * equal: styles of every kind, locks, merges (one whose top-left cell is not described),
 * widths (the default 9, 0, hidden), heights, validations of each type (a list long enough
 * to need the hidden list column, one with a comma), local and global names and constants,
 * print setup in both modes, breaks, footer, filters under protection, views, and a lower
 * part made by `rows()` as it is written.
 */
import type { CellDescription, CellStyle, SheetDescription } from "../../../src/core/sheet";

const border: CellStyle = { border: true, wrap: true, vertical: "middle" };
const head: CellStyle = { border: true, horizontal: "center", vertical: "middle", fill: "header", font: { bold: true, size: 13 } };
const money: CellStyle = { border: true, fill: "input", numFmt: "#,##0", indent: 1 };
const odd: CellStyle = { font: { italic: true, underline: true, color: "c00000" }, fill: "total", numFmt: "0.00%", horizontal: "right", vertical: "bottom" };
const dated: CellStyle = { numFmt: "dd/mm/yyyy", fill: "disabled", vertical: "top" };
const error = { title: "Sai", text: "Giá trị không hợp lệ." };
const UNITS = Array.from({ length: 30 }, (_, i) => `Trường số ${i + 1}, xã Quài Cang`);

export const FEATURES = "Đủ thứ";
export const STREAMED = "Chi tiết dài";

export function everyFeatureSheet(): SheetDescription {
  const cells: CellDescription[] = [
    { row: 1, col: 1, value: "Tiêu đề gộp ô", style: head },
    // D1, the top-left cell of D1:F1, is not described; E1 inside it is, with a look of its own.
    { row: 1, col: 5, style: border },
    { row: 3, col: 1, value: 42, style: money, locked: false, validation: { type: "whole", min: 0, max: 1_000_000, prompt: { title: "Số nguyên dài hơn ba mươi hai ký tự cho phép", text: "Nhập số." }, error } },
    { row: 3, col: 2, value: -0, style: odd },
    { row: 3, col: 3, value: 1e308, style: odd },
    { row: 3, col: 4, value: 0.1 + 0.2, style: odd },
    { row: 3, col: 5, value: true, style: border },
    { row: 3, col: 6, value: false },
    { row: 4, col: 1, formula: "SUM(A3:D3)", cached: 42, style: money },
    { row: 4, col: 2, formula: '=IF(A3>0,"có","không")', cached: "có", style: border },
    { row: 4, col: 3, formula: "A3*2" },
    { row: 4, col: 4, formula: "A3&\"x\"", cached: "" },
    { row: 5, col: 1, value: "Ngày", style: dated, locked: false, validation: { type: "date", min: "2025-10-01", max: "2025-10-15", prompt: { title: "Ngày", text: "Nhập ngày." }, error } },
    { row: 5, col: 2, locked: false, style: money, validation: { type: "list", values: ["Có", "Không"], error } },
    { row: 5, col: 3, locked: false, style: money, validation: { type: "list", values: UNITS, error, prompt: { title: "Đơn vị", text: "Chọn đơn vị." } } },
    { row: 5, col: 4, locked: false, validation: { type: "list", values: ["a,b", "c"], error } },
    { row: 5, col: 5, style: money, validation: { type: "reject", error } },
    { row: 6, col: 1, value: "  khoảng trắng đầu và cuối  ", style: border },
    { row: 6, col: 2, value: "dòng 1\ndòng 2\r\ndòng 3\ttab", style: border },
    { row: 6, col: 3, value: "ký tự điều khiển\u0000\u0001\u0008\u000B\u000C\u001F\u007F hết", style: border },
    { row: 6, col: 4, value: "_x000D_ và _x0041_ như chữ", style: border },
    { row: 6, col: 5, value: "nửa cặp \uD800 và \uDC00, cặp đủ 😀", style: border },
    { row: 6, col: 6, value: "<b>&amp;\"'</b>", style: border },
    { row: 7, col: 1, value: "=HYPERLINK(\"http://x\",\"y\")", style: border },
    { row: 7, col: 2, value: "" },
    { row: 7, col: 3, value: 123456789012345, style: money },
    { row: 7, col: 4, value: -1.5e-7 },
    { row: 7, col: 5, value: 2 ** 53 + 2 },
  ];
  return {
    name: FEATURES,
    columns: [
      { col: 1, width: 30 },
      { col: 2, width: 9 },
      { col: 3, width: 12 },
      { col: 4, width: 12 },
      { col: 5, width: 0 },
      { col: 6, width: 9, hidden: true },
      { col: 8, width: 15, hidden: true },
    ],
    rowHeights: [
      { row: 1, height: 30 },
      { row: 2, height: 6 },
      { row: 7, height: 0 },
      { row: 12, height: 22.5 },
    ],
    cells,
    merges: ["A1:C2", "D1:F1"],
    page: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      scale: 71,
      repeatRows: [1, 2],
      repeatCols: [1, 2],
      margins: { left: 1.2, right: 0.7, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      printArea: "A1:F12",
      horizontalCentered: true,
      rowBreaks: [4, 9],
      footer: '&C&"Times New Roman"&10Trang &P/&N <ký hiệu & "ngoặc">',
      blackAndWhite: true,
    },
    protect: true,
    freeze: { row: 3, col: 2 },
    definedNames: [
      { name: "HTSD_Form", formula: '"stats-table"' },
      { name: "HTSD_Year", formula: "2025" },
      { name: "HTSD_Inputs", formula: "A3:C5" },
      { name: "HTSD_One", formula: "A3" },
      { name: "HTSD_Local", formula: "B4", local: true },
      { name: "HTSD_Here", formula: `'${FEATURES}'!$E$3:$E$4`, local: true },
    ],
    gridlines: false,
    autoFilter: "A3:F7",
  };
}

/** Upper rows in `cells`, the many lower ones from `rows()`, with a merge and heights among them. */
export function streamedSheet(units = 300): SheetDescription {
  const heading: CellStyle = { border: true, fill: "header", font: { bold: true } };
  const cell: CellStyle = { border: true };
  const number: CellStyle = { border: true, numFmt: "#,##0" };
  return {
    name: STREAMED,
    columns: [
      { col: 1, width: 6 },
      { col: 2, width: 30 },
      { col: 3, width: 12 },
      { col: 4, width: 12 },
    ],
    rowHeights: [{ row: 1, height: 33 }, { row: 50, height: 40 }, { row: units + 10, height: 20 }],
    cells: [
      { row: 2, col: 2, value: "Đơn vị", style: heading },
      { row: 1, col: 1, value: "STT", style: heading },
      { row: 2, col: 3, value: "Số", style: heading },
      { row: 1, col: 2, value: "Chi tiết theo đơn vị", style: heading },
      { row: 2, col: 4, value: "Tiền", style: heading },
    ],
    *rows() {
      for (let i = 0; i < units; i++) {
        const row = i + 3;
        // Columns out of order within a row, as a maker may give them.
        yield { row, col: 3, value: i * 7, style: number };
        yield { row, col: 1, value: i + 1, style: cell };
        yield { row, col: 2, value: `Trường ${i % 40} — ${i}`, style: cell };
        yield { row, col: 4, formula: `C${row}*1000`, cached: i * 7000, style: number };
      }
      yield { row: units + 4, col: 1, value: "Cộng", style: heading };
      yield { row: units + 4, col: 3, formula: `SUM(C3:C${units + 2})`, cached: 7 * ((units - 1) * units) / 2, style: number };
    },
    merges: ["B1:D1", `A${units + 4}:B${units + 4}`],
    page: { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: [1, 2] },
    freeze: { row: 3, col: 1 },
    autoFilter: `A2:D${units + 2}`,
  };
}
