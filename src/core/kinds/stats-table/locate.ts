/**
 * Finding the statistics table on a sheet: by its marker (the hidden code column names
 * every row), or by its printed column headers and row labels on a table typed by hand.
 */
import type { RawSheet, RawWorkbook } from "../../cells";
import { readHeaderFields, unitOf, yearOf, type FormMarkerHit, type LocateContext } from "../../locate";
import type { MessageCode } from "../../messages";
import type { Findings } from "../../problems";
import type { Recognised } from "../kind";
import { firstCodeRow, rowsByCode } from "./by-code";
import { matchRowsByLabel, reportByLabel } from "./by-label";
import { STATS_COLS } from "./grid";
import { expectedHeaders, findStatsHeader, statsColumns, type StatsHeader } from "./header";
import type { StatsTableForm } from "./schema";
import { STATS_TABLE, type LocatedStats, type StatsColumns } from "./types";

/** How far down a hand-typed table's header is looked for. */
const HEADER_SCAN_ROWS = 80;

export function statsByMarker(wb: RawWorkbook, hit: FormMarkerHit, form: StatsTableForm, ctx: LocateContext, found: Findings<MessageCode>): LocatedStats {
  const sheet = wb.sheets[hit.sheetIndex]!;
  const marker = hit.marker;
  const at = found.withSheet(sheet.name);
  const firstRow = firstCodeRow(sheet, form, hit.col, hit.row);
  let header: StatsHeader | undefined = findStatsHeader(sheet, form, 1, (firstRow ?? sheet.maxRow + 1) - 1);
  if (!header) {
    // The layout's own columns, moved with the code column if columns were inserted before it.
    const shift = hit.col - STATS_COLS.code;
    const col = (c: number) => c + shift;
    header = {
      columns: statsColumns({ stt: col(STATS_COLS.stt), label: col(STATS_COLS.label), unit: col(STATS_COLS.unit), count: col(STATS_COLS.count), people: col(STATS_COLS.people), note: col(STATS_COLS.note) }),
      firstRow: (firstRow ?? hit.row + 1) - 1,
      lastRow: (firstRow ?? hit.row + 1) - 1,
    };
    at.emit("locate.header.assumed", {}, { sheet: sheet.name, expected: expectedHeaders(form) });
  }
  const columns = statsColumns({ ...header.columns, code: hit.col }) as StatsColumns & { code: number };
  const rows = firstRow === undefined ? new Map<string, number>() : rowsByCode(sheet, form, columns, header.lastRow + 1, at);
  if (firstRow === undefined) at.emit("locate.table.noRows", {}, { sheet: sheet.name });
  const fields = readHeaderFields(wb, hit.sheetIndex, header.firstRow);
  return located({ form, sheet, via: "marker", marker, year: marker.year, header: fields, unit: unitOf(fields, ctx, at, "locate.unit.fromFileName"), columns, rows });
}

export function recogniseStats(wb: RawWorkbook, sheet: RawSheet, sheetIndex: number, form: StatsTableForm, ctx: LocateContext): Recognised | undefined {
  const header = findStatsHeader(sheet, form, 1, HEADER_SCAN_ROWS);
  if (!header) return undefined;
  const rows = matchRowsByLabel(sheet, form, header.columns, header.lastRow + 1);
  return {
    score: rows.size,
    locate(found) {
      const at = found.withSheet(sheet.name);
      const unmatched = reportByLabel(sheet, form, header.columns, header.lastRow + 1, rows, at);
      const fields = readHeaderFields(wb, sheetIndex, header.firstRow);
      const year = yearOf(sheet, header.firstRow, fields, ctx, at);
      return located({ form, sheet, via: "labels", ...year, header: fields, unit: unitOf(fields, ctx, at, "locate.unit.fromFileName"), columns: header.columns, rows, labelRows: { matched: rows.size, unmatched } });
    },
  };
}

/**
 * A located table, every member named (undefined where it has none) in one order: one
 * object shape whether the table was marked or typed by hand, for the checks that read it.
 */
function located(l: Omit<LocatedStats, "kind">): LocatedStats {
  return { kind: STATS_TABLE, form: l.form, sheet: l.sheet, via: l.via, marker: l.marker, year: l.year, yearAssumed: l.yearAssumed, header: l.header, unit: l.unit, columns: l.columns, rows: l.rows, labelRows: l.labelRows };
}
