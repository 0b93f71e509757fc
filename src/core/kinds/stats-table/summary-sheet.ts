/**
 * Tổng hợp for the statistics table: the form's own layout (so it can be sent up and
 * consolidated again), every number a blank-preserving SUM over its Chi tiết column with
 * the engine's number cached, and the participation and funding totals underneath.
 */
import { a1 } from "../../cells";
import type { StatsTableForm } from "./schema";
import { columnOf, rowOf, STATS_COLS } from "./grid";
import { statsTableSheet } from "./sheet";
import { blankSafeSum, styles as S } from "../../layout";
import { message } from "../../messages";
import type { CellDescription, SheetDescription } from "../../sheet";
import type { Measure } from "../../units";
import type { StatsConsolidation } from "./types";
import { signedBy, type SummaryContext, type SummaryNames } from "../../consolidate";
import { detailRange, statsDetailColumns } from "./detail-sheet";
import { fundingTotalRow } from "./sum";
import { unitsInside } from "./contains";
import { gatheredNotes } from "./notes";

export function statsSummarySheet(c: StatsConsolidation, form: StatsTableForm, year: number, names: SummaryNames, ctx: SummaryContext): SheetDescription {
  const units = c.files.filter((f) => f.status === "accepted").length;
  const notes = gatheredNotes(c);
  const colOf = new Map(statsDetailColumns(form, units).map((d) => [`${d.code}|${d.measure}`, d]));
  return statsTableSheet({
    form,
    year,
    sheetName: names.summary,
    ...(ctx.unit !== undefined ? { unit: ctx.unit } : {}),
    ...(ctx.parent !== undefined ? { parent: ctx.parent } : {}),
    signed: signedBy(ctx),
    summary: {
      units: c.unitsCovered,
      // Blank stays blank (the formula yields "" over empty cells), yet every cell is a
      // formula, so a figure a consolidator later types into Chi tiết still flows up.
      value(code: string, measure: Measure) {
        const d = colOf.get(`${code}|${measure}`);
        if (d === undefined || units === 0) return undefined;
        return { formula: blankSafeSum(detailRange(names.detail, d, units)), cached: c.rows[code]?.[measure] ?? "" };
      },
      note: (code) => notes.get(code),
      below: (first) => totalsBelow(c, form, first),
      contains: unitsInside(c),
    },
  });
}

function totalsBelow(c: StatsConsolidation, form: StatsTableForm, first: number): CellDescription[] {
  const V = STATS_COLS.count;
  const refsOf = (codes: readonly string[], m: Measure) => codes.map((code) => a1(rowOf(form, code), columnOf(m))).join(",");
  const { participation: p, funding: f } = c.totals;
  // A gap between participation and funding, as two blocks of the report.
  const rowOfLine = (i: number) => first + i + (i >= 3 ? 1 : 0);
  const linesAt = (...is: number[]) => is.map((i) => a1(rowOfLine(i), V)).join(",");
  const totalRow = fundingTotalRow(form);
  const lines: { label: string; unit: string; refs: string; formula?: string; cached?: number; bold?: boolean }[] = [
    { label: message("consolidate.total.participation"), unit: message("consolidate.unit.visits"), refs: linesAt(1, 2), cached: p.total, bold: true },
    { label: message("consolidate.total.trainees", { codes: form.participation.trainees.join(", ") }), unit: message("consolidate.unit.people"), refs: refsOf(form.participation.trainees, "people"), cached: p.trainees },
    { label: message("consolidate.total.activities", { codes: form.participation.activities.join(", ") }), unit: message("consolidate.unit.people"), refs: refsOf(form.participation.activities, "people"), cached: p.activities },
    // The funding total is the table's own total row, so the two can never disagree.
    { label: message("consolidate.total.funding"), unit: message("consolidate.unit.money"), refs: totalRow ? refsOf([totalRow.code], "amount") : linesAt(4, 5), cached: f.total, bold: true },
    { label: message("consolidate.total.state", { codes: form.funding.state }), unit: message("consolidate.unit.money"), refs: refsOf([form.funding.state], "amount"), cached: f.state },
    { label: message("consolidate.total.other", { codes: form.funding.other }), unit: message("consolidate.unit.money"), refs: refsOf([form.funding.other], "amount"), cached: f.other },
  ];
  if (totalRow && f.unattributed !== undefined) {
    const cells = [totalRow.code, form.funding.state, form.funding.other].map((code) => a1(rowOf(form, code), columnOf("amount")));
    lines.push({ label: message("consolidate.total.unattributed", { code: totalRow.code }), unit: message("consolidate.unit.money"), refs: "", formula: `${cells[0]}-N(${cells[1]})-N(${cells[2]})`, cached: f.unattributed });
  }
  return lines.flatMap((l, i): CellDescription[] => {
    const row = rowOfLine(i);
    return [
      { row, col: STATS_COLS.label, value: l.label, style: l.bold ? S.leftBold : S.left },
      { row, col: V, formula: l.formula ?? blankSafeSum(l.refs), cached: l.cached ?? "", style: S.total },
      // The unit of measure in its own column, never against the number ("27.888người").
      { row, col: STATS_COLS.unit, value: l.unit, style: S.unit },
    ];
  });
}
