/**
 * A hand-built description shaped like the statistics form (Phụ lục 02): merged title,
 * two-level header, input rows with every kind of validation, totals by formula with
 * cached values, a hidden column of row codes, names, protection and an A4 print setup.
 * Long enough to print on two pages, so the repeated header rows can be seen.
 */
import type { CellDescription, CellStyle, SheetDescription, Validation } from "../../../src/core/sheet";

export const SHEET = "Phụ lục 02";
export const LOG = "Nhật ký";

export const EVIL = {
  hyperlink: '=HYPERLINK("http://x","y")',
  dde: "+cmd|' /C calc'!A0",
  at: "@SUM(1+1)",
  minus: "-2+3",
};

const whole: Validation = {
  type: "whole",
  min: 0,
  prompt: { title: "Số nguyên", text: "Nhập số nguyên không âm." },
  error: { title: "Giá trị không hợp lệ", text: "Ô này chỉ nhận số nguyên lớn hơn hoặc bằng 0." },
};
const reject: Validation = {
  type: "reject",
  error: { title: "Không nhập ô này", text: "Đơn vị tính của dòng này không có chỉ tiêu này." },
};
export const FORMS = ["Mít tinh", "Hoạt động ngoại khóa", "Hoạt động tập thể khác", "Lồng ghép chào cờ đầu tuần"];

const label: CellStyle = { border: true, wrap: true, vertical: "middle" };
const header: CellStyle = { border: true, wrap: true, horizontal: "center", vertical: "middle", fill: "header", font: { bold: true } };
const input: CellStyle = { border: true, fill: "input", numFmt: "#,##0", vertical: "middle" };
const disabled: CellStyle = { border: true, fill: "disabled" };
const total: CellStyle = { border: true, fill: "total", numFmt: "#,##0", font: { bold: true }, vertical: "middle" };

/** [code, label, unit, measures] of the leaf rows, as in the spec. */
const LEAVES: [string, string, string, "cp" | "c" | "p" | "a"][] = [
  ["1.1", "Bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ cho cán bộ, công chức, viên chức (các cấp)", "lớp/người", "cp"],
  ["1.2", "Bồi dưỡng nâng cao trình độ ngoại ngữ cho cán bộ, công chức, viên chức (các cấp)", "lớp/người", "cp"],
  ["1.3", "Bồi dưỡng tập huấn, hướng dẫn về kỹ năng tìm kiếm, khai thác sử dụng thông tin trên mạng internet một cách hiệu quả, an toàn", "lớp/người", "cp"],
  ["1.4", "Bồi dưỡng nâng cao tay nghề cho công nhân lao động", "lớp/người", "cp"],
  ["1.5", "Học nghề cho lao động nông thôn", "lớp/người", "cp"],
  ["1.6", "Nâng cao trình độ văn hóa cho cán bộ công chức cấp xã, người lao động trong các khu công nghiệp", "lớp/người", "cp"],
  ["1.7", "Giáo dục kỹ năng sống cho học sinh", "lớp/người", "cp"],
  ["1.8", "Phổ biến kiến thức khoa học, kiến thức pháp luật cho người lao động", "lớp/người", "cp"],
  ["1.9", "Bồi dưỡng thường xuyên cho giáo viên", "lớp/người", "cp"],
  ["1.10", "Bồi dưỡng, tập huấn cho cán bộ quản lý, báo cáo viên TTHTCĐ", "lớp/người", "cp"],
  ["1.11", "Phổ cập giáo dục (tiểu học, THCS)", "lớp/người", "cp"],
  ["1.12", "Xóa mù chữ", "lớp/người", "cp"],
  ["1.13", "Các lớp bồi dưỡng tập huấn khác", "lớp/người", "cp"],
  ["2", "Số tin bài về các hoạt động của Tuần lễ", "Tin, bài/ cuộc", "c"],
  ["3", "Ấn phẩm thông tin (tờ rơi, áp phích, băng zôn, khẩu hiệu)", "quyển/ tờ", "c"],
  ["4.1", "Số tập thể/ cá nhân tặng sách", "Tập thể/cá nhân", "cp"],
  ["4.2", "Số sách đã huy động tặng các trường học, thư viện", "Quyển", "c"],
  ["5.1", "Tọa đàm giới thiệu nguồn tài nguyên giáo dục mở hữu ích, các chương trình học tập trực tuyến trên cổng thông tin điện tử của đơn vị", "Số buổi", "c"],
  ["5.2", "Trưng bày, triển lãm sách báo, tư liệu", "Số buổi", "c"],
  ["5.3", "Thi tìm hiểu về cộng đồng số, công dân số", "Số cuộc/người", "cp"],
  ["5.4", "Thi tìm hiểu về các kỹ năng, phương pháp, phương tiện xây dựng năng lực tự học trong kỷ nguyên số", "Số cuộc/người", "cp"],
  ["5.5", "Sinh hoạt chuyên đề HTSĐ, xây dựng XHHT", "Số buổi/người", "cp"],
  ["5.6", "Các cuộc thi khác", "Số cuộc/người", "cp"],
  ["6.1", "Hoạt động thể dục thể thao", "Số buổi/người", "cp"],
  ["6.2", "Hoạt động văn nghệ", "Số buổi/người", "cp"],
  ["6.3", "Thăm quan, học tập tại bảo tàng, di tích lịch sử", "Số buổi/người", "cp"],
  ["7.1", "Số đơn vị tổ chức Lễ khai mạc Tuần lễ", "Đơn vị", "c"],
  ["7.2", "Số cơ sở giáo dục tổ chức Lễ khai mạc Tuần lễ", "Trường", "c"],
  ["8", "Tổ chức hội thảo/sinh hoạt chuyên đề", "Cuộc", "c"],
  ["9.1", "Tập thể", "Đơn vị", "c"],
  ["9.2", "Cá nhân", "Người", "p"],
  ["10.1", "Ngân sách nhà nước", "đồng", "a"],
  ["10.2", "Kinh phí hỗ trợ, huy động từ các nguồn hợp pháp khác (nếu có)", "đồng", "a"],
];

