export { locateForm, type LocateResult } from "./locate-form";
export { checkWorkbook } from "./check-workbook";
export { consolidate } from "./consolidate";
export { toJson, type ConsolidationJson, type JsonNote } from "./json";
export { summarySheets } from "./summary-sheets";
export { formSheet, defaultSheetName } from "./form-sheet";
export { formName, formOf } from "./decide";
export { defaultSheetNames } from "../consolidate";
