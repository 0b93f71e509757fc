#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, console, __dirname, URL, window, document, performance, PerformanceObserver, MutationObserver, setTimeout, clearTimeout */
// The task pane's consolidation in Debian's Chromium (playwright-core, no browser download),
// as a consolidator uses it: the production build (`npm run build`, dist/; nothing is built
// here) served from localhost, the Tổng hợp tab, N received files chosen, "Tổng hợp" clicked.
// For 1,000 and 5,000 generated forms (.bench/forms-1000, the first 5,000 of forms-10000) it
// prints the time from the click to the result card, the longest main-thread task
// (PerformanceObserver "longtask"), the peak JS heap of the pane's thread (CDP
// Performance.getMetrics), of the pane's thread and its workers together (CDP Runtime.getHeapUsage
// in each worker), and of the renderer process (peak RSS from /proc),
// then the time from clicking "Hủy" to the pane saying it cancelled, in every phase, with
// whether anything was downloaded after it. The last line is one JSON object of all figures.
//
// PANE_SIZES=1000 shortens a run; BENCH_FORMS_DIR points at another folder of generated sets,
// PANE_DIST at another build (to compare two builds in one sitting). PANE_THINK_MS=2000 waits
// that long between the files chosen and the click, as a user reading the options would (the
// pane starts its workers when the tab opens, and they rehearse until the click); by default
// the click comes as soon as the pane says the files are chosen, the hardest case.
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const DIST = process.env.PANE_DIST || path.join(ROOT, "dist");
const FORMS = process.env.BENCH_FORMS_DIR || path.join(ROOT, ".bench");
const SIZES = (process.env.PANE_SIZES || "1000,5000").split(",").map(Number);
const CHROMIUM = "/usr/bin/chromium";
// As the e2e tests launch it (test/e2e/support/chromium.ts): off the network, fresh profile.
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SAMPLE_MS = 100;
const THINK_MS = Number(process.env.PANE_THINK_MS || 0);

const log = (s = "") => console.log(s);

/** The first `n` generated forms of the smallest set that has them. */
function formsFor(n) {
  for (const size of [1000, 10000, 50000]) {
    const dir = path.join(FORMS, `forms-${size}`);
    if (size < n || !fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();
    if (files.length >= n) return files.slice(0, n).map((f) => path.join(dir, f));
  }
  throw new Error(`No set of ${n} generated forms under ${FORMS} (forms-1000, forms-10000): run \`npm run bench\` once to generate them.`);
}

/** dist/ on localhost, with the Content-Types a script and a worker need. */
function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://localhost").pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://localhost:${server.address().port}/`, close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))) })));
}