export const FIRST_LEAF = 13;
const NOTES = [EVIL.hyperlink, EVIL.at, EVIL.minus];
export const LAST_LEAF = FIRST_LEAF + LEAVES.length - 1;
export const NOTE_ROW = LAST_LEAF + 1;
/** Rows of the part 1 leaves (1.1–1.13), summed by the totals of rows 11 and 12. */
export const PART1 = { from: FIRST_LEAF, to: FIRST_LEAF + 12 };
export const CACHED = { count: 17, people: 412 };

export function formSheet(): SheetDescription {
  const cells: CellDescription[] = [];
  const put = (row: number, col: number, value: CellDescription["value"], style?: CellStyle, extra: Partial<CellDescription> = {}) =>
    cells.push({ row, col, value, style, ...extra });

  put(1, 1, "TÊN CƠ QUAN, TỔ CHỨC:", { font: { bold: true } });
  put(1, 4, EVIL.dde, input, { locked: false }); // a unit's name straight from a submission
  put(2, 1, "Ngày báo cáo:");
  put(2, 4, null, { ...input, numFmt: "dd/mm/yyyy" }, {
    locked: false,
    validation: { type: "date", min: "2025-10-01", max: "2025-10-15", prompt: { title: "Ngày", text: "Nhập ngày báo cáo." }, error: { title: "Ngày không hợp lệ", text: "Ngày báo cáo phải trong khoảng 01/10/2025 – 15/10/2025." } },
  });
  put(3, 1, "Hình thức tổ chức:");
  put(3, 4, null, input, { locked: false, validation: { type: "list", values: FORMS, error: { title: "Chọn trong danh sách", text: "Chọn một hình thức trong danh sách." } } });
  put(5, 1, "MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ", { font: { bold: true, size: 14 }, horizontal: "center", wrap: true });
  put(6, 1, "HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2025", { font: { italic: true }, horizontal: "center" });

  const heads: [number, number, string][] = [[9, 1, "STT"], [9, 2, "Các hoạt động"], [9, 3, "Đơn vị"], [9, 4, "Số lượng"], [10, 4, "Số lớp/số cuộc thi"], [10, 5, "Người"], [9, 6, "Ghi chú"], [9, 7, "Mã"]];
  for (const [r, c, text] of heads) put(r, c, text, header);
  for (const [r, c] of [[10, 1], [10, 2], [10, 3], [9, 5], [10, 6], [10, 7]] as const) put(r, c, null, header);

  put(11, 1, 1, { ...label, horizontal: "center" });
  put(11, 2, "Các lớp bồi dưỡng, tập huấn tổ chức trong Tuần lễ", { ...label, font: { bold: true } });
  put(11, 3, "lớp", label);
  put(11, 4, null, total, { formula: `SUM(D${PART1.from}:D${PART1.to})`, cached: CACHED.count });
  put(11, 5, null, disabled, { validation: reject });
  put(11, 6, null, { ...label, fill: "input" }, { locked: false });
  put(11, 7, "1");
  put(12, 1, null, label);
  put(12, 2, "Tổng số người tham gia, trong đó:", { ...label, font: { italic: true } });
  put(12, 3, "người", label);
  put(12, 4, null, disabled, { validation: reject });
  put(12, 5, null, total, { formula: `SUM(E${PART1.from}:E${PART1.to})`, cached: CACHED.people });
  put(12, 6, null, { ...label, fill: "input" }, { locked: false });
  put(12, 7, "1.0");

  LEAVES.forEach(([code, text, unit, m], i) => {
    const r = FIRST_LEAF + i;
    put(r, 1, null, label);
    put(r, 2, text, { ...label, indent: 1 });
    put(r, 3, unit, { ...label, horizontal: "center" });
    const count = m === "cp" || m === "c" || m === "a";
    const people = m === "cp" || m === "p";
    put(r, 4, null, count ? input : disabled, count ? { locked: false, validation: whole } : { validation: reject });
    put(r, 5, null, people ? input : disabled, people ? { locked: false, validation: whole } : { validation: reject });
    // Notes typed by schools, the first few of which look like formulas.
    put(r, 6, NOTES[i] ?? null, { ...label, fill: "input" }, { locked: false });
    put(r, 7, code);
  });
  put(NOTE_ROW, 1, 11, { ...label, horizontal: "center" });
  put(NOTE_ROW, 2, "Các nội dung khác (nếu có)", label);
  put(NOTE_ROW, 3, null, label);
  put(NOTE_ROW, 4, null, disabled, { validation: reject });
  put(NOTE_ROW, 5, null, disabled, { validation: reject });
  put(NOTE_ROW, 6, null, { ...label, fill: "input" }, { locked: false });
  put(NOTE_ROW, 7, "11");

  const rowHeights = [{ row: 5, height: 36 }, { row: 9, height: 20 }, { row: 10, height: 33 }, ...LEAVES.map((_, i) => ({ row: FIRST_LEAF + i, height: 33 }))];

  return {
    name: SHEET,
    columns: [
      { col: 1, width: 6 },
      { col: 2, width: 50 },
      { col: 3, width: 14 },
      { col: 4, width: 12 },
      { col: 5, width: 12 },
      { col: 6, width: 20 },
      { col: 7, width: 8, hidden: true },
    ],
    rowHeights,
    cells,
    merges: ["A1:C1", "D1:F1", "A2:C2", "A3:C3", "A5:F5", "A6:F6", "A9:A10", "B9:B10", "C9:C10", "D9:E9", "F9:F10", "G9:G10"],
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: [9, 10],
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printArea: `A1:F${NOTE_ROW}`,
      horizontalCentered: true,
    },
    protect: true,
    freeze: { row: 11, col: 3 },
    gridlines: false,
    definedNames: [
      { name: "HTSD_Codes", formula: `$G$11:$G$${NOTE_ROW}` },
      { name: "HTSD_Inputs", formula: `'${SHEET}'!$D$${FIRST_LEAF}:$E$${LAST_LEAF}` },
      { name: "HTSD_Form", formula: '"stats-table"' },
      { name: "HTSD_Year", formula: "2025" },
    ],
  };
}

/** A second, plain sheet: a log with a filter, to check tab selection and the filter. */
export function logSheet(): SheetDescription {
  const cells: CellDescription[] = [
    { row: 1, col: 1, value: "Tệp", style: { font: { bold: true }, border: true, fill: "header" } },
    { row: 1, col: 2, value: "Thông báo", style: { font: { bold: true }, border: true, fill: "header" } },
    { row: 2, col: 1, value: "truong-a.xlsx" },
    { row: 2, col: 2, value: EVIL.hyperlink },
    { row: 3, col: 1, value: "truong-b.xlsx" },
    { row: 3, col: 2, value: 42 },
  ];
  return { name: LOG, columns: [{ col: 1, width: 30 }, { col: 2, width: 60 }], cells, merges: [], autoFilter: "A1:B3", freeze: { row: 2, col: 1 } };
}
