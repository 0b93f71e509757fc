/**
 * Bundled for the browser (see ../support/fake-bundle.ts) and run by `addInitScript` before
 * the pane's own scripts: the Excel fake of the unit tests, installed where office.js would
 * put `Office` and `Excel`, with the project's reader as its `insertWorksheetsFromBase64`
 * parser so that an inserted form is a sheet of real cells. The test configures it through
 * `window.__htsdE2EExcel` and reaches it through `window.__htsdFake`.
 */
import { FakeExcel, installFakeOffice, type FakeExcelOptions } from "../../fakes/excel-fake";
import { FakeRequestContext } from "../../fakes/excel-fake/context";
import { readWorkbook } from "../../../src/xlsx/reader";
import type { E2EExcelWindow } from "./window";

const page = window as unknown as E2EExcelWindow;
const { openWorkbooks = [], syncMs, ...given } = page.__htsdE2EExcel ?? {};

if (syncMs !== undefined) {
  // Excel answers a sync from another process: the pane's thread gets the event loop back meanwhile.
  const sync = FakeRequestContext.prototype.sync;
  FakeRequestContext.prototype.sync = async function <T>(this: FakeRequestContext, passThroughValue?: T): Promise<T> {
    await new Promise((resolve) => setTimeout(resolve, syncMs));
    return sync.call(this, passThroughValue) as Promise<T>;
  };
}

function sheetsOf(bytes: Uint8Array) {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.problem.code);
  return read.workbook.sheets;
}

const opened = openWorkbooks.flatMap((base64) => sheetsOf(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))));
const options: FakeExcelOptions = {
  ...given,
  ...(opened.length > 0 ? { sheets: [...(given.sheets ?? []), ...opened] } : {}),
  parseWorkbook: sheetsOf,
};
const fake = new FakeExcel(options);
installFakeOffice(window, fake);
page.__htsdFake = fake;
