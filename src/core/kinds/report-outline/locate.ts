/**
 * Finding the report outline on a sheet: by its marker (the hidden code column names every
 * field), or by its field labels on an outline typed by hand.
 */
import type { RawSheet, RawWorkbook } from "../../cells";
import { readHeaderFields, unitOf, yearOf, type FormMarkerHit, type LocateContext } from "../../locate";
import type { MessageCode } from "../../messages";
import type { Findings } from "../../problems";
import type { Recognised } from "../kind";
import { fieldsByCode, fieldsByLabel, findValueColumn, firstFieldRow } from "./fields";
import type { ReportOutlineForm } from "./schema";
import { REPORT_OUTLINE, type LocatedOutline, type OutlineFieldPlace } from "./types";

export function outlineByMarker(wb: RawWorkbook, hit: FormMarkerHit, form: ReportOutlineForm, ctx: LocateContext, found: Findings<MessageCode>): LocatedOutline {
  const sheet = wb.sheets[hit.sheetIndex]!;
  const marker = hit.marker;
  const at = found.withSheet(sheet.name);
  const firstRow = firstFieldRow(sheet, form, hit.col, hit.row);
  if (firstRow === undefined) at.emit("locate.table.noRows", {}, { sheet: sheet.name });
  const valueCol = findValueColumn(sheet, form, hit.col, firstRow ?? sheet.maxRow + 1);
  const fields = firstRow === undefined ? new Map<string, OutlineFieldPlace>() : fieldsByCode(sheet, form, hit.col, firstRow, valueCol);
  for (const f of form.fields) if (!f.header && !fields.has(f.code)) at.emit("locate.field.missing", { rowCode: f.code }, { item: f.label });
  const header = readHeaderFields(wb, hit.sheetIndex, firstRow ?? sheet.maxRow + 1);
  return { kind: REPORT_OUTLINE, form, sheet, via: "marker", marker, year: marker.year, header, unit: unitOf(header, ctx, at), fields };
}

export function recogniseOutline(wb: RawWorkbook, sheet: RawSheet, sheetIndex: number, form: ReportOutlineForm, ctx: LocateContext): Recognised | undefined {
  const fields = fieldsByLabel(sheet, form);
  if (fields.size === 0) return undefined;
  return {
    score: fields.size,
    locate(found) {
      const at = found.withSheet(sheet.name);
      const firstRow = Math.min(...[...fields.values()].map((p) => p.row));
      // Typed by hand, only the fields the consolidation uses are worth a warning when absent.
      for (const code of [form.participation.people, form.funding.state, form.funding.other, form.ceremony.date, form.ceremony.form, form.ceremony.assessment]) {
        if (!fields.has(code)) at.emit("locate.field.missing", { rowCode: code }, { item: form.fields.find((f) => f.code === code)!.label });
      }
      const header = readHeaderFields(wb, sheetIndex, firstRow);
      const year = yearOf(sheet, firstRow, header, ctx, at);
      const located: LocatedOutline = { kind: REPORT_OUTLINE, form, sheet, via: "labels", ...year, header, unit: unitOf(header, ctx, at), fields };
      return located;
    },
  };
}
