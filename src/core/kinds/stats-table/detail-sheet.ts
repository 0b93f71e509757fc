/**
 * Chi tiết for the statistics table: one line per accepted unit, one column per (row
 * code, measure) the form carries, numbers as plain values. Tổng hợp sums these columns,
 * so a consolidator who corrects one school's figure here sees the summary follow.
 */
import { a1 } from "../../cells";
import type { StatsRow, StatsTableForm } from "./schema";
import { quoteSheet } from "../../layout";
import { message } from "../../messages";
import { withTotals } from "./totals";
import { isStatsReport, type StatsConsolidation, type StatsReport } from "./types";
import { wrappedHeight } from "../../layout/row-height";
import type { CellDescription, SheetDescription } from "../../sheet";
import type { Measure } from "../../units";
import { D, excelSerial, tablePage } from "../../consolidate";

/** Two header rows (code and label above, measure below), then one row per unit. */
export const DETAIL_FIRST_ROW = 3;
const FIXED = { stt: 1, unit: 2, file: 3, date: 4, units: 5 } as const;

export interface DetailColumn {
  code: string;
  measure: Measure;
  col: number;
}

export function statsDetailColumns(form: StatsTableForm): DetailColumn[] {
  const out: DetailColumn[] = [];
  for (const row of form.rows) for (const measure of row.measures) out.push({ code: row.code, measure, col: FIXED.units + 1 + out.length });
  return out;
}

/** The column of one (code, measure) over every unit's line: what a summary cell sums. */
export function detailRange(sheet: string, col: number, units: number): string {
  return `${quoteSheet(sheet)}!${absolute(a1(DETAIL_FIRST_ROW, col))}:${absolute(a1(DETAIL_FIRST_ROW + units - 1, col))}`;
}

function absolute(ref: string): string {
  return ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** The measure's part of the row's unit: "lớp/người" → "lớp" above counts, "người" above people. */
export function measureLabel(row: StatsRow, measure: Measure): string {
  const parts = row.unit.split("/").map((s) => s.trim());
  if (row.measures.length === 2 && parts.length === 2) return measure === "count" ? parts[0]! : parts[1]!;
  return row.unit;
}

/** The official label cut at a word near 40 characters, so that a column header stays readable. */
export function shortLabel(label: string, max = 40): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, "") + "…";
}

/** A unit's notes, each after its row code, kept whole: the summary's Ghi chú points here. */
function notesText(report: StatsReport): string {
  return Object.entries(report.notes)
    .filter(([, t]) => t.trim() !== "")
    .map(([code, t]) => `${code}: ${t}`)
    .join("\n");
}

export function statsDetailSheet(c: StatsConsolidation, form: StatsTableForm, name: string): SheetDescription {
  const cells: CellDescription[] = [];
  const merges: string[] = [];
  const columns = statsDetailColumns(form);
  const notesCol = FIXED.units + columns.length + 1;
  const accepted = c.files.flatMap((f) => (f.status === "accepted" && f.report && isStatsReport(f.report) ? [{ file: f.file, report: f.report }] : []));

  const fixedHead: [number, string][] = [
    [FIXED.stt, message("consolidate.detail.stt")],
    [FIXED.unit, message("consolidate.detail.unit")],
    [FIXED.file, message("consolidate.detail.file")],
    [FIXED.date, message("consolidate.detail.date")],
    [FIXED.units, message("consolidate.detail.unitsCovered")],
    [notesCol, message("consolidate.detail.notes")],
  ];
  for (const [col, text] of fixedHead) {
    cells.push({ row: 1, col, value: text, style: D.head }, { row: 2, col, value: null, style: D.head });
    merges.push(`${a1(1, col)}:${a1(2, col)}`);
  }
  for (const row of form.rows) {
    const own = columns.filter((d) => d.code === row.code);
    if (own.length === 0) continue;
    const first = own[0]!.col;
    own.forEach((d, i) => cells.push({ row: 1, col: d.col, value: i === 0 ? `${row.code}. ${shortLabel(row.label)}` : null, style: D.head }));
    if (own.length > 1) merges.push(`${a1(1, first)}:${a1(1, own[own.length - 1]!.col)}`);
    for (const d of own) cells.push({ row: 2, col: d.col, value: measureLabel(row, d.measure), style: D.head });
  }

  accepted.forEach((f, i) => {
    const r = DETAIL_FIRST_ROW + i;
    const report = f.report;
    const date = excelSerial(report.date);
    cells.push(
      { row: r, col: FIXED.stt, value: i + 1, style: D.center },
      { row: r, col: FIXED.unit, value: report.unit, style: D.text },
      { row: r, col: FIXED.file, value: f.file, style: D.text },
      date !== undefined ? { row: r, col: FIXED.date, value: date, style: D.date } : { row: r, col: FIXED.date, value: report.date ?? null, style: D.date },
      { row: r, col: FIXED.units, value: report.unitsCovered, style: D.number },
    );
    // The totals as they are summed: Tổng hợp's total rows are this column's sums.
    const values = withTotals(form, report.values);
    for (const d of columns) {
      const v = values[d.code]?.[d.measure];
      cells.push({ row: r, col: d.col, value: typeof v === "number" ? v : null, style: D.number });
    }
    const notes = notesText(report);
    cells.push({ row: r, col: notesCol, value: notes === "" ? null : notes, style: D.text });
  });

  const last = DETAIL_FIRST_ROW + Math.max(accepted.length, 1) - 1;
  const heights = accepted.map((f, i) => ({ row: DETAIL_FIRST_ROW + i, height: Math.min(409, Math.max(wrappedHeight(f.report.unit, 30), wrappedHeight(f.file, 22), wrappedHeight(notesText(f.report), 40))) }));
  return {
    name,
    columns: [
      { col: FIXED.stt, width: 5 },
      { col: FIXED.unit, width: 30 },
      { col: FIXED.file, width: 22 },
      { col: FIXED.date, width: 12 },
      { col: FIXED.units, width: 8 },
      ...columns.map((d) => ({ col: d.col, width: 12 })),
      { col: notesCol, width: 40 },
    ],
    rowHeights: [{ row: 1, height: 75 }, ...heights],
    cells,
    merges,
    // One column per measure is too wide to shrink onto one page: it prints across pages,
    // the unit's name and the header rows repeated on each, at a scale that keeps 11 pt readable.
    page: { ...tablePage(), repeatRows: [1, 2], repeatCols: [FIXED.stt, FIXED.unit], printArea: `A1:${a1(last, notesCol)}` },
    protect: false,
    freeze: { row: DETAIL_FIRST_ROW, col: FIXED.units + 1 },
    gridlines: true,
    autoFilter: `A2:${a1(last, notesCol)}`,
  };
}
