/**
 * Finding the form in a workbook: by its marker first (the form, version and year it was
 * made for, and a code column that names every row), else by the printed column headers
 * and row labels of a table typed by hand. Two candidate sheets are never chosen between.
 */
import type { RawWorkbook } from "../cells";
import { getForm, latestVersion, type FormId, type ReportOutlineForm, type StatsTableForm } from "../forms";
import type { Marker } from "../meta";
import type { Problem } from "../problems";
import { Findings } from "../check/rule";
import { STATS_COLS } from "../layout";
import { findMarkers, type MarkerHit } from "./markers";
import { LOCATE_RULES, type LocateCode } from "./rules";
import { expectedHeaders, findStatsHeader, type StatsHeader } from "./stats-header";
import { firstCodeRow, rowsByCode } from "./stats-by-code";
import { matchRowsByLabel, reportByLabel } from "./stats-by-label";
import { fieldsByCode, fieldsByLabel, findValueColumn, firstFieldRow } from "./outline-fields";
import { readHeaderFields } from "./header-fields";
import { fallbackYear } from "./year";
import { yearOfSheet } from "./year-of-sheet";
import type { LocateContext, Located, LocatedOutline, LocatedStats } from "./types";

export interface LocateResult {
  located?: Located;
  problems: Problem[];
}

/** How far down a hand-typed table's header is looked for. */
const HEADER_SCAN_ROWS = 80;
/** A sheet is taken for a hand-typed form only when this many of its rows or fields are recognised. */
const MIN_RECOGNISED = 3;

export function locateForm(wb: RawWorkbook, ctx: LocateContext): LocateResult {
  const found = new Findings<LocateCode>(LOCATE_RULES, { file: ctx.file });
  const hits = findMarkers(wb);
  let usable = hits.filter((h) => "form" in h.marker && (!ctx.form || h.marker.form === ctx.form));
  // A school often keeps its report outline and its statistics table in one workbook: one
  // sheet of each form is no ambiguity. The table is read, and the caller is told of the other.
  const ofForm = (id: string) => usable.filter((h) => (h.marker as Marker).form === id);
  if (!ctx.form && usable.length === 2 && ofForm("stats-table").length === 1 && ofForm("report-outline").length === 1) {
    const other = ofForm("report-outline")[0]!;
    found.emit("locate.form.otherFormToo", { sheet: wb.sheets[other.sheetIndex]!.name }, { other: wb.sheets[other.sheetIndex]!.name });
    usable = ofForm("stats-table");
  }
  if (usable.length > 1) return ambiguous(wb, usable.map((h) => h.sheetIndex), found);
  if (usable.length === 1) {
    const hit = usable[0]!;
    const marker = hit.marker as Marker;
    const sheetName = wb.sheets[hit.sheetIndex]!.name;
    const form = getForm(marker.form, marker.version);
    if (!form) {
      const known = latestVersion(marker.form);
      if (marker.version > known) found.emit("locate.form.newer", { sheet: sheetName }, { sheet: sheetName, version: marker.version, known });
      else found.emit("locate.form.version", { sheet: sheetName }, { sheet: sheetName, version: marker.version });
      return { problems: found.problems };
    }
    const located = form.id === "stats-table" ? statsByMarker(wb, hit, form, ctx, found) : outlineByMarker(wb, hit, form as ReportOutlineForm, ctx, found);
    return { located, problems: found.problems };
  }
  for (const h of hits) {
    if ("unknownForm" in h.marker) {
      const sheet = wb.sheets[h.sheetIndex]!.name;
      found.emit("locate.form.unknown", { sheet }, { sheet, form: h.marker.unknownForm });
    }
  }
  if (found.problems.length > 0) return { problems: found.problems };
  return byLabels(wb, ctx, found);
}

function ambiguous(wb: RawWorkbook, sheetIndexes: number[], found: Findings<LocateCode>): LocateResult {
  found.emit("locate.form.ambiguous", {}, { sheets: sheetIndexes.map((i) => `"${wb.sheets[i]!.name}"`).join(", ") });
  return { problems: found.problems };
}

function statsByMarker(wb: RawWorkbook, hit: MarkerHit, form: StatsTableForm, ctx: LocateContext, found: Findings<LocateCode>): LocatedStats {
  const sheet = wb.sheets[hit.sheetIndex]!;
  const marker = hit.marker as Marker;
  const at = found.withSheet(sheet.name);
  const firstRow = firstCodeRow(sheet, form, hit.col, hit.row);
  let header: StatsHeader | undefined = findStatsHeader(sheet, form, 1, (firstRow ?? sheet.maxRow + 1) - 1);
  if (!header) {
    // The layout's own columns, moved with the code column if columns were inserted before it.
    const shift = hit.col - STATS_COLS.code;
    const col = (c: number) => c + shift;
    header = {
      columns: { stt: col(STATS_COLS.stt), label: col(STATS_COLS.label), unit: col(STATS_COLS.unit), count: col(STATS_COLS.count), people: col(STATS_COLS.people), note: col(STATS_COLS.note) },
      firstRow: (firstRow ?? hit.row + 1) - 1,
      lastRow: (firstRow ?? hit.row + 1) - 1,
    };
    at.emit("locate.header.assumed", {}, { sheet: sheet.name, expected: expectedHeaders(form) });
  }
  const columns = { ...header.columns, code: hit.col };
  const rows = firstRow === undefined ? new Map<string, number>() : rowsByCode(sheet, form, columns, header.lastRow + 1, at);
  if (firstRow === undefined) at.emit("locate.table.noRows", {}, { sheet: sheet.name });
  const fields = readHeaderFields(wb, hit.sheetIndex, header.firstRow);
  return { kind: "stats-table", form, sheet, via: "marker", marker, year: marker.year, header: fields, unit: unitOf(fields, ctx, at, true), columns, rows };
}

