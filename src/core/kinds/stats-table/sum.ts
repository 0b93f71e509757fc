/**
 * The statistics table summed by row code, never by position: a school that inserted or
 * moved rows still adds into the right line. Every number keeps the list of cells it
 * came from, so that the summary can be traced back to the units and files.
 */
import type { StatsRow, StatsTableForm } from "./schema";
import type { MeasureValues } from "../../report";
import { withTotals } from "./totals";
import { statsDetailColumns } from "./detail-sheet";
import { detailNumbers, fillLine, keepDetailNumbers } from "./detail-numbers";
import { isStatsReport, type StatsConsolidation, type StatsReport, type UnitNote } from "./types";
import { MEASURES, type Measure } from "../../units";
import { sumDefined, type Contribution, type FileOutcome, type Ignored, type Totals } from "../../consolidate";

export type StatsSums = Pick<StatsConsolidation, "rows" | "provenance" | "notes" | "totals" | "totalsProvenance"> & { ignored: Ignored[] };

export function sumStats(form: StatsTableForm, accepted: readonly FileOutcome[]): StatsSums {
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  const measuresOf = new Map(form.rows.map((r) => [r.code, new Set<Measure>(r.measures)]));
  const rows: Record<string, MeasureValues> = {};
  const notes: Record<string, UnitNote[]> = {};
  const ignored: Ignored[] = [];
  for (const row of form.rows) if (row.measures.length > 0) rows[row.code] = {};

  const fundingRow = fundingTotalRow(form);
  const unattributed: Contribution[] = [];
  // Chi tiết's numbers, line by line as each unit is summed, when they fit what it reads ahead.
  const reports = accepted.flatMap((o) => (o.report && isStatsReport(o.report) ? [o.report] : []));
  const columns = statsDetailColumns(form, reports.length);
  const detail = detailNumbers(reports.length, columns.length);
  let line = 0;
  for (const o of accepted) {
    const r = o.report;
    if (!r || !isStatsReport(r)) continue;
    // Each read once, the cells only when a note or an odd value needs their addresses: a
    // packed report unpacks a member on the first read of this object, and the addresses
    // are the costliest member to unpack.
    let cellsRead: StatsReport["cells"] | undefined;
    const cellsOf = () => (cellsRead ??= r.cells);
    const whole = withTotals(form, r.values);
    if (detail) fillLine(detail, line++, columns, whole);
    if (fundingRow) {
      // What this unit put in the funding total beyond its two sources: said, never dropped.
      const total = whole[fundingRow.code]?.amount ?? 0;
      const extra = total - (whole[form.funding.state]?.amount ?? 0) - (whole[form.funding.other]?.amount ?? 0);
      if (extra > 0) unattributed.push({ unit: r.unit, file: o.file, sheet: r.source.sheet, cell: cellsOf()[fundingRow.code]?.amount, value: extra });
    }
    // for-in over a report's members: no array of entries per unit (a country has 50,000).
    for (const code in whole) {
      const values = whole[code]!;
      const takes = measuresOf.get(code);
      for (const measure of MEASURES) {
        const value = values[measure];
        if (value === undefined) continue;
        if (!takes?.has(measure)) {
          ignored.push({ index: o.index, rowCode: code, cell: cellsOf()[code]?.[measure], kind: "value" });
          continue;
        }
        // Added in the order of the files, as the sum of the provenance list would be.
        const sums = rows[code]!;
        sums[measure] = (sums[measure] ?? 0) + value;
      }
    }
    for (const [code, text] of Object.entries(r.notes)) {
      if (text.trim() === "") continue;
      (notes[code] ??= []).push({ unit: r.unit, file: o.file, cell: cellsOf()[code]?.note, text });
    }
  }

  if (detail) keepDetailNumbers(rows, { reports, columns, numbers: detail });
  const provenance = statsProvenance(form, byCode, accepted, rows);
  const from = (codes: readonly string[], m: Measure) => () => codes.flatMap((c) => provenance[c]?.[m] ?? []);
  const trainees = from(form.participation.trainees, "people");
  const activities = from(form.participation.activities, "people");
  const state = from([form.funding.state], "amount");
  const other = from([form.funding.other], "amount");
  const totalsProvenance = {
    participation: lazy({ trainees, activities, total: () => [...trainees(), ...activities()] }),
    funding: lazy({ state, other, ...(unattributed.length > 0 ? { unattributed: () => unattributed } : {}), total: fundingRow ? from([fundingRow.code], "amount") : () => [...state(), ...other()] }),
  };
  return { rows, provenance, notes, totals: statsTotals(form, rows), totalsProvenance, ignored };
}

