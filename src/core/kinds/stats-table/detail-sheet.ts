/**
 * Chi tiết for the statistics table: every accepted unit's numbers, one line per unit, one
 * column per (row code, measure), as plain values. Tổng hợp sums these columns, so a
 * consolidator who corrects one school's figure here sees the summary follow.
 *
 * Printed one landscape page wide: the columns come in bands stacked down the sheet (see
 * bands.ts), the first band the unit's file, date, units covered and notes, each following
 * band the STT and unit again beside the measures of a run of row codes. The units' lines
 * are made as they are written ({@link SheetDescription.rows}), never held as cells.
 */
import { a1 } from "../../cells";
import type { StatsRow, StatsTableForm } from "./schema";
import { quoteSheet, VIETNAMESE_NUMBER } from "../../layout";
import { message } from "../../messages";
import { withTotals } from "./totals";
import { isStatsReport, type StatsConsolidation, type StatsReport } from "./types";
import { wrappedHeight } from "../../layout/row-height";
import { type CellDescription, type MadeRow, type RowRun, type SheetDescription } from "../../sheet";
import type { Measure } from "../../units";
import { detailNumbers, fillLine, READ_AHEAD, takeDetailNumbers } from "./detail-numbers";
import { D, SMALL_TEXT, bandBreaks, bandRange, excelSerial, fileLabel, planBands, tablePage, type Band, type BandPlan } from "../../consolidate";

const FIXED = { stt: 1, unit: 2 } as const;
const FIXED_WIDTHS = [5, 30];
/** The first band's own columns: report date and units covered; then the file over three columns and the notes over the rest. */
const INFO = [11, 10];
const FILE_SPAN = 3;
/** Wide enough for 1.500.000.000 at 11 pt; one width for counts and people, so that columns line up from band to band. */
const WIDTH: Record<Measure, number> = { count: 10, people: 10, amount: 11 };
const HEAD_ROWS = 2;
/** Grouped the Vietnamese way (1.500.000) on screen and on paper, whatever the reader's settings. */
const NUMBER = { ...D.number, numFmt: VIETNAMESE_NUMBER };

export interface DetailColumn {
  code: string;
  measure: Measure;
  col: number;
  /** The band holding the column: its units' lines are `band.first` on. */
  band: Band;
}

interface Layout {
  plan: BandPlan;
  /** Row codes with measures, in the form's order: group i + 1 of the plan. */
  rows: StatsRow[];
  columns: DetailColumn[];
}

function layout(form: StatsTableForm, units: number): Layout {
  const rows = form.rows.filter((r) => r.measures.length > 0);
  const plan = planBands({ fixed: FIXED_WIDTHS, groups: [INFO, ...rows.map((r) => r.measures.map((m) => WIDTH[m]))], headRows: HEAD_ROWS, units, alone: (g) => g === 0 });
  const columns = rows.flatMap((row, i) => row.measures.map((measure, k) => ({ code: row.code, measure, col: plan.colOf(i + 1, k), band: plan.bandOf(i + 1) })));
  return { plan, rows, columns };
}

/** Where each (code, measure) of `units` units' lines lies in Chi tiết. */
export function statsDetailColumns(form: StatsTableForm, units: number): DetailColumn[] {
  return layout(form, units).columns;
}

