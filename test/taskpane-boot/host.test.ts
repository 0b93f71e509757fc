/**
 * @jest-environment jsdom
 *
 * The task pane must start within 2 s whatever office.js does: fail to load, load late,
 * answer Excel, answer "no host" (a plain browser) or never answer. Timers are jest's fake
 * ones, so "2 s" is asserted without waiting for it.
 */
import { readFileSync } from "fs";
import path from "path";
import { detectHost, hostTimeout, launchedByOffice, type HostKind, type HostScope, OFFICE_JS_FAILED_FLAG } from "../../src/taskpane/boot/host";
import { FakeExcel, installFakeOffice } from "../fakes/excel-fake";

function officeAnswering(host: string | null): HostScope["Office"] {
  return { onReady: () => Promise.resolve({ host, platform: host ? "PC" : null }) };
}

/** The outcome so far: undefined while detectHost is still waiting. */
function track(p: Promise<HostKind>): { result?: HostKind } {
  const state: { result?: HostKind } = {};
  void p.then((kind) => (state.result = kind));
  return state;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("no office.js at all: standalone after the timeout, not before", async () => {
  const state = track(detectHost(2000, {}));
  await jest.advanceTimersByTimeAsync(1999);
  expect(state.result).toBeUndefined();
  await jest.advanceTimersByTimeAsync(1);
  expect(state.result).toBe("standalone");
});

test("office.js failed to load (the flag set by index.html): standalone at once", async () => {
  const state = track(detectHost(2000, { __htsdOfficeJsFailed: true }));
  await jest.advanceTimersByTimeAsync(0);
  expect(state.result).toBe("standalone");
});

test("an Office already in place (the e2e fake) wins over the CDN failure flag", async () => {
  await expect(detectHost(2000, { __htsdOfficeJsFailed: true, Office: officeAnswering("Excel") })).resolves.toBe("excel");
});

test("office.js in Excel: excel", async () => {
  await expect(detectHost(2000, { Office: officeAnswering("Excel") })).resolves.toBe("excel");
});

test("office.js in a plain browser (host null) or in another host: standalone", async () => {
  await expect(detectHost(2000, { Office: officeAnswering(null) })).resolves.toBe("standalone");
  await expect(detectHost(2000, { Office: officeAnswering("Word") })).resolves.toBe("standalone");
});

test("Office.onReady that never fires: standalone after the timeout", async () => {
  const state = track(detectHost(2000, { Office: { onReady: () => new Promise(() => undefined) } }));
  await jest.advanceTimersByTimeAsync(2000);
  expect(state.result).toBe("standalone");
});

test("office.js that arrives late (async script) is still used", async () => {
  const scope: HostScope = {};
  const state = track(detectHost(2000, scope));
  await jest.advanceTimersByTimeAsync(600);
  scope.Office = officeAnswering("Excel");
  await jest.advanceTimersByTimeAsync(50);
  expect(state.result).toBe("excel");
});

test("defaults to the window's globals: the Excel fake installed on window reads as excel", async () => {
  const uninstall = installFakeOffice(window, new FakeExcel());
  try {
    await expect(detectHost()).resolves.toBe("excel");
  } finally {
    uninstall();
  }
  const hanging = installFakeOffice(window, new FakeExcel({ onReady: "never" }));
  try {
    const state = track(detectHost());
    await jest.advanceTimersByTimeAsync(2000);
    expect(state.result).toBe("standalone");
  } finally {
    hanging();
  }
});

/** index.html as html-webpack-plugin renders it (with its own template engine, lodash's) for taskpane.html or htsd.html. */
function renderPage(officeJs: boolean): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const template = require("lodash/template") as (source: string) => (data: object) => string;
  const source = readFileSync(path.resolve(__dirname, "../../src/taskpane/index.html"), "utf8");
  document.documentElement.innerHTML = template(source)({ officeJs, unsupportedScript: "/* unsupported */" }).replace(/^\s*<!doctype html>/i, "");
}

test("index.html loads office.js from Microsoft's CDN without blocking, and sets the failure flag", () => {
  renderPage(true);
  const scripts = [...document.querySelectorAll("script")];
  // office.js, then (after #root, before the deferred bundle) the check for hosts the pane cannot run in.
  expect(scripts.map((s) => s.getAttribute("src") ?? s.textContent)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "/* unsupported */"]);
  const office = scripts[0]!;
  expect(office.getAttribute("src")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(office.hasAttribute("async")).toBe(true);
  expect(office.getAttribute("onerror")).toBe(`window.${OFFICE_JS_FAILED_FLAG} = true`);
  expect(document.getElementById("root")).not.toBeNull();
});

test("the single-file page (htsd.html) loads no office.js and starts at once, outside Excel", () => {
  renderPage(false);
  const scripts = [...document.querySelectorAll("script")];
  expect(scripts.map((s) => s.getAttribute("src") ?? s.textContent)).toEqual([`window.${OFFICE_JS_FAILED_FLAG} = true;`, "/* unsupported */"]);
});

describe("how long to wait for office.js", () => {
  it("waits two seconds in a plain browser and a minute when Office opened the pane", () => {
    expect(hostTimeout({ search: "", hash: "" })).toBe(2000);
    expect(hostTimeout({ search: "?foo=1", hash: "" })).toBe(2000);
    expect(launchedByOffice({ search: "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", hash: "" })).toBe(true);
    expect(hostTimeout({ search: "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", hash: "" })).toBe(60_000);
    expect(hostTimeout({ search: "", hash: "#_host_Info=Excel$Mac$16.01" })).toBe(60_000);
  });
});