function outlineByMarker(wb: RawWorkbook, hit: MarkerHit, form: ReportOutlineForm, ctx: LocateContext, found: Findings<LocateCode>): LocatedOutline {
  const sheet = wb.sheets[hit.sheetIndex]!;
  const marker = hit.marker as Marker;
  const at = found.withSheet(sheet.name);
  const firstRow = firstFieldRow(sheet, form, hit.col, hit.row);
  if (firstRow === undefined) at.emit("locate.table.noRows", {}, { sheet: sheet.name });
  const valueCol = findValueColumn(sheet, form, hit.col, firstRow ?? sheet.maxRow + 1);
  const fields = firstRow === undefined ? new Map() : fieldsByCode(sheet, form, hit.col, firstRow, valueCol);
  for (const f of form.fields) if (!f.header && !fields.has(f.code)) at.emit("locate.field.missing", { rowCode: f.code }, { item: f.label });
  const header = readHeaderFields(wb, hit.sheetIndex, firstRow ?? sheet.maxRow + 1);
  return { kind: "report-outline", form, sheet, via: "marker", marker, year: marker.year, header, unit: unitOf(header, ctx, at, false), fields };
}

interface Candidate {
  sheetIndex: number;
  kind: FormId;
  header?: StatsHeader;
  rows?: Map<string, number>;
}

function byLabels(wb: RawWorkbook, ctx: LocateContext, found: Findings<LocateCode>): LocateResult {
  const stats = getForm("stats-table")!;
  const outline = getForm("report-outline")!;
  const candidates: Candidate[] = [];
  wb.sheets.forEach((sheet, sheetIndex) => {
    if (ctx.form !== "report-outline") {
      const header = findStatsHeader(sheet, stats, 1, HEADER_SCAN_ROWS);
      const rows = header ? matchRowsByLabel(sheet, stats, header.columns, header.lastRow + 1) : undefined;
      if (header && rows && rows.size >= MIN_RECOGNISED) return candidates.push({ sheetIndex, kind: "stats-table", header, rows });
    }
    if (ctx.form !== "stats-table" && fieldsByLabel(sheet, outline).size >= MIN_RECOGNISED) candidates.push({ sheetIndex, kind: "report-outline" });
  });
  if (candidates.length > 1) return ambiguous(wb, candidates.map((c) => c.sheetIndex), found);
  const c = candidates[0];
  if (!c) {
    found.emit("locate.noForm", {}, { expected: expectedHeaders(stats) });
    return { problems: found.problems };
  }
  const sheet = wb.sheets[c.sheetIndex]!;
  const at = found.withSheet(sheet.name);
  if (c.kind === "stats-table") {
    const header = c.header!;
    const unmatched = reportByLabel(sheet, stats, header.columns, header.lastRow + 1, c.rows!, at);
    const fields = readHeaderFields(wb, c.sheetIndex, header.firstRow);
    const year = yearOf(sheet, header.firstRow, fields, ctx, at);
    return { located: { kind: "stats-table", form: stats, sheet, via: "labels", ...year, header: fields, unit: unitOf(fields, ctx, at, true), columns: header.columns, rows: c.rows!, labelRows: { matched: c.rows!.size, unmatched } }, problems: found.problems };
  }
  const fields = fieldsByLabel(sheet, outline);
  const firstRow = Math.min(...[...fields.values()].map((p) => p.row));
  for (const code of [outline.participation.people, outline.funding.state, outline.funding.other, outline.ceremony.date, outline.ceremony.form, outline.ceremony.assessment]) {
    if (!fields.has(code)) at.emit("locate.field.missing", { rowCode: code }, { item: outline.fields.find((f) => f.code === code)!.label });
  }
  const header = readHeaderFields(wb, c.sheetIndex, firstRow);
  const year = yearOf(sheet, firstRow, header, ctx, at);
  return { located: { kind: "report-outline", form: outline, sheet, via: "labels", ...year, header, unit: unitOf(header, ctx, at, false), fields }, problems: found.problems };
}

function yearOf(sheet: Located["sheet"], beforeRow: number, header: Located["header"], ctx: LocateContext, at: Findings<LocateCode>): { year: number; yearAssumed?: true } {
  const found = yearOfSheet(sheet, beforeRow, header);
  if (found !== undefined) return { year: found.year };
  const year = fallbackYear(ctx.today, ctx.defaultYear);
  at.emit("locate.year.assumed", {}, { year });
  return { year, yearAssumed: true };
}

/** The unit's name from the header, else the file name; the stats table warns, the outline's own rule errs. */
function unitOf(header: Located["header"], ctx: LocateContext, at: Findings<LocateCode>, warn: boolean): string {
  if (header.unit) return header.unit.text;
  const unit = fileStem(ctx.file);
  if (warn) at.emit("locate.unit.fromFileName", header.unitCell ? { cell: header.unitCell } : {}, { unit });
  return unit;
}

export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
