/**
 * A statistics report typed by hand the way schools send it: a page header (parent body
 * over the school's name, motto, place and date), a title, a one- or two-row column
 * header, then the form's rows with whatever labels and units the typist wrote. Written
 * by openpyxl; the numbers each row holds are returned so a test computes its expectation
 * from what went into the file, never from what our reader makes of it.
 */
import { join } from "path";
import type { MeasureValues } from "../../src/core/report";
import { STATS_FORM } from "../helpers/raw-from-description";
import { writeWithOpenpyxl, type PyCell } from "../helpers/openpyxl";

export interface TypedReport {
  school: string;
  parent?: string;
  /** The date line under the motto, as typed ("Quài Cang, ngày 10/10/2025"); or a date cell after "Ngày báo cáo:". */
  dateLine?: string;
  dateCell?: string;
  title?: string;
  /** How the typist writes a row's label and unit; default: as printed. */
  label?: (label: string, code: string) => string;
  unit?: (unit: string, code: string) => string;
  header?: PyCell[][];
  /** Numbers by row code: [count, people] or [amount]. */
  numbers: Record<string, (number | null)[]>;
  /** Rows typed in addition, after the row of the given code. */
  extra?: { after: string; cells: PyCell[] }[];
}

export const PRINTED_HEADER: PyCell[][] = [
  ["STT", "Các hoạt động", "Đơn vị", "Số lượng", null, "Ghi chú"],
  [null, null, null, "Số lớp/số cuộc thi", "Người", null],
];

/** What a unit said, by code and measure, from the numbers written. */
export function saidValues(numbers: TypedReport["numbers"]): Record<string, MeasureValues> {
  const out: Record<string, MeasureValues> = {};
  for (const [code, cells] of Object.entries(numbers)) {
    const row = STATS_FORM.rows.find((r) => r.code === code)!;
    const v: MeasureValues = {};
    // Column D takes the count (or the amount), column E the people, as in the printed form.
    for (const m of row.measures) {
      const n = cells[m === "people" ? 1 : 0];
      if (typeof n === "number") v[m] = n;
    }
    out[code] = v;
  }
  return out;
}

export function typedRows(r: TypedReport): PyCell[][] {
  const rows: PyCell[][] = [
    [r.parent ?? "PHÒNG GD&ĐT TUẦN GIÁO", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [r.school, null, null, "Độc lập - Tự do - Hạnh phúc"],
    r.dateCell ? [null, null, null, "Ngày báo cáo:", { date: r.dateCell }] : [null, null, null, r.dateLine ?? null],
    [r.title ?? "BÁO CÁO TỔNG KẾT TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI"],
    ["MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ"],
    ...(r.header ?? PRINTED_HEADER),
  ];
  for (const row of STATS_FORM.rows) {
    const label = r.label ? r.label(row.label, row.code) : row.label;
    const unit = r.unit ? r.unit(row.unit, row.code) : row.unit;
    rows.push([row.stt || null, label, unit || null, ...(r.numbers[row.code] ?? [])]);
    for (const x of r.extra ?? []) if (x.after === row.code) rows.push(x.cells);
  }
  rows.push([], ["Nơi nhận:", null, "HIỆU TRƯỞNG"]);
  return rows;
}

export function writeTypedReport(dir: string, file: string, r: TypedReport): string {
  const path = join(dir, file);
  writeWithOpenpyxl(path, [{ name: "Sheet1", rows: typedRows(r) }]);
  return path;
}
