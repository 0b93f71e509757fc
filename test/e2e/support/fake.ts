/**
 * The test's hands and eyes on the Excel fake inside the page (`window.__htsdFake`, put
 * there by ../page/fake-excel-entry.ts): what a person would type into the workbook, and
 * what they would see in it.
 */
import type { Page } from "playwright-core";
import type { E2EExcelWindow } from "../page/window";

/** Straight into the fake's model, as a person types into Excel: numbers stay numbers, text stays text. */
export function typeIntoSheet(page: Page, sheet: string, cells: [string, string | number][]): Promise<void> {
  return page.evaluate(
    ({ sheet, cells }) => {
      const fake = (window as unknown as E2EExcelWindow).__htsdFake;
      for (const [address, value] of cells) fake.setValues(sheet, address, [[value]]);
    },
    { sheet, cells },
  );
}

export function cellValue(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(({ sheet, address }) => (window as unknown as E2EExcelWindow).__htsdFake.sheet(sheet).cell(address).value, { sheet, address });
}

export function cellValues(page: Page, sheet: string, addresses: string[]): Promise<unknown[]> {
  return page.evaluate(({ sheet, addresses }) => addresses.map((a) => (window as unknown as E2EExcelWindow).__htsdFake.sheet(sheet).cell(a).value), { sheet, addresses });
}

/** What Excel shows selected: sheet and address. */
export function selection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as E2EExcelWindow).__htsdFake.selection);
}

export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as E2EExcelWindow).__htsdFake.sheetNames());
}

/** Every text a sheet shows (its used range), for "is this name in there" questions. */
export function sheetTexts(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((sheet) => (window as unknown as E2EExcelWindow).__htsdFake.sheet(sheet).values().flat().filter((v): v is string => typeof v === "string"), sheet);
}
