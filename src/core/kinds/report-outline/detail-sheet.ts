/**
 * Chi tiết for the report outline: one line per accepted unit with every field. Choices
 * are written as the form spells them, so that Tổng hợp's COUNTIF counts exactly what the
 * engine counted; numbers and dates as values a spreadsheet can sum and sort.
 */
import { a1 } from "../../cells";
import type { OutlineField, ReportOutlineForm } from "./schema";
import { message } from "../../messages";
import { isOutlineReport, type FieldValue, type OutlineConsolidation } from "./types";
import type { CellDescription, SheetDescription } from "../../sheet";
import { matchChoice, D, excelSerial, tablePage } from "../../consolidate";
import { wrappedHeight } from "../../layout/row-height";
import { text } from "./sum";

export const OUTLINE_DETAIL_FIRST_ROW = 2;
const FIXED = { stt: 1, unit: 2, file: 3 } as const;

/** The unit's name is the line's own column; every other field follows in the form's order. */
export function outlineDetailColumns(form: ReportOutlineForm): { field: OutlineField; col: number }[] {
  return form.fields.filter((f) => f.code !== "org.name").map((field, i) => ({ field, col: FIXED.file + 1 + i }));
}

export function outlineDetailSheet(c: OutlineConsolidation, form: ReportOutlineForm, name: string): SheetDescription {
  const cols = outlineDetailColumns(form);
  const lastCol = cols[cols.length - 1]!.col;
  const cells: CellDescription[] = [
    { row: 1, col: FIXED.stt, value: message("consolidate.detail.stt"), style: D.head },
    { row: 1, col: FIXED.unit, value: message("consolidate.detail.unit"), style: D.head },
    { row: 1, col: FIXED.file, value: message("consolidate.detail.file"), style: D.head },
    ...cols.map(({ field, col }) => ({ row: 1, col, value: field.label, style: D.head })),
  ];
  const accepted = c.files.flatMap((f) => (f.status === "accepted" && f.report && isOutlineReport(f.report) ? [{ file: f.file, report: f.report }] : []));
  accepted.forEach((f, i) => {
    const row = OUTLINE_DETAIL_FIRST_ROW + i;
    const report = f.report;
    cells.push({ row, col: FIXED.stt, value: i + 1, style: D.center }, { row, col: FIXED.unit, value: report.unit, style: D.text }, { row, col: FIXED.file, value: f.file, style: D.text });
    for (const { field, col } of cols) cells.push({ row, col, ...fieldCell(field, report.fields[field.code]) });
  });
  const last = OUTLINE_DETAIL_FIRST_ROW + Math.max(accepted.length, 1) - 1;
  return {
    name,
    columns: [
      { col: FIXED.stt, width: 5 },
      { col: FIXED.unit, width: 30 },
      { col: FIXED.file, width: 22 },
      ...cols.map(({ field, col }) => ({ col, width: widthOf(field) })),
    ],
    // Texts wrap in rows as tall as their longest text, up to Excel's tallest row.
    rowHeights: [{ row: 1, height: 60 }, ...accepted.map((f, i) => ({ row: OUTLINE_DETAIL_FIRST_ROW + i, height: Math.min(409, Math.max(wrappedHeight(f.report.unit, 30), wrappedHeight(f.file, 22), ...cols.map(({ field }) => wrappedHeight(text(f.report.fields[field.code]) ?? "", widthOf(field))))) }))],
    cells,
    merges: [],
    // The unit's name and the header on every page, at a scale that keeps 11 pt text readable.
    page: { ...tablePage(), repeatRows: [1, 1], repeatCols: [FIXED.stt, FIXED.unit], printArea: `A1:${a1(last, lastCol)}` },
    protect: false,
    freeze: { row: OUTLINE_DETAIL_FIRST_ROW, col: FIXED.file + 1 },
    gridlines: true,
    autoFilter: `A1:${a1(last, lastCol)}`,
  };
}

function widthOf(field: OutlineField): number {
  return field.type === "text" ? 36 : field.type === "choice" ? 20 : 14;
}

function fieldCell(field: OutlineField, v: FieldValue | undefined): Pick<CellDescription, "value" | "style"> {
  const t = text(v);
  if (t === undefined) return { value: null, style: field.type === "date" ? D.date : field.type === "whole" || field.type === "money" ? D.number : D.text };
  if ((field.type === "whole" || field.type === "money") && typeof v === "number") return { value: v, style: D.number };
  if (field.type === "date") {
    const serial = excelSerial(t);
    if (serial !== undefined) return { value: serial, style: D.date };
  }
  if (field.type === "choice") return { value: matchChoice(field.choices ?? [], t) ?? t, style: D.text };
  return { value: t, style: D.text };
}