/**
 * Where each summed number came from, unit by unit and cell by cell, made when it is read
 * and not kept: a list per row and measure would hold some forty entries per unit, more
 * than the unit's packed report itself. Each list is in the order of the files, as summed.
 */
function statsProvenance(form: StatsTableForm, byCode: ReadonlyMap<string, StatsRow>, accepted: readonly FileOutcome[], rows: Record<string, MeasureValues>): StatsConsolidation["provenance"] {
  const provenance: StatsConsolidation["provenance"] = {};
  for (const [code, sums] of Object.entries(rows)) {
    const row = byCode.get(code)!;
    const makers: Partial<Record<Measure, () => Contribution[]>> = {};
    for (const measure of Object.keys(sums) as Measure[]) {
      if (!row.measures.includes(measure)) continue;
      makers[measure] = () =>
        accepted.flatMap((o) => {
          const r = o.report;
          if (!r || !isStatsReport(r)) return [];
          const value = withTotals(form, r.values)[code]?.[measure];
          return value === undefined ? [] : [{ unit: r.unit, file: o.file, sheet: r.source.sheet, cell: r.cells[code]?.[measure], value }];
        });
    }
    provenance[code] = lazy(makers);
  }
  return provenance;
}

/** An object whose members are made each time they are read, enumerable like plain members. */
function lazy<T extends Record<string, () => unknown>>(makers: T): { [K in keyof T]: ReturnType<T[K]> } {
  const out = {};
  for (const [key, make] of Object.entries(makers)) Object.defineProperty(out, key, { get: make, enumerable: true, configurable: true });
  return out as { [K in keyof T]: ReturnType<T[K]> };
}

/**
 * The totals forms.md reports everywhere, from the form's own lists of rows, not hard-coded
 * codes. The funding total is the total row's own sum ("Kinh phí"), the number the table
 * shows: a unit that wrote only the total keeps it there, and what no source explains is
 * said as such (`unattributed`, "chưa rõ nguồn"), never dropped and never counted twice.
 */
export function statsTotals(form: StatsTableForm, rows: Record<string, MeasureValues>): Totals {
  const people = (codes: readonly string[]) => sumDefined(codes.map((c) => rows[c]?.people));
  const trainees = people(form.participation.trainees);
  const activities = people(form.participation.activities);
  const state = rows[form.funding.state]?.amount;
  const other = rows[form.funding.other]?.amount;
  const parts = sumDefined([state, other]);
  const totalRow = fundingTotalRow(form);
  const total = (totalRow ? rows[totalRow.code]?.amount : undefined) ?? parts;
  const unattributed = total !== undefined && total > (parts ?? 0) ? total - (parts ?? 0) : undefined;
  return {
    participation: { trainees, activities, total: sumDefined([trainees, activities]) },
    funding: { state, other, ...(unattributed !== undefined ? { unattributed } : {}), total },
  };
}

/** The row that totals the two funding sources ("10. Kinh phí"), found by the form's data. */
export function fundingTotalRow(form: StatsTableForm): StatsRow | undefined {
  return form.rows.find((r) => r.totalOf?.measure === "amount" && r.totalOf.codes.includes(form.funding.state) && r.totalOf.codes.includes(form.funding.other));
}
