/**
 * An in-memory fake of the Excel JavaScript API (Office.js) for tests: see README.md.
 * Plain TypeScript with no Node API and no test-runner import, so webpack can bundle it
 * into a page for e2e tests as well as jest running it.
 */
export { FakeExcel, type FakeExcelOptions } from "./fake-excel";
export { installFakeOffice, type FakeOfficeGlobals } from "./office";
export { FakeOfficeError, ErrorCodes } from "./errors";
export { FakeRequestContext } from "./context";
export { FakeClientObject, FakeClientResult } from "./client-object";
export { FakeWorkbook, FakeApplication } from "./workbook";
export { FakeWorksheet, FakeWorksheetCollection } from "./worksheets";
export { FakeRange } from "./range";
export { FakeRangeAreas } from "./range-areas";
export { FakeNamedItem, FakeNamedItemCollection } from "./names";
export { FakeDataValidation } from "./data-validation";
export { FakeSheetView } from "./inspect";
export { defaultEvaluator, type FormulaEvaluator, type FormulaScope, type Evaluated } from "./formula";
export type { SheetSeed, SeedValue } from "./seed";
export type { WorkbookParser, InsertCall, InsertOptions } from "./insert-base64";
