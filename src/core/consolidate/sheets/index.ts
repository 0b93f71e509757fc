export * from "./common";
export { statsDetailSheet, statsDetailColumns, detailRange, DETAIL_FIRST_ROW, measureLabel, shortLabel, type DetailColumn } from "./stats-detail";
export { outlineDetailSheet, outlineDetailColumns, OUTLINE_DETAIL_FIRST_ROW } from "./outline-detail";
export { statsSummarySheet } from "./stats-summary";
export { outlineSummarySheet } from "./outline-summary";
export { logSheet, statusLabel } from "./log-sheet";
export { summarySheets } from "./summary-sheets";
