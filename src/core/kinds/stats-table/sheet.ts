/**
 * The stats-table form as a sheet description: the printed appendix's look, every input
 * cell guarded by a data validation that follows its row's unit, labels locked, and the
 * hidden code column that lets a reader find each row whatever a school did to the order.
 */
import type { StatsRow, StatsTableForm } from "./schema";
import type { Measure } from "../../units";
import type { CellDescription, SheetDescription, Validation } from "../../sheet";
import { message } from "../../messages";
import { a1 } from "../../cells";
import { adminHeader, signature, absRef, blankSafeSum, cellSink, signedHeader, signedSignature, SIGNED_UNIT, SIGNATURE_ROWS, type SignedOptions } from "../../layout";
import { signedPage } from "./signed-page";
import { encodeMarker, MARKER_NAME, UNIT_NAME } from "../../meta";
import { containsCells } from "./contains";
import { STATS_COLS as C, STATS_HEADER as H, columnOf, lastRow, rowOf } from "./grid";
import { S } from "../../layout/styles";
import { wrappedHeight } from "../../layout/row-height";

/** A cached "" is a formula whose every source is blank: shown empty, never 0. */
export type CellContent = { formula: string; cached?: number | "" } | { value: number };

export interface StatsSheetOptions {
  form: StatsTableForm;
  year: number;
  sheetName: string;
  unit?: string;
  parent?: string;
  /** The report date as an Excel serial, when known (a summary is dated the day it is made). */
  dateSerial?: number;
  /** A document signed as printed (a summary): names or blank lines, no placeholder words, two signatures, black on white. */
  signed?: SignedOptions;
  /** A summary: numbers come from the caller (formulas over the detail sheet), not from input cells. */
  summary?: {
    units: number;
    value(code: string, measure: Measure): CellContent | undefined;
    note?(code: string): string | undefined;
    /** Cells placed under the table, starting at the given row (totals, provenance lines). */
    below?(firstRow: number): CellDescription[];
    /** The units summed, written in a hidden column for the level above (see contains.ts). */
    contains?: readonly string[];
  };
}

/** Column widths of the form, and of a summary printed on A4 portrait at a readable scale. */
const FORM_WIDTHS = { stt: 6, label: 52, unit: 13, count: 15, people: 12, note: 16 } as const;
const SIGNED_WIDTHS = { stt: 4, label: 40, unit: 12, count: 13, people: 9, note: 14 } as const;
/**
 * A printed summary's rows are as tall as LibreOffice wraps them (its characters of column
 * width are some 13 % wider than the form's estimate), so that two pages hold the table.
 */
const SIGNED_WRAP = 1.13;
const MONEY_MAX = 1e13;
const COUNT_MAX = 1e9;

