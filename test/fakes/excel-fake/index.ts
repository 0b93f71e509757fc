/**
 * An in-memory fake of the part of the Excel JavaScript API (Office.js) that src/excel uses,
 * for tests: see README.md. Plain TypeScript with no Node API and no test-runner import, so
 * webpack can bundle it into a page for e2e tests as well as jest running it.
 */
export { FakeExcel, type FakeExcelOptions } from "./fake-excel";
export { installFakeOffice } from "./office";
export { FakeOfficeError } from "./errors";
export type { SheetSeed, SeedValue } from "./seed";
export type { WorkbookParser, InsertCall } from "./insert-base64";
