export type { CheckedFile, CheckOutcome, CheckContext, Fix, ExcludedCell, WorkbookFormat, ContentPrint } from "./result";
export { CHECK_RULES, CELL_RULES, SHEET_RULES, type CheckCode } from "./rules";
export { readNumberCell, type CellOutcome, type NumberCellAt } from "./cell-reader";
export { readDateCell, readDateString, futureDate, type DateCell } from "./dates";
export { reportBase } from "./report-base";
