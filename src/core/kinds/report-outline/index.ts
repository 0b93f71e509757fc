/**
 * The report outline (the plan's "đề cương báo cáo"): fields answered in words, dates,
 * choices and numbers; consolidated by summing participants and funding, counting the
 * choices, and gathering dates, places and recommendations.
 */
import { defined } from "../../consolidate/defined";
import { ownOnly, type FormKind } from "../kind";
import { OUTLINE_FACE } from "./labels";
import { outlineDetailSheet } from "./detail-sheet";
import { outlineFingerprint } from "./fingerprint";
import { outlineUnitValues } from "./unit-values";
import { recogniseOutline, outlineByMarker } from "./locate";
import { checkReportOutline } from "./report";
import { OUTLINE_RULES } from "./rules";
import { reportOutlineSheet } from "./sheet";
import { sumOutline } from "./sum";
import { outlineSummarySheet } from "./summary-sheet";
import { outlineOwnReport } from "./own-report";
import { isLocatedOutline, isOutlineConsolidation, REPORT_OUTLINE, type OutlineJson } from "./types";
import { OUTLINE_VERSIONS, outlineFormAt as form } from "./versions";

const located = ownOnly(isLocatedOutline, "located sheet");
const consolidation = ownOnly(isOutlineConsolidation, "consolidation");

export const reportOutline: FormKind = {
  id: REPORT_OUTLINE,
  ...OUTLINE_FACE,
  versions: OUTLINE_VERSIONS,
  rules: OUTLINE_RULES,
  formSheet: (version, o) => reportOutlineSheet({ form: form(version), sheetName: o.sheetName, year: o.year, unit: o.unit, parent: o.parent }),
  locateMarked: (wb, hit, ctx, found) => outlineByMarker(wb, hit, form(hit.marker.version), ctx, found),
  recognise: (wb, sheet, sheetIndex, ctx) => recogniseOutline(wb, sheet, sheetIndex, form(), ctx),
  expectedLayout: () => form().fields.filter((f) => !f.header).map((f) => f.label).slice(0, 3).join("; "),
  check: (l, ctx, found) => checkReportOutline(located(l), ctx, found),
  fingerprint: (r) => outlineFingerprint(form(r.version), r),
  unitValues: (r) => outlineUnitValues(form(r.version), r),
  sum(version, accepted) {
    const { outline, ignored } = sumOutline(form(version), accepted);
    return {
      members: { outline },
      totals: { participation: { total: outline.participants }, funding: outline.funding },
      totalsProvenance: {
        participation: { trainees: [], activities: [], total: outline.provenance.participants },
        funding: { state: outline.provenance.state, other: outline.provenance.other, total: [...outline.provenance.state, ...outline.provenance.other] },
      },
      ignored,
    };
  },
  summarySheets(c, year, names, ctx) {
    const o = consolidation(c);
    const own = names.report !== undefined ? [outlineOwnReport(o, form(o.version), year, names.report, ctx)] : [];
    return [outlineSummarySheet(o, form(o.version), year, names), outlineDetailSheet(o, form(o.version), names.detail, ctx.folder), ...own];
  },
  json(c) {
    const o = consolidation(c).outline;
    const extra: OutlineJson = {
      outline: defined({
        participants: o.participants,
        funding: defined(o.funding),
        ceremonyForms: o.ceremonyForms,
        assessments: o.assessments,
        ceremonies: o.ceremonies.map((x) => defined(x)),
        recommendations: o.recommendations,
      }),
    };
    return { rows: {}, extra };
  },
};

export * from "./types";
export { OUTLINE_FACE } from "./labels";
export type { OutlineField, ReportOutlineForm } from "./schema";
export { OUTLINE_VERSIONS, outlineForm, outlineFormAt } from "./versions";
export { OUTLINE_RULES, type OutlineCode } from "./rules";
export { reportOutlineSheet, OUTLINE_COLS } from "./sheet";
export { sumOutline } from "./sum";
export { checkOutline } from "./check";
export { outlineSummarySheet } from "./summary-sheet";
export { outlineDetailSheet, outlineDetailColumns, outlineDetailRange, type OutlineDetailColumn } from "./detail-sheet";
