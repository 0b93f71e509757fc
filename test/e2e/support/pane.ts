/**
 * Opening the task pane of the production build in a page: standalone (office.js blocked,
 * as in a browser tab without Office) or in "Excel" (office.js blocked too, the Excel fake
 * installed before the pane's scripts run). The page's clock is fixed at NOW so that the
 * pane and the command line judge dates alike; timers keep running.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import type { BrowserContext, Download, Locator, Page } from "playwright-core";
import type { E2EExcelOptions } from "../page/window";
import { NOW } from "./schools";

export const SCREENSHOTS = resolve(__dirname, "../../../docs/screenshots");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/**";

export interface Pane {
  page: Page;
  /** Uncaught errors, console errors and requests leaving localhost, office.js's blocked request aside. */
  errors: string[];
  /** Milliseconds from navigation to the tabs being on screen. */
  startMs: number;
}

export interface PaneOptions {
  /** Present: the pane runs in "Excel", over the fake configured so. */
  excel?: E2EExcelOptions;
  width?: number;
  height?: number;
  /** What becomes of the request for office.js: it fails at once (default), or never gets an answer. */
  officeJs?: "fails" | "hangs";
  /** The processor count the page sees (how many check workers the pane starts); the machine's by default. */
  cores?: number;
}

function fakeBundle(): string {
  const path = process.env.HTSD_E2E_FAKE_EXCEL;
  if (!path) throw new Error("HTSD_E2E_FAKE_EXCEL is not set: run the browser tests with `jest -c jest.e2e.config.js` (its global setup bundles the Excel fake).");
  return readFileSync(path, "utf8");
}

export async function openPane(context: BrowserContext, baseUrl: string, options: PaneOptions = {}): Promise<Pane> {
  const page = await context.newPage();
  await page.setViewportSize({ width: options.width ?? 320, height: options.height ?? 720 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // The blocked office.js request is the point of standalone mode, not a failure.
    if (m.type() === "error" && !/Failed to load resource: net::ERR_FAILED/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  // The pane needs nothing from the internet but office.js (fonts, scripts and workers come from dist/).
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:"].includes(url.protocol) || url.hostname === "localhost" || url.hostname === "appsforoffice.microsoft.com") return;
    errors.push(`request to the internet: ${r.url()}`);
  });
  // File chooser interception on from the start: a keyboard Enter reaches the page sooner
  // than Playwright could turn it on when a test starts waiting for the chooser.
  page.on("filechooser", () => undefined);
  // Office's CDN is never reached: standalone mode starts without it, and in "Excel" the fake stands in.
  await page.route(OFFICE_JS, (route) => (options.officeJs === "hangs" ? undefined : route.abort()));
  await page.clock.setFixedTime(NOW);
  if (options.cores !== undefined) await page.addInitScript(`Object.defineProperty(navigator, "hardwareConcurrency", { get: () => ${options.cores} });`);
  if (options.excel) await page.addInitScript({ content: `window.__htsdE2EExcel = ${JSON.stringify(options.excel)};\n${fakeBundle()}` });
  const t0 = Date.now();
  // Not "load": a hanging office.js would hold that event back for ever.
  await page.goto(baseUrl + "taskpane.html", { waitUntil: "domcontentloaded" });
  await page.getByRole("tab", { name: "Tổng hợp" }).waitFor();
  return { page, errors, startMs: Date.now() - t0 };
}

export function tab(page: Page, name: "Chèn mẫu" | "Kiểm tra" | "Tổng hợp"): Locator {
  return page.getByRole("tab", { name, exact: true });
}

/** The visible tab panel (the other two stay mounted but hidden, so roles skip them). */
export function panel(page: Page): Locator {
  return page.getByRole("tabpanel");
}

/** Chooses files the way a user does: the "Chọn tệp…" button opens the browser's file chooser. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), panel(page).getByRole("button", { name: /Chọn tệp…/ }).click()]);
  await chooser.setFiles(paths);
}

/** The names of the files the page downloads from now on, as they come. */
export function downloadsOf(page: Page): string[] {
  const names: string[] = [];
  page.on("download", (d) => names.push(d.suggestedFilename()));
  return names;
}

/**
 * The page's processor `rate` times slower (1: back to full speed), as on a school's PC: the
 * pane's workers run in the same renderer and slow too. Returns the setter for later rates.
 */
export async function throttleCpu(page: Page, rate: number): Promise<(rate: number) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const set = async (r: number) => void (await cdp.send("Emulation.setCPUThrottlingRate", { rate: r }));
  await set(rate);
  return set;
}

/** Runs `action` and returns the file it made the page download, as bytes. */
export async function downloadOf(page: Page, action: () => Promise<unknown>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, name), animations: "disabled", caret: "hide" });
}

/** Polls `read` until it gives `expected` (compared as JSON) or `timeoutMs` passes; returns the last value for `expect`. */
export async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}
