/** What the e2e init script puts on `window`, typed for both the bundle and `page.evaluate`. */
import type { FakeExcel, SheetSeed } from "../../fakes/excel-fake";

/** The serialisable part of FakeExcelOptions: it crosses from the test to the page as JSON. */
export interface E2EExcelOptions {
  apiVersion?: string;
  sheets?: SheetSeed[];
  activeSheet?: string;
  /** .xlsx files (base64) whose sheets are in the workbook from the start, after `sheets`. */
  openWorkbooks?: string[];
  /** Each `context.sync()` answers after this many milliseconds, as Excel's round trip does; at once by default. */
  syncMs?: number;
}

export interface E2EExcelWindow {
  __htsdE2EExcel?: E2EExcelOptions;
  __htsdFake: FakeExcel;
}
