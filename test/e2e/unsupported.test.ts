/**
 * Where the pane cannot run (Office 2016/2019's Internet Explorer, early Edge, any browser
 * missing what the bundle needs), taskpane.html must say so in Vietnamese and say what to
 * do instead: never a blank pane. Chromium plays those hosts by reporting their user agent,
 * or by lacking a feature the bundle needs, before the page's scripts run.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import type { Page } from "playwright-core";
import { unsupportedMessages } from "../../src/core/messages/unsupported";
import { launchChromium, type Browser } from "./support/chromium";
import { OFFICE_JS, screenshot } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/static-server";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDirectory(process.env.HTSD_E2E_DIST!)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the pane as Office does (`_host_Info`), after `initScript` has made the browser an old one. */
async function openAs(initScript: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 320, height: 720 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(OFFICE_JS, (route) => route.abort());
  await page.addInitScript(initScript);
  await page.goto(server.url + "taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN", { waitUntil: "domcontentloaded" });
  return { page, errors };
}

async function expectMessage(page: Page): Promise<void> {
  const alert = page.getByRole("alert");
  await alert.getByRole("heading", { name: unsupportedMessages["unsupported.title"] }).waitFor();
  const items = await alert.getByRole("listitem").allTextContents();
  expect(items).toEqual([
    unsupportedMessages["unsupported.option.page"].replace("{url}", server.url + "taskpane.html"),
    unsupportedMessages["unsupported.option.web"],
    unsupportedMessages["unsupported.option.form"],
  ]);
  expect(items[0]).toContain("Chrome, Edge hoặc Cốc Cốc");
  // The bundle did not start over the message: the app's tabs never appear, even after the
  // two seconds in which the pane would have started on its own outside Office.
  await page.waitForTimeout(2500);
  expect(await page.getByRole("tab").count()).toBe(0);
  expect(await page.getByRole("alert").isVisible()).toBe(true);
}

it("the inline script in dist/taskpane.html is ES5", () => {
  const html = readFileSync(join(process.env.HTSD_E2E_DIST!, "taskpane.html"), "utf8");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain("__htsdUnsupported");
  expect(() => parse(inline[0], { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
});

it("in Excel 2016/2019's Internet Explorer the pane shows the Vietnamese message, not a blank page", async () => {
  const { page } = await openAs(`Object.defineProperty(Navigator.prototype, "userAgent", { get: () => ${JSON.stringify(IE11)} });`);
  await expectMessage(page);
  await screenshot(page, "excel-cu.png");
  await page.close();
});

it("where a feature the bundle needs is missing (Blob.arrayBuffer, Chrome < 76), the message stands and the bundle stays quiet", async () => {
  const { page, errors } = await openAs("delete Blob.prototype.arrayBuffer;");
  await expectMessage(page);
  expect(errors).toEqual([]);
  await page.close();
});

it("in a browser that has everything, the script stays out of the way", async () => {
  const { page, errors } = await openAs("");
  await page.getByRole("tab", { name: "Tổng hợp" }).waitFor();
  expect(await page.getByRole("alert").count()).toBe(0);
  expect(await page.evaluate(() => (window as { __htsdUnsupported?: boolean }).__htsdUnsupported)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.close();
});
