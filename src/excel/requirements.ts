/**
 * Requirement sets. Office.js throws ApiNotFound at the very call of a member the host
 * lacks, so every optional API is behind `supports(...)` and an operation that cannot work
 * without one refuses up front with `requireSet`, before any Excel.run.
 * Sets as documented in @types/office-js and the Excel JavaScript API reference.
 */
import { portError, type Operation } from "./errors";

export const SETS = {
  /** Excel.run, worksheets, getItem, getActiveWorksheet, Worksheet name/visibility (read)/activate/delete,
   * getRange, getUsedRange, Range values/formulas/numberFormat/valueTypes/rowIndex/columnIndex/select,
   * workbook.names with NamedItem name/type/value. */
  base: "1.1",
  /** `getUsedRange(valuesOnly)`: the parameter itself. */
  usedRangeValuesOnly: "1.2",
  /** getUsedRangeOrNullObject (and getItemOrNullObject). */
  nullObjects: "1.4",
  /** Worksheet.names: the names scoped to one sheet. */
  sheetScopedNames: "1.4",
  /** NamedItem.formula. */
  nameFormula: "1.7",
  /** Workbook.insertWorksheetsFromBase64 and its InsertWorksheetOptions. */
  insertFromBase64: "1.13",
} as const;

export function supports(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

export function requireSet(version: string, operation: Operation): void {
  if (!supports(version)) throw portError("apiUnsupported", operation, { version });
}

/** Excel 2021, Excel on the web and Microsoft 365 have it; Excel 2016/2019 do not. */
export function canInsertSheets(): boolean {
  return supports(SETS.insertFromBase64);
}
