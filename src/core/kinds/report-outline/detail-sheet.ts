/**
 * Chi tiết for the report outline: one line per accepted unit with every field. Choices
 * are written as the form spells them, so that Tổng hợp's COUNTIF counts exactly what the
 * engine counted; numbers and dates as values a spreadsheet can sum and sort.
 *
 * Printed one landscape page wide: the fields come in bands stacked down the sheet (see
 * bands.ts), each band the STT and unit again beside a run of fields; the units' lines are
 * made as they are written, never held as cells.
 */
import { a1 } from "../../cells";
import type { OutlineField, ReportOutlineForm } from "./schema";
import { message } from "../../messages";
import { isOutlineReport, type FieldValue, type OutlineConsolidation } from "./types";
import type { CellDescription, SheetDescription } from "../../sheet";
import { matchChoice, D, SMALL_TEXT, bandBreaks, bandRange, excelSerial, fileLabel, planBands, tablePage, type Band, type BandPlan } from "../../consolidate";
import { quoteSheet, VIETNAMESE_NUMBER } from "../../layout";
import { wrappedHeight } from "../../layout/row-height";
import { text } from "./sum";

const FIXED = { stt: 1, unit: 2 } as const;
const FIXED_WIDTHS = [5, 30];
const FILE_WIDTH = 22;
const NUMBER = { ...D.number, numFmt: VIETNAMESE_NUMBER };

export interface OutlineDetailColumn {
  field: OutlineField;
  col: number;
  /** The band holding the column: its units' lines are `band.first` on. */
  band: Band;
}

/** The unit's name is the line's own column; the file, then every other field in the form's order. */
function layout(form: ReportOutlineForm, units: number): { plan: BandPlan; columns: OutlineDetailColumn[] } {
  const fields = form.fields.filter((f) => f.code !== "org.name");
  const plan = planBands({ fixed: FIXED_WIDTHS, groups: [[FILE_WIDTH], ...fields.map((f) => [widthOf(f)])], headRows: 1, units });
  return { plan, columns: fields.map((field, i) => ({ field, col: plan.colOf(i + 1, 0), band: plan.bandOf(i + 1) })) };
}

/** Where each field of `units` units' lines lies in Chi tiết. */
export function outlineDetailColumns(form: ReportOutlineForm, units: number): OutlineDetailColumn[] {
  return layout(form, units).columns;
}

/** One field over every unit's line: what a summary cell sums or counts. */
export function outlineDetailRange(sheet: string, d: OutlineDetailColumn, units: number): string {
  return bandRange(quoteSheet(sheet), d.band, d.col, units);
}

/** `folder`: the consolidated folder, files shown below it ({@link fileLabel}). */
export function outlineDetailSheet(c: OutlineConsolidation, form: ReportOutlineForm, name: string, folder?: string): SheetDescription {
  const accepted = c.files.flatMap((f) => (f.status === "accepted" && f.report && isOutlineReport(f.report) ? [{ file: fileLabel(f.file, folder), report: f.report }] : []));
  const { plan, columns } = layout(form, accepted.length);
  const fileCol = plan.colOf(0, 0);
  const first = plan.bands[0]!;
  const widthAt = (col: number) => plan.slots[col - FIXED_WIDTHS.length - 1]!;
  const head = (band: Band): CellDescription[] => [
    { row: band.head, col: FIXED.stt, value: message("consolidate.detail.stt"), style: D.head },
    { row: band.head, col: FIXED.unit, value: message("consolidate.detail.unit"), style: D.head },
    ...(band === first ? [{ row: band.head, col: fileCol, value: message("consolidate.detail.file"), style: D.head }] : []),
    ...columns.filter((d) => d.band === band).map(({ field, col }) => ({ row: band.head, col, value: field.label, style: D.head })),
  ];

  // Texts wrap in rows as tall as their longest text, up to Excel's tallest row; a line of
  // one text line keeps the default height.
  const oneLine = wrappedHeight("", 1);
  const heights: { row: number; height: number }[] = [];
  for (const band of plan.bands) {
    const own = columns.filter((d) => d.band === band);
    heights.push({ row: band.head, height: Math.max(...own.map((d) => wrappedHeight(d.field.label, widthAt(d.col))), oneLine) });
    accepted.forEach((f, i) => {
      const texts = [wrappedHeight(f.report.unit, FIXED_WIDTHS[1]! * SMALL_TEXT), ...(band === first ? [wrappedHeight(f.file, FILE_WIDTH * SMALL_TEXT)] : [])];
      const h = Math.max(...texts, ...own.map((d) => wrappedHeight(text(f.report.fields[d.field.code]) ?? "", widthAt(d.col) * SMALL_TEXT)));
      if (h > oneLine) heights.push({ row: band.first + i, height: h });
    });
  }

  function* lines(): Iterable<CellDescription> {
    for (const band of plan.bands) {
      if (band !== first) yield* head(band);
      const own = columns.filter((d) => d.band === band);
      for (const [i, f] of accepted.entries()) {
        const row = band.first + i;
        yield { row, col: FIXED.stt, value: i + 1, style: D.center };
        yield { row, col: FIXED.unit, value: f.report.unit, style: D.text };
        if (band === first) yield { row, col: fileCol, value: f.file, style: D.text };
        for (const { field, col } of own) yield { row, col, ...fieldCell(field, f.report.fields[field.code]) };
      }
    }
  }

  return {
    name,
    columns: [...FIXED_WIDTHS.map((width, i) => ({ col: i + 1, width })), ...plan.slots.map((width, i) => ({ col: FIXED_WIDTHS.length + 1 + i, width }))],
    rowHeights: heights,
    cells: head(first),
    rows: lines,
    merges: [],
    // One page wide, each band under its own header: never a page of answers without their units.
    page: { ...tablePage(), rowBreaks: bandBreaks(plan.bands, heights), printArea: `A1:${a1(plan.lastRow, plan.lastCol)}` },
    protect: false,
    freeze: { row: 1, col: FIXED.unit + 1 },
    gridlines: true,
  };
}

function widthOf(field: OutlineField): number {
  return field.type === "text" ? 30 : field.type === "choice" ? 18 : 12;
}

function fieldCell(field: OutlineField, v: FieldValue | undefined): Pick<CellDescription, "value" | "style"> {
  const t = text(v);
  if (t === undefined) return { value: null, style: field.type === "date" ? D.date : field.type === "whole" || field.type === "money" ? NUMBER : D.text };
  if ((field.type === "whole" || field.type === "money") && typeof v === "number") return { value: v, style: NUMBER };
  if (field.type === "date") {
    const serial = excelSerial(t);
    if (serial !== undefined) return { value: serial, style: D.date };
  }
  if (field.type === "choice") return { value: matchChoice(field.choices ?? [], t) ?? t, style: D.text };
  return { value: t, style: D.text };
}