/** Resident memory of the renderer processes below `ancestor` (this script launched the browser; the page and its workers live there), in bytes. */
function rendererRss(ancestor) {
  const children = new Map();
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // Gone since the listing.
    }
  }
  let total = 0;
  const walk = (pid) => {
    for (const child of children.get(pid) || []) {
      try {
        if (fs.readFileSync(`/proc/${child}/cmdline`, "utf8").includes("--type=renderer")) {
          total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child}/status`, "utf8"))[1]) * 1024;
        }
      } catch {
        // Gone since the listing.
      }
      walk(child);
    }
  };
  walk(ancestor);
  return total;
}

/**
 * The JS heap of every worker the page starts, through CDP: the pane's session attaches to
 * each worker (not flattened, so this plain session can talk to it) and asks its heap use.
 */
async function workerHeaps(cdp) {
  const live = new Set();
  const pending = new Map();
  let id = 0;
  cdp.on("Target.attachedToTarget", (e) => e.targetInfo.type === "worker" && live.add(e.sessionId));
  cdp.on("Target.detachedFromTarget", (e) => live.delete(e.sessionId));
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const m = JSON.parse(e.message);
    if (m.id !== undefined && pending.has(m.id)) pending.get(m.id)(m.result ? m.result.usedSize : 0);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const heapOf = (sessionId) =>
    new Promise((resolve) => {
      const ask = ++id;
      pending.set(ask, (v) => (pending.delete(ask), resolve(v)));
      // A worker that ends before it answers counts for nothing.
      setTimeout(() => pending.has(ask) && (pending.delete(ask), resolve(0)), 1000);
      cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: ask, method: "Runtime.getHeapUsage" }) }).catch(() => resolve(0));
    });
  return { total: async () => (await Promise.all([...live].map(heapOf))).reduce((a, b) => a + b, 0), count: () => live.size };
}

/** Installed before the pane's scripts: every main-thread task over 50 ms, as the browser reports it. */
function watchLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

/**
 * In the page: clicks "Tổng hợp" and resolves with the milliseconds until the result card
 * shows. With `cancelAt` (a pattern of the progress text), clicks "Hủy" as soon as the text
 * matches instead, and resolves with the milliseconds from that click to the cancelled notice.
 */
function runInPage({ cancelAt, minDone }) {
  const panel = () => document.querySelector('[role="tabpanel"]:not([hidden])');
  const button = (name) => Array.from(panel().querySelectorAll("button")).find((b) => b.textContent.trim() === name);
  return new Promise((resolve, reject) => {
    let clickedCancel;
    const start = performance.now();
    // When each phase was first seen, from the click.
    const phases = {};
    const check = () => {
      const text = panel().textContent;
      for (const [phase, words] of [["reading", "Đang đọc"], ["consolidating", "Đang tổng hợp số liệu"], ["rendering", "Đang ghi kết quả"]]) {
        if (phases[phase] === undefined && text.includes(words)) phases[phase] = Math.round(performance.now() - start);
      }
      if (cancelAt && clickedCancel === undefined) {
        const m = new RegExp(cancelAt).exec(text);
        if (m && (m[1] === undefined || Number(m[1]) >= minDone)) {
          clickedCancel = performance.now();
          button("Hủy").click();
        }
      }
      if (clickedCancel !== undefined && text.includes("Đã hủy tổng hợp")) return done({ cancelMs: performance.now() - clickedCancel });
      if (panel().querySelector('[role="region"]')) return done({ totalMs: performance.now() - start, phases, cancelled: clickedCancel !== undefined });
      if (/Lỗi|không chạy được/.test(text) && !panel().querySelector('[role="progressbar"]') && performance.now() - start > 100) return done({ failed: text.slice(0, 300) });
    };
    const observer = new MutationObserver(check);
    const done = (r) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(() => (observer.disconnect(), reject(new Error("no result within 10 minutes"))), 600000);
    observer.observe(panel(), { subtree: true, childList: true, characterData: true });
    button("Tổng hợp").click();
  });
}

/** One measured consolidation of `paths`, and then a cancel in each phase. */
async function measure(browser, url, paths) {
  const n = paths.length;
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 800 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const downloads = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.addInitScript(watchLongTasks);
  await page.goto(url + "taskpane.html", { waitUntil: "domcontentloaded" });
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await page.getByRole("tabpanel").locator('input[type="file"]').setInputFiles(paths);
  await page.getByRole("tabpanel").getByText(`Đã chọn ${n} tệp.`).waitFor();
  if (THINK_MS > 0) await page.waitForTimeout(THINK_MS);

  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const workers = await workerHeaps(cdp);
  const peak = { heap: 0, all: 0, workers: 0, rss: 0 };
  /** Every sample of all heaps, by the time since the click, to say which phase holds the most. */
  const samples = [];
  let clickedAt = Infinity;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const [{ metrics }, inWorkers] = await Promise.all([cdp.send("Performance.getMetrics"), workers.total()]);
      const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
      peak.heap = Math.max(peak.heap, heap);
      peak.all = Math.max(peak.all, heap + inWorkers);
      samples.push({ at: Date.now() - clickedAt, all: heap + inWorkers });
      peak.workers = Math.max(peak.workers, workers.count());
      peak.rss = Math.max(peak.rss, rendererRss(process.pid));
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  })();

  await page.evaluate(() => ((window.__benchLongTasks.length = 0), (window.__benchClick = performance.now())));
  // PANE_PROFILE=file.cpuprofile: the pane's thread profiled during the full run (for finding what blocks it).
  if (process.env.PANE_PROFILE) await cdp.send("Profiler.enable").then(() => cdp.send("Profiler.start"));
  clickedAt = Date.now();
  const full = await page.evaluate(runInPage, { cancelAt: null, minDone: 0 });
  if (process.env.PANE_PROFILE) fs.writeFileSync(process.env.PANE_PROFILE, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  if (full.failed) throw new Error(`the pane failed: ${full.failed}`);
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => window.__benchLongTasks.map((t) => ({ at: Math.round(t.at - window.__benchClick), ms: Math.round(t.ms) })));
  sampling = false;
  await sampler;
  const fullDownloads = downloads.splice(0);
  const bounds = [["reading", full.phases.reading], ["consolidating", full.phases.consolidating], ["rendering", full.phases.rendering], ["done", full.totalMs]];
  const heapByPhase = {};
  for (const [i, [phase, from]] of bounds.slice(0, -1).entries()) {
    const inPhase = samples.filter((x) => x.at >= from && x.at < bounds[i + 1][1]).map((x) => x.all);
    heapByPhase[phase] = +(Math.max(0, ...inPhase) / 2 ** 20).toFixed(1);
  }

  // Cancel in each phase; each run starts again from the ready pane, with the same files.
  const phases = [
    ["reading (5 %)", "Đang đọc (\\d+)/\\d+ tệp", Math.ceil(n * 0.05)],
    ["reading (50 %)", "Đang đọc (\\d+)/\\d+ tệp", Math.ceil(n * 0.5)],
    ["consolidating", "Đang tổng hợp số liệu", 0],
    ["rendering", "Đang ghi kết quả tổng hợp", 0],
  ];
  const cancels = {};
  for (const [name, pattern, minDone] of phases) {
    const r = await page.evaluate(runInPage, { cancelAt: pattern, minDone });
    // Long enough for a summary that was not stopped to arrive.
    await page.waitForTimeout(2000);
    const ready = await page.getByRole("tabpanel").getByRole("button", { name: "Tổng hợp", exact: true }).isEnabled();
    cancels[name] = { ms: r.cancelMs === undefined ? null : Math.round(r.cancelMs), missedPhase: r.cancelMs === undefined, downloaded: downloads.splice(0).length, ready };
  }
  await context.close();
  return {
    files: n,
    /** The machine's load when the run ended (1 and 5 minutes): on a shared machine, what the times are worth. */
    loadAverage: os.loadavg().slice(0, 2).map((x) => +x.toFixed(1)),
    totalMs: Math.round(full.totalMs),
    phasesFromMs: full.phases,
    downloaded: fullDownloads,
    longestTaskMs: Math.max(0, ...longTasks.map((t) => t.ms)),
    tasksOver100ms: longTasks.filter((t) => t.ms > 100).length,
    /** When each task over 50 ms began, from the click: set beside the phases, it says which phase blocked. */
    longTasks,
    peakMainHeapMB: +(peak.heap / 2 ** 20).toFixed(1),
    peakAllHeapsMB: +(peak.all / 2 ** 20).toFixed(1),
    peakAllHeapsByPhaseMB: heapByPhase,
    workers: peak.workers,
    peakRendererRssMB: +(peak.rss / 2 ** 20).toFixed(1),
    cancels,
    errors,
  };
}

async function benchPane({ sizes = SIZES } = {}) {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`No production build in ${DIST}: run \`npm run build\` first.`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Debian's Chromium is missing at ${CHROMIUM} (apt-get install chromium).`);
  const server = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const results = [];
  try {
    for (const n of sizes) {
      const r = await measure(browser, server.url, formsFor(n));
      results.push(r);
      log(`pane, ${n} files${THINK_MS > 0 ? `, clicked ${THINK_MS} ms after choosing` : ""} (load average ${r.loadAverage.join(", ")}): ${r.totalMs} ms (${(r.totalMs / n).toFixed(2)} ms/file), longest main-thread task ${r.longestTaskMs} ms (${r.tasksOver100ms} over 100 ms), peak JS heap ${r.peakMainHeapMB} MB on the pane's thread, ${r.peakAllHeapsMB} MB with its ${r.workers} workers (by phase ${JSON.stringify(r.peakAllHeapsByPhaseMB)}), renderer with workers ${r.peakRendererRssMB} MB RSS; phases began at ${JSON.stringify(r.phasesFromMs)} ms`);
      for (const [phase, c] of Object.entries(r.cancels)) {
        log(`  Hủy while ${phase}: ${c.missedPhase ? "phase passed before it could be caught" : `${c.ms} ms to cancelled`}, ${c.downloaded} downloaded after, ${c.ready ? "ready again" : "NOT ready"}`);
      }
      if (r.errors.length > 0) log(`  page errors: ${r.errors.join("; ")}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

module.exports = { benchPane, serve, formsFor, watchLongTasks, CHROMIUM, ARGS };

if (require.main === module) {
  benchPane()
    .then((results) => log(JSON.stringify({ pane: results })))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
