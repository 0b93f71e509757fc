import { getForm } from "../../../src/core/kinds";
import { statsTableSheet, rowOf, STATS_COLS, STATS_HEADER } from "../../../src/core/kinds/stats-table";
import { decodeMarker } from "../../../src/core/meta";
import type { CellDescription } from "../../../src/core/sheet";

const form = getForm("stats-table")!;
const sheet = statsTableSheet({ form, year: 2025, sheetName: "Số liệu Tuần lễ", unit: "Trường THCS Quài Cang", parent: "Phòng GD&ĐT Tuần Giáo" });
const at = (row: number, col: number): CellDescription | undefined => sheet.cells.find((c) => c.row === row && c.col === col);

describe("stats-table sheet description", () => {
  it("opens with the administrative header and the title with the year", () => {
    const texts = sheet.cells.filter((c) => typeof c.value === "string").map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(["CƠ QUAN CHỦ QUẢN", "ĐƠN VỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO TỔNG KẾT TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2025", "LÃNH ĐẠO ĐƠN VỊ", "Trường THCS Quài Cang", "Phòng GD&ĐT Tuần Giáo"]));
    expect(at(STATS_HEADER.head2, STATS_COLS.count)?.value).toBe("Số lớp/số cuộc thi");
    expect(at(STATS_HEADER.head1, STATS_COLS.count)?.value).toBe("Số lượng");
    expect(sheet.merges).toContain("D11:E11");
  });

  it("lets the unit of measure decide which cells take numbers", () => {
    for (const row of form.rows) {
      const r = rowOf(form, row.code);
      const d = at(r, STATS_COLS.count)!;
      const e = at(r, STATS_COLS.people)!;
      const takesD = row.measures.includes("count") || row.measures.includes("amount");
      const takesE = row.measures.includes("people");
      for (const [cell, takes] of [[d, takesD], [e, takesE]] as const) {
        if (!takes) {
          expect(cell.validation?.type).toBe("reject");
          expect(cell.locked).toBe(true);
          expect(cell.style?.fill).toBe("disabled");
        } else if (row.kind === "total") {
          expect(cell.formula).toMatch(/^IF\(COUNT\(/);
          expect(cell.locked).not.toBe(false);
        } else {
          expect(cell.validation).toMatchObject({ type: "whole", min: 0 });
          expect(cell.locked).toBe(false);
        }
      }
      expect(at(r, STATS_COLS.code)?.value).toBe(row.code);
    }
  });

  it("writes the totals as formulas over their parts", () => {
    expect(at(rowOf(form, "1"), STATS_COLS.count)?.formula).toBe('IF(COUNT(D15:D27)=0,"",SUM(D15:D27))');
    expect(at(rowOf(form, "1.0"), STATS_COLS.people)?.formula).toBe('IF(COUNT(E15:E27)=0,"",SUM(E15:E27))');
    expect(at(rowOf(form, "10"), STATS_COLS.count)?.formula).toBe('IF(COUNT(D52:D53)=0,"",SUM(D52:D53))');
  });

  it("carries the hidden marker, code column and defined names", () => {
    expect(decodeMarker(String(at(1, STATS_COLS.code)?.value))).toEqual({ form: "stats-table", version: 1, year: 2025, units: 1 });
    expect(sheet.columns.find((c) => c.col === STATS_COLS.code)?.hidden).toBe(true);
    expect(sheet.definedNames).toEqual([
      { name: "HTSD_FORM", formula: "'Số liệu Tuần lễ'!$G$1", local: true },
      { name: "HTSD_UNIT", formula: "'Số liệu Tuần lễ'!$A$4", local: true },
    ]);
  });

  it("prints on A4, one page wide, with the header rows repeated, and is protected", () => {
    expect(sheet.page).toMatchObject({ paper: "A4", fitToWidth: true, repeatRows: [11, 12] });
    expect(sheet.protect).toBe(true);
    const fonts = sheet.cells.map((c) => c.style?.font?.size).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(100);
  });

  it("writes the date line as a formula of the date cell, not TEXT()", () => {
    const line = at(STATS_HEADER.dateLine.row, STATS_HEADER.dateLine.col)!;
    expect(line.formula).toContain("DAY(D5)");
    expect(line.formula).not.toContain("TEXT(");
    expect(line.cached).toBe(".................., ngày      tháng 10 năm 2025");
  });
});
