/**
 * The report outline laid out as the lead described it (the outline layout is not written
 * yet): header fields as on the stats sheet, the marker in G1, then one row per field with
 * STT in A, the label in B, the value in C and the code in the hidden column G.
 */
import { emptySheet, setCell, type RawWorkbook } from "../../../src/core/cells";
import { encodeMarker } from "../../../src/core/meta";
import { OUTLINE_FORM, SheetEditor } from "../../helpers/raw-from-description";

export const OUTLINE_HEADER_ROW = 8;

export function outlineRow(code: string): number {
  return OUTLINE_HEADER_ROW + 1 + OUTLINE_FORM.fields.filter((f) => !f.header).findIndex((f) => f.code === code);
}

export function valueCell(code: string): string {
  return `C${outlineRow(code)}`;
}

export function outlineTemplate(opts: { unit?: string; year?: number } = {}): SheetEditor {
  const year = opts.year ?? 2025;
  const sheet = emptySheet("Báo cáo");
  const put = (row: number, col: number, value: string) => setCell(sheet, row, col, { kind: "string", value });
  put(1, 1, "CƠ QUAN CHỦ QUẢN");
  put(3, 1, "ĐƠN VỊ");
  if (opts.unit) put(4, 1, opts.unit);
  put(5, 1, "Số:      /BC-.......");
  put(5, 3, "Ngày báo cáo:");
  put(1, 7, encodeMarker({ form: "report-outline", version: OUTLINE_FORM.version, year, units: 1 }));
  put(6, 1, OUTLINE_FORM.title);
  put(7, 1, OUTLINE_FORM.subtitle.replace("{year}", String(year)));
  put(OUTLINE_HEADER_ROW, 1, OUTLINE_FORM.columns.stt);
  put(OUTLINE_HEADER_ROW, 2, OUTLINE_FORM.columns.label);
  put(OUTLINE_HEADER_ROW, 3, OUTLINE_FORM.columns.value);
  for (const f of OUTLINE_FORM.fields.filter((x) => !x.header)) {
    const row = outlineRow(f.code);
    if (f.stt) put(row, 1, f.stt);
    put(row, 2, f.label);
    put(row, 7, f.code);
  }
  const wb: RawWorkbook = { sheets: [sheet], definedNames: [{ name: "HTSD_FORM", value: "'Báo cáo'!$G$1" }, { name: "HTSD_UNIT", value: "'Báo cáo'!$A$4" }] };
  return new SheetEditor(wb, sheet);
}

/** Every field answered as a careful school would. */
export function fillOutline(ed: SheetEditor): SheetEditor {
  return ed
    .set(valueCell("1.1"), "Kế hoạch số 12/KH-THCS ngày 20/9/2025")
    .setDate(valueCell("1.3.time"), "2025-10-06")
    .set(valueCell("1.3.place"), "Sân trường")
    .set(valueCell("1.3.form"), "Mít tinh")
    .set(valueCell("1.3.people"), 350)
    .set(valueCell("1.3.assessment"), "Đạt kế hoạch")
    .set(valueCell("1.5.state"), 10_000_000)
    .set(valueCell("1.5.other"), 2_000_000)
    .set(valueCell("3.1"), "Tăng cường tài liệu học tập số")
    .setDate("D5", "2025-10-08");
}