/** The column of one (code, measure) over every unit's line: what a summary cell sums. */
export function detailRange(sheet: string, d: DetailColumn, units: number): string {
  return bandRange(quoteSheet(sheet), d.band, d.col, units);
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

interface Span {
  from: number;
  to: number;
}

/** The first band's columns: date and units covered one each, the file over three, the notes over the rest. */
function infoSpans(first: number, last: number): { date: Span; units: Span; file: Span; notes: Span } {
  const at = (from: number, to: number): Span => ({ from: Math.min(from, last), to: Math.min(Math.max(from, to), last) });
  const fileTo = first + INFO.length + FILE_SPAN - 1;
  return { date: at(first, first), units: at(first + 1, first + 1), file: at(first + 2, fileTo), notes: at(fileTo + 1, last) };
}

/**
 * Every unit's number in the given columns, in one pass over the units: a packed report
 * unpacks its numbers once per run of bands rather than once per band. NaN where the unit
 * gave none. The totals as they are summed: Tổng hợp's total rows are these columns' sums.
 */
function unitNumbers(form: StatsTableForm, accepted: readonly { report: StatsReport }[], columns: readonly DetailColumn[]): Float64Array {
  const out = detailNumbers(accepted.length, columns.length, Infinity)!;
  accepted.forEach((f, i) => fillLine(out, i, columns, withTotals(form, f.report.values)));
  return out;
}

/** The measure bands in runs whose numbers, every unit's, fit in `budget` (a band alone may not): one run for some 10,000 units. */
function bandRuns(bands: readonly Band[], columns: readonly DetailColumn[], units: number, budget: number): Band[][] {
  const runs: Band[][] = [];
  let run: Band[] = [];
  let size = 0;
  for (const band of bands) {
    const n = columns.filter((d) => d.band === band).length * units;
    if (run.length > 0 && size + n > budget) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(band);
    size += n;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * `folder`: the consolidated folder, files shown below it ({@link fileLabel}).
 * `readAhead`: numbers read ahead at most (tests make it small to read band by band).
 */
export function statsDetailSheet(c: StatsConsolidation, form: StatsTableForm, name: string, folder?: string, readAhead = READ_AHEAD): SheetDescription {
  const accepted = c.files.flatMap((f) => (f.status === "accepted" && f.report && isStatsReport(f.report) ? [{ file: fileLabel(f.file, folder), report: f.report }] : []));
  const { plan, rows, columns } = layout(form, accepted.length);
  const [info, ...measureBands] = plan.bands as [Band, ...Band[]];
  const lastCol = plan.lastCol;
  const spans = infoSpans(plan.colOf(0, 0), lastCol);
  const widthOf = (s: Span) => plan.slots.slice(s.from - FIXED_WIDTHS.length - 1, s.to - FIXED_WIDTHS.length).reduce((n, w) => n + w, 0);
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];

  /** STT and unit over a band's two header rows. */
  const unitHead = (top: number): CellDescription[] => {
    const out: CellDescription[] = [];
    for (const [col, text] of [
      [FIXED.stt, message("consolidate.detail.stt")],
      [FIXED.unit, message("consolidate.detail.unit")],
    ] as const) {
      out.push({ row: top, col, value: text, style: D.head }, { row: top + 1, col, value: null, style: D.head });
      merges.push(`${a1(top, col)}:${a1(top + 1, col)}`);
    }
    return out;
  };
  const byPlace = (a: CellDescription, b: CellDescription) => a.row - b.row || a.col - b.col;
  const merge = (row: number, s: Span, height = 1, into = merges) => {
    if (s.to > s.from || height > 1) into.push(`${a1(row, s.from)}:${a1(row + height - 1, s.to)}`);
  };
  /** The headers' merges, then each unit line's file and notes: those made when asked, like the heights. */
  const allMerges = () => {
    const all = [...merges];
    for (let i = 0; i < accepted.length; i++) {
      merge(info.first + i, spans.file, 1, all);
      merge(info.first + i, spans.notes, 1, all);
    }
    return all;
  };
  /** Cells over a span, the text in the first (the merge is made apart: merges are all known before any line is made). */
  const spanCells = (row: number, s: Span, value: CellDescription["value"], style: CellDescription["style"], height = 1): CellDescription[] => {
    const out: CellDescription[] = [];
    for (let r = row; r < row + height; r++) for (let col = s.from; col <= s.to; col++) out.push({ row: r, col, value: r === row && col === s.from ? value : null, style });
    return out;
  };

  // The first band: who sent what, and their notes.
  for (const s of [spans.date, spans.units, spans.file, spans.notes]) merge(info.head, s, HEAD_ROWS);
  const cells = [
    ...unitHead(info.head),
    ...spanCells(info.head, spans.date, message("consolidate.detail.date"), D.head, HEAD_ROWS),
    ...spanCells(info.head, spans.units, message("consolidate.detail.unitsCovered"), D.head, HEAD_ROWS),
    ...spanCells(info.head, spans.file, message("consolidate.detail.file"), D.head, HEAD_ROWS),
    ...spanCells(info.head, spans.notes, message("consolidate.detail.notes"), D.head, HEAD_ROWS),
  ].sort(byPlace);
  heights.push({ row: info.head, height: wrappedHeight(message("consolidate.detail.unitsCovered"), widthOf(spans.units)) });

  const oneLine = wrappedHeight("", 1);
  // Every later band: the measures of its row codes, the code and label above, the measure below.
  const bandHeads = measureBands.map((band) => {
    const own: CellDescription[] = unitHead(band.head);
    let tallest = 0;
    let under = 0;
    for (const g of band.groups) {
      const row = rows[g - 1]!;
      const cols = columns.filter((d) => d.code === row.code);
      const width = cols.reduce((s, d) => s + plan.slots[d.col - FIXED_WIDTHS.length - 1]!, 0);
      // Three lines of the header at most: the full label is the form's, on Tổng hợp.
      const label = `${row.code}. ${shortLabel(row.label, Math.min(40, Math.floor(width * 3) - row.code.length - 2))}`;
      const span = { from: cols[0]!.col, to: cols[cols.length - 1]!.col };
      merge(band.head, span);
      own.push(...spanCells(band.head, span, label, D.head));
      for (const d of cols) {
        own.push({ row: band.head + 1, col: d.col, value: measureLabel(row, d.measure), style: D.head });
        under = Math.max(under, wrappedHeight(measureLabel(row, d.measure), plan.slots[d.col - FIXED_WIDTHS.length - 1]!));
      }
      tallest = Math.max(tallest, wrappedHeight(label, width));
    }
    heights.push({ row: band.head, height: tallest });
    if (under > oneLine) heights.push({ row: band.head + 1, height: under });
    return own.sort(byPlace);
  });

  // Lines as tall as their wrapped texts; a line of one text line keeps the default height.
  // Each unit's report is read once here, not once per band.
  const unitHeights = new Float64Array(accepted.length);
  const infoHeights = new Float64Array(accepted.length);
  // Each unit's name as one string, for every band's line: a name unpacked again would be a new
  // string, its hash and every character compared again where the writer looks it up.
  const units: string[] = [];
  accepted.forEach((f, i) => {
    units.push(f.report.unit);
    unitHeights[i] = wrappedHeight(units[i]!, FIXED_WIDTHS[1]! * SMALL_TEXT);
    infoHeights[i] = Math.max(unitHeights[i]!, wrappedHeight(f.file, widthOf(spans.file) * SMALL_TEXT), wrappedHeight(notesText(f.report), widthOf(spans.notes) * SMALL_TEXT));
  });
  // Every band's unit lines from those two columns of numbers, made when asked (to break the
  // pages, then by the writer), not held as an object per line from describing to writing.
  const rowHeights = () => {
    const all = [...heights];
    for (const band of plan.bands) {
      const tall = band === info ? infoHeights : unitHeights;
      for (let i = 0; i < accepted.length; i++) if (tall[i]! > oneLine) all.push({ row: band.first + i, height: tall[i]! });
    }
    return all.sort((a, b) => a.row - b.row);
  };

  // Each band's lines as one run of rows alike, made as they are written: no object per cell
  // nor per line (80,000 lines of some ten cells at 10,000 units).
  function* lines(): Iterable<MadeRow> {
    // Who sent what: STT, the unit, the date, the units covered, then the file's and the
    // notes' merged spans (their text in the first column, the rest blank).
    const spanCols = (sp: Span) => Array.from({ length: sp.to - sp.from + 1 }, (_, k) => sp.from + k);
    const cols = [FIXED.stt, FIXED.unit, spans.date.from, spans.units.from, ...spanCols(spans.file), ...spanCols(spans.notes)];
    const FILE = 4;
    const NOTES = FILE + (spans.file.to - spans.file.from + 1);
    // Each unit's report read once for its line, however many of its columns are asked.
    let line = -1;
    let date: string | number | null = null;
    let covered: number | string | null = null;
    let notes = "";
    const readLine = (i: number) => {
      if (i === line) return;
      const report = accepted[i]!.report;
      date = excelSerial(report.date) ?? report.date ?? null;
      covered = report.unitsCovered ?? null;
      notes = notesText(report);
      line = i;
    };
    yield {
      first: info.first,
      count: accepted.length,
      cols,
      styles: cols.map((_, j) => (j === 0 || j === 3 ? D.center : j === 2 ? D.date : D.text)),
      value: (i, j) => {
        if (j === 0) return i + 1;
        if (j === 1) return units[i]!;
        readLine(i);
        if (j === 2) return date;
        if (j === 3) return covered;
        if (j === FILE) return accepted[i]!.file;
        if (j === NOTES) return notes !== "" ? notes : null;
        return null;
      },
    } satisfies RowRun;
    for (const run of bandRuns(measureBands, columns, accepted.length, readAhead)) {
      const read = columns.filter((d) => run.includes(d.band));
      // Made while the units were summed, when every column is read at once and they fit.
      const kept = read.length === columns.length ? takeDetailNumbers(c.rows, accepted.map((f) => f.report), read) : undefined;
      const numbers = kept ?? unitNumbers(form, accepted, read);
      const width = read.length;
      for (const band of run) {
        yield* bandHeads[measureBands.indexOf(band)]!;
        // STT, the unit, then the band's numbers: one run of lines alike, written without a cell object each.
        const cols: number[] = [FIXED.stt, FIXED.unit];
        const at: number[] = [];
        read.forEach((d, k) => {
          if (d.band !== band) return;
          cols.push(d.col);
          at.push(k);
        });
        yield {
          first: band.first,
          count: accepted.length,
          cols,
          styles: cols.map((_, j) => (j === 0 ? D.center : j === 1 ? D.text : NUMBER)),
          value: (i, j) => {
            if (j === 0) return i + 1;
            if (j === 1) return units[i]!;
            const v = numbers[i * width + at[j - 2]!]!;
            return Number.isNaN(v) ? null : v;
          },
        } satisfies RowRun;
      }
    }
  }

  return {
    name,
    columns: [...FIXED_WIDTHS.map((width, i) => ({ col: i + 1, width })), ...plan.slots.map((width, i) => ({ col: FIXED_WIDTHS.length + 1 + i, width }))],
    get rowHeights() {
      return rowHeights();
    },
    cells,
    rows: lines,
    get merges() {
      return allMerges();
    },
    // One page wide, each band under its own header: never a page of numbers without their units.
    page: { ...tablePage(), rowBreaks: bandBreaks(plan.bands, rowHeights()), printArea: `A1:${a1(plan.lastRow, lastCol)}` },
    protect: false,
    // The unit's columns stay in view; the header rows differ from band to band, so none is frozen.
    freeze: { row: 1, col: FIXED.unit + 1 },
    gridlines: true,
  };
}
