#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, console, document, performance, MutationObserver, window */
// Two builds of the pane compared in one sitting, for a change whose effect is smaller than
// the machine's noise: `node bench/pane-ab.js DIST_A DIST_B` (each a copy of dist/ made with
// `npm run build`) consolidates the same files with each build in turn (A B, then B A, and so
// on: a slow spell falls on both), as bench/pane.js does it (a fresh page, the Tổng hợp tab,
// the files chosen, "Tổng hợp" clicked as soon as the pane says they are), and prints for each
// run the time from the click to the result card, when the last file was checked and the
// main-thread tasks over 50 ms (when, from the click, and how long), then each build's medians. PANE_FILES (1000) and PANE_RUNS (8) size it; PANE_THINK_MS as in
// bench/pane.js. Timings only: bench/pane.js measures the tasks, the heaps and "Hủy".
"use strict";
const { chromium } = require("playwright-core");
const { serve, formsFor, watchLongTasks, CHROMIUM, ARGS } = require("./pane");

const DISTS = process.argv.slice(2);
const FILES = Number(process.env.PANE_FILES || 1000);
const RUNS = Number(process.env.PANE_RUNS || 8);
const THINK_MS = Number(process.env.PANE_THINK_MS || 0);

/** In the page: clicks "Tổng hợp", resolves with the milliseconds to the result card and to the consolidating and rendering phases. */
function runInPage() {
  return new Promise((resolve) => {
    const panel = () => document.querySelector('[role="tabpanel"]:not([hidden])');
    const start = performance.now();
    window.__benchLongTasks.length = 0;
    const at = {};
    const observer = new MutationObserver(() => {
      const text = panel().textContent;
      for (const [phase, words] of [["consolidating", "Đang tổng hợp số liệu"], ["rendering", "Đang ghi kết quả"]]) if (at[phase] === undefined && text.includes(words)) at[phase] = Math.round(performance.now() - start);
      if (panel().querySelector('[role="region"]')) {
        observer.disconnect();
        resolve({ totalMs: Math.round(performance.now() - start), ...at, longTasks: window.__benchLongTasks.map((t) => `${Math.round(t.ms)} ms at ${Math.round(t.at - start)}`) });
      }
    });
    observer.observe(panel(), { subtree: true, childList: true, characterData: true });
    Array.from(panel().querySelectorAll("button")).find((b) => b.textContent.trim() === "Tổng hợp").click();
  });
}

async function once(browser, url, paths) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 800 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  try {
    const page = await context.newPage();
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.addInitScript(watchLongTasks);
    await page.goto(url + "taskpane.html", { waitUntil: "domcontentloaded" });
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("tabpanel").locator('input[type="file"]').setInputFiles(paths);
    await page.getByRole("tabpanel").getByText(`Đã chọn ${paths.length} tệp.`).waitFor();
    if (THINK_MS > 0) await page.waitForTimeout(THINK_MS);
    const r = await page.evaluate(runInPage);
    await page.waitForTimeout(200);
    if (downloads !== 1) throw new Error(`${url}: ${downloads} downloads, not the summary`);
    return r;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  if (DISTS.length < 2) throw new Error("Usage: node bench/pane-ab.js DIST_A DIST_B [DIST_C…]");
  const paths = formsFor(FILES);
  const servers = await Promise.all(DISTS.map((d) => serve(d)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const runs = DISTS.map(() => []);
  try {
    for (let round = 0; round < RUNS; round++) {
      const order = DISTS.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const r = await once(browser, servers[i].url, paths);
        runs[i].push(r);
        console.log(`round ${round + 1}, ${DISTS[i]}: ${r.totalMs} ms (last file checked at ${r.consolidating} ms, summary asked at ${r.rendering} ms; main-thread tasks over 50 ms: ${r.longTasks.join(", ") || "none"})`);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  for (const [i, dist] of DISTS.entries()) {
    const total = runs[i].map((r) => r.totalMs);
    const writing = runs[i].map((r) => r.totalMs - r.rendering);
    console.log(`${dist}: ${FILES} files, median ${median(total)} ms [${total.join(", ")}]; last file checked, median ${median(runs[i].map((r) => r.consolidating))} ms; summary asked → result, median ${median(writing)} ms [${writing.join(", ")}]`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
