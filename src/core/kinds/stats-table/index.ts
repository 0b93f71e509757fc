/**
 * The statistics table (Phụ lục 02): a table of rows by code, each row's unit of measure
 * deciding which of its cells take numbers; summed row by row.
 */
import { defined } from "../../consolidate/defined";
import { ownOnly, type FormKind } from "../kind";
import { STATS_FACE } from "./labels";
import { checkStats } from "./check";
import { statsFingerprint } from "./fingerprint";
import { statsUnitValues } from "./unit-values";
import { statsDetailSheet } from "./detail-sheet";
import { expectedHeaders } from "./header";
import { recogniseStats, statsByMarker } from "./locate";
import { STATS_RULES } from "./rules";
import { statsTableSheet } from "./sheet";
import { sumStats } from "./sum";
import { statsSummarySheet } from "./summary-sheet";
import { isLocatedStats, isStatsConsolidation, STATS_TABLE } from "./types";
import { STATS_VERSIONS, statsFormAt as form } from "./versions";

const located = ownOnly(isLocatedStats, "located sheet");
const consolidation = ownOnly(isStatsConsolidation, "consolidation");

export const statsTable: FormKind = {
  id: STATS_TABLE,
  ...STATS_FACE,
  versions: STATS_VERSIONS,
  rules: STATS_RULES,
  formSheet: (version, o) => statsTableSheet({ form: form(version), sheetName: o.sheetName, year: o.year, unit: o.unit, parent: o.parent }),
  locateMarked: (wb, hit, ctx, found) => statsByMarker(wb, hit, form(hit.marker.version), ctx, found),
  recognise: (wb, sheet, sheetIndex, ctx) => recogniseStats(wb, sheet, sheetIndex, form(), ctx),
  expectedLayout: () => expectedHeaders(form()),
  check: (l, ctx, found) => checkStats(located(l), ctx, found),
  fingerprint: statsFingerprint,
  unitValues: (r) => statsUnitValues(form(r.version), r),
  sum(version, accepted) {
    const { ignored, totals, totalsProvenance, ...members } = sumStats(form(version), accepted);
    return { members, totals, totalsProvenance, ignored };
  },
  summarySheets(c, year, names, ctx) {
    const s = consolidation(c);
    return [statsSummarySheet(s, form(s.version), year, names, ctx), statsDetailSheet(s, form(s.version), names.detail, ctx.folder)];
  },
  json: (c) => ({ rows: Object.fromEntries(Object.entries(consolidation(c).rows).map(([code, v]) => [code, defined(v)])), extra: {} }),
};

export * from "./types";
export { STATS_FACE } from "./labels";
export type { StatsRow, StatsTableForm } from "./schema";
export { STATS_VERSIONS, statsForm, statsFormAt } from "./versions";
export { STATS_RULES, type StatsCode } from "./rules";
export { STATS_COLS, STATS_HEADER, columnOf, rowOf, lastRow } from "./grid";
export { statsTableSheet, type StatsSheetOptions, type CellContent } from "./sheet";
export { findStatsHeader, expectedHeaders, type StatsHeader } from "./header";
export { sumStats, statsTotals, type StatsSums } from "./sum";
export { summaryAsReport } from "./as-report";
export { statsSummarySheet } from "./summary-sheet";
export { statsDetailSheet, statsDetailColumns, detailRange, measureLabel, shortLabel, type DetailColumn } from "./detail-sheet";
export { isTemplateTotal } from "./cells";