export function statsTableSheet(opts: StatsSheetOptions): SheetDescription {
  const { form, year, sheetName } = opts;
  const W = opts.signed ? SIGNED_WIDTHS : FORM_WIDTHS;
  const wrapOf = (width: number) => (opts.signed ? width * SIGNED_WRAP : width);
  const { cells, merges, put, merge } = cellSink();

  header(opts, put, merge);

  for (const row of form.rows) {
    const r = rowOf(form, row.code);
    const bold = row.stt !== "";
    put({ row: r, col: C.stt, value: row.stt || null, style: bold ? S.sttBold : S.stt });
    put({ row: r, col: C.label, value: row.label, style: bold || row.kind === "total" ? S.labelBold : S.label });
    put({ row: r, col: C.unit, value: row.unit || null, style: S.unit });
    for (const measure of ["count", "people"] as const) numberCell(opts, row, measure === "count" && row.measures.includes("amount") ? "amount" : measure, put);
    const note = opts.summary?.note?.(row.code);
    put({ row: r, col: C.note, value: note ?? null, style: S.inputText, locked: opts.summary !== undefined });
    put({ row: r, col: C.code, value: row.code, style: S.hiddenCode });
  }

  if (opts.summary?.contains) containsCells(C.code + 1, opts.summary.contains, S.hiddenCode).forEach(put);
  const end = lastRow(form);
  const below = opts.summary?.below?.(end + 2) ?? [];
  below.forEach(put);
  const signRow = Math.max(end + 2, ...below.map((c) => c.row + 2));
  if (opts.signed) signedSignature(signRow, opts.signed, put, merge);
  else signature(signRow, put, merge);
  const unitCell = opts.signed ? SIGNED_UNIT : H.unit;

  const sheet: SheetDescription = {
    name: sheetName,
    columns: [
      { col: C.stt, width: W.stt },
      { col: C.label, width: W.label },
      { col: C.unit, width: W.unit },
      { col: C.count, width: W.count },
      { col: C.people, width: W.people },
      { col: C.note, width: W.note },
      { col: C.code, width: 8, hidden: true },
      ...(opts.summary?.contains ? [{ col: C.code + 1, width: 8, hidden: true }] : []),
    ],
    rowHeights: [
      // A signed header takes three rows: the two below it only separate it from the title.
      ...(opts.signed ? [4, 5, 6].map((row) => ({ row, height: 6 })) : []),
      { row: H.title, height: 36 },
      { row: H.head2, height: 33 },
      ...form.rows.map((row) => ({ row: rowOf(form, row.code), height: Math.max(wrappedHeight(row.label, wrapOf(W.label)), wrappedHeight(row.unit, wrapOf(W.unit)), wrappedHeight(opts.summary?.note?.(row.code) ?? "", wrapOf(W.note))) })),
      ...below.filter((c) => c.col === C.label && typeof c.value === "string").map((c) => ({ row: c.row, height: wrappedHeight(c.value as string, wrapOf(W.label)) })),
    ],
    cells,
    merges,
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: [H.head1, H.head2],
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printArea: `A1:${a1(signRow + 1, C.note)}`,
      horizontalCentered: true,
    },
    protect: true,
    freeze: { row: H.firstRow, col: 1 },
    definedNames: [
      { name: MARKER_NAME, formula: absRef(sheetName, H.marker.row, H.marker.col), local: true },
      { name: UNIT_NAME, formula: absRef(sheetName, unitCell.row, unitCell.col), local: true },
    ],
    gridlines: false,
  };
  return opts.signed ? signedPage(sheet, form, signRow + SIGNATURE_ROWS - 1) : sheet;

  function header(o: StatsSheetOptions, p: typeof put, m: typeof merge): void {
    const marker = encodeMarker({ form: form.id, version: form.version, year, units: o.summary?.units ?? 1 });
    if (o.signed) {
      signedHeader(o.signed, year, p, m);
      p({ row: H.marker.row, col: H.marker.col, value: marker, style: S.hiddenCode });
    } else adminHeader({ year, parent: o.parent, unit: o.unit, dateSerial: o.dateSerial, marker }, p, m);

    p({ row: H.title, col: 1, value: form.title.replace("{year}", String(year)), style: S.title });
    m(H.title, 1, H.title, C.note);
    p({ row: H.tableTitle, col: 1, value: form.tableTitle, style: { ...S.title, font: { bold: true, size: 13 } } });
    m(H.tableTitle, 1, H.tableTitle, C.note);
    p({ row: H.tableSubtitle, col: 1, value: form.tableSubtitle, style: S.subtitle });
    m(H.tableSubtitle, 1, H.tableSubtitle, C.note);
    if (o.summary) {
      p({ row: H.summaryLine, col: 1, value: message("form.summary.header", { units: o.summary.units }), style: { ...S.subtitle, font: { bold: true, italic: true, size: 12 } } });
      m(H.summaryLine, 1, H.summaryLine, C.note);
    }

    const cols = form.columns;
    const head = (col: number, text: string) => p({ row: H.head1, col, value: text, style: S.tableHead });
    head(C.stt, cols.stt);
    head(C.label, cols.label);
    head(C.unit, cols.unit);
    head(C.count, cols.quantity);
    head(C.note, cols.note);
    p({ row: H.head1, col: C.people, style: S.tableHead });
    for (const col of [C.stt, C.label, C.unit, C.note]) {
      p({ row: H.head2, col, style: S.tableHead });
      m(H.head1, col, H.head2, col);
    }
    m(H.head1, C.count, H.head1, C.people);
    p({ row: H.head2, col: C.count, value: cols.count, style: S.tableHead });
    p({ row: H.head2, col: C.people, value: cols.people, style: S.tableHead });
    p({ row: H.head1, col: C.code, value: message("form.header.code"), style: S.hiddenCode });
  }

  function numberCell(o: StatsSheetOptions, row: StatsRow, measure: Measure, p: typeof put): void {
    const r = rowOf(form, row.code);
    const col = columnOf(measure);
    if (!row.measures.includes(measure)) {
      p({ row: r, col, value: null, style: S.disabled, locked: true, validation: o.summary ? undefined : reject() });
      return;
    }
    if (o.summary) {
      const content = o.summary.value(row.code, measure);
      p({ row: r, col, ...(content && "formula" in content ? { formula: content.formula, cached: content.cached } : { value: content?.value ?? null }), style: S.total });
      return;
    }
    if (row.totalOf) {
      const parts = row.totalOf.codes.map((c) => rowOf(form, c));
      const from = Math.min(...parts);
      const to = Math.max(...parts);
      const contiguous = to - from + 1 === parts.length;
      const refs = contiguous ? `${a1(from, col)}:${a1(to, col)}` : parts.map((pr) => a1(pr, col)).join(",");
      // A total of blanks is blank, not 0: "not reported" must survive into the summary.
      p({ row: r, col, formula: blankSafeSum(refs), cached: "", style: S.total });
      return;
    }
    p({ row: r, col, value: null, style: S.input, locked: false, validation: wholeFor(row, measure) });
  }
}

function reject(): Validation {
  return { type: "reject", error: { title: message("form.error.reject.title"), text: message("form.error.reject.text") } };
}

function wholeFor(row: StatsRow, measure: Measure): Validation {
  const error = { title: message("form.error.whole.title"), text: message("form.error.whole.text") };
  if (measure === "amount") return { type: "whole", min: 0, max: MONEY_MAX, prompt: { title: message("form.prompt.amount.title"), text: message("form.prompt.amount.text") }, error };
  if (measure === "people") return { type: "whole", min: 0, max: COUNT_MAX, prompt: { title: message("form.prompt.people.title"), text: message("form.prompt.people.text") }, error };
  return { type: "whole", min: 0, max: COUNT_MAX, prompt: { title: message("form.prompt.count.title", { unit: row.unit }), text: message("form.prompt.count.text") }, error };
}
