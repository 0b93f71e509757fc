/**
 * Entry for e2e tests: bundle this file (webpack, target web) and load it in the page in
 * place of office.js, e.g. by answering the request for
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js with the bundle. It installs the
 * fake on `window`, configured by `window.__htsdFakeExcelOptions` if the test set it first
 * (Playwright's `addInitScript`), and leaves the instance at `window.__htsdFakeExcel` for the
 * test to inspect with `page.evaluate`.
 */
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";
import { installFakeOffice } from "./office";

const page = window as unknown as { __htsdFakeExcelOptions?: FakeExcelOptions; __htsdFakeExcel?: FakeExcel };
const fake = new FakeExcel(page.__htsdFakeExcelOptions ?? {});
installFakeOffice(window, fake);
page.__htsdFakeExcel = fake;
