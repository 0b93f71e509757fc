export { checkWorkbook, type CheckContext } from "./check-workbook";
export type { CheckedFile, Fix, ExcludedCell } from "./result";
export { ALL_RULES, CHECK_RULES, CELL_RULES, STATS_RULES, OUTLINE_RULES, SHEET_RULES, type CheckCode } from "./rules";
export { Findings, BOTH_FORMS, type Rule, type LooksAt } from "./rule";
export { readNumberCell, type CellOutcome, type NumberCellAt } from "./cell-reader";
