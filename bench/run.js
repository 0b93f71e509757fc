#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, console, Buffer, __dirname */
// `npm run bench`: the consolidation's figures against the physical limit. For 100, 1,000,
// 10,000 and 50,000 generated filled forms (the real form, varied numbers, some
// text-numbers, some hand-typed tables), consolidates them with the command line in a
// child process and prints milliseconds per file (median of runs), files per second and
// peak memory, beside what the same files cost at the floor (reading, unzipping only the
// parts the reader needs and decoding them to text) in one thread and over two threads at
// once, in the same run. Then the same with --json and --csv written too, an inbox where
// every file is sent twice, the reader and checks against ExcelJS's and SheetJS's readers
// in one thread on the same files, the task pane in Chromium (bench/pane.js), 1,000 .xls
// and .ods forms (bench/formats.js), and the hostile corpus, file by file.
//
// BENCH_SIZES=100,1000 and BENCH_RUNS=2 shorten a run; generated sets are kept in .bench/.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const lib = require("./lib");
const { BENCH_DIR, CLI, run, ensureBuilds, requireBuilt, consolidateStats, median, fmt } = lib;
const hostile = require("./hostile");
const formats = require("./formats");
const { floorFromDisk, floorInThreads } = require("./floor");
const { floorOne, timeEach, timeEachAsync } = require("./timing");

const SIZES = (process.env.BENCH_SIZES || "100,1000,10000,50000").split(",").map(Number);
const RUNS = { 100: 5, 1000: 3, 10000: 2, 50000: 1 };
const runsFor = (n) => Number(process.env.BENCH_RUNS) || RUNS[n] || 3;
const SAMPLE = 200;
const IN_PROCESS_ROUNDS = 9;
const YEAR = 2025;
const TEXT_NUMBERS = 0.03;
const HAND_TYPED = 0.05;

const log = (s = "") => console.log(s);
const progress = (s) => process.stderr.write(`  … ${s}\n`);

/** The machine, as docs/performance.md records it. */
function machine() {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0] ? cpu[0].model : "?"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/**
 * What running two threads at once buys on this machine: the same CPU-bound loop in one
 * worker thread, then in two at once. 2× would be two real cores.
 */
async function parallelSpeedup() {
  const { Worker } = require("worker_threads");
  const code = "let x = 0; for (let i = 0; i < 4e8; i++) x += i & 7; require('worker_threads').parentPort.postMessage(x);";
  const spin = (k) => {
    const start = process.hrtime.bigint();
    return Promise.all(Array.from({ length: k }, () => new Promise((resolve) => new Worker(code, { eval: true }).once("message", resolve)))).then(() => Number(process.hrtime.bigint() - start) / 1e6);
  };
  const one = await spin(1);
  const two = await spin(2);
  return { one, two, speedup: (2 * one) / two };
}

/** A generated set, reused across runs while its recipe is unchanged. */
function ensureSet(n) {
  const dir = path.join(BENCH_DIR, `forms-${n}`);
  const recipe = JSON.stringify({ n, seed: n, year: YEAR, textNumbers: TEXT_NUMBERS, handTyped: HAND_TYPED });
  const stamp = path.join(dir, ".recipe");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === recipe) return dir;
  progress(`generating ${n} filled forms in ${path.relative(lib.ROOT, dir)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const args = ["generate", "--count", n, "--out", dir, "--seed", n, "--year", YEAR, "--text-numbers", TEXT_NUMBERS, "--hand-typed", HAND_TYPED];
  run(process.execPath, [CLI, ...args.map(String)]);
  fs.writeFileSync(stamp, recipe);
  return dir;
}

const listForms = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));

/** SheetJS 0.20.3 (a bench-only dev dependency), when installed: the reader a developer would pick instead. */
function sheetJs() {
  try {
    return require("@e965/xlsx");
  } catch {
    return undefined;
  }
}

async function measureSize(n, reader) {
  const dir = ensureSet(n);
  const files = listForms(dir);
  if (files.length !== n) throw new Error(`${dir} holds ${files.length} forms, not ${n}`);
  const runs = runsFor(n);
  const out = path.join(BENCH_DIR, "out", `tong-hop-${n}.xlsx`);
  fs.mkdirSync(path.dirname(out), { recursive: true });

  const cli = [];
  const floorAll = [];
  const floorTwo = [];
  for (let r = 0; r < runs; r++) {
    progress(`${n} files: htsd consolidate, run ${r + 1}/${runs}`);
    const s = consolidateStats(dir, out);
    if (s.exitCode !== 0 || s.accepted !== n) throw new Error(`consolidation of ${n} files accepted ${s.accepted} (exit ${s.exitCode}):\n${s.stdout}`);
    cli.push(s);
    // The floor, on the same files in the same run: read from disk, unzip, decode; one thread, then two.
    floorAll.push(floorFromDisk(files));
    floorTwo.push(await floorInThreads(files, 2));
  }

  // The same consolidation in one thread, for what the worker threads bring on this machine.
  progress(`${n} files: htsd consolidate --jobs 1`);
  const single = consolidateStats(dir, out, ["--jobs", "1"]);
  if (single.exitCode !== 0 || single.accepted !== n) throw new Error(`--jobs 1 consolidation of ${n} files accepted ${single.accepted}`);

  // Every output at once: a lookup over the log or the units done per file shows here.
  progress(`${n} files: htsd consolidate --json --csv`);
  const csv = path.join(BENCH_DIR, "out", `tong-hop-${n}.csv`);
  const outputs = consolidateStats(dir, out, ["--json", "--csv", csv]);
  if (outputs.exitCode !== 0 || outputs.accepted !== n) throw new Error(`--json --csv consolidation of ${n} files accepted ${outputs.accepted}`);

  // Like for like on a sample: one thread, the bytes already in memory, the same files for all contenders.
  const step = Math.max(1, Math.floor(n / SAMPLE));
  const sample = files.filter((_, i) => i % step === 0).slice(0, SAMPLE).map((f) => new Uint8Array(fs.readFileSync(f)));
  const ExcelJS = require("exceljs");
  const XLSX = sheetJs();
  // Read as the command line's workers read: Node's zlib, CRC-32 and ASCII decoding (the floor uses them too).
  const codec = requireBuilt("src/cli/node-read-codec.js").NODE_READ_CODEC;
  const ctx = { today: `${YEAR}-11-24`, codec };
  const excelLoad = (b) => new ExcelJS.Workbook().xlsx.load(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  const sheetJsRead = (b) => XLSX.read(b, { type: "array" });
  // Warm-up: every contender's code compiled before it is timed.
  timeEach(sample, floorOne);
  timeEach(sample, (b) => reader.readWorkbook(b, { codec }));
  timeEach(sample, (b) => reader.checkFileBytes("f.xlsx", b, ctx));
  await timeEachAsync(sample.slice(0, 20), excelLoad);
  if (XLSX) timeEach(sample.slice(0, 20), sheetJsRead);
  // The ratios are read off these: more rounds than the command's, each contender in turn
  // within a round, so that a noisy moment of the machine falls on all alike.
  const inProc = { floor: [], reader: [], check: [], exceljs: [], sheetjs: [] };
  const rounds = Math.max(runs, IN_PROCESS_ROUNDS);
  for (let r = 0; r < rounds; r++) {
    progress(`${n} files: ${sample.length}-file sample in-process, round ${r + 1}/${rounds}`);
    inProc.floor.push(timeEach(sample, floorOne));
    inProc.reader.push(timeEach(sample, (b) => reader.readWorkbook(b, { codec })));
    inProc.check.push(timeEach(sample, (b) => reader.checkFileBytes("f.xlsx", b, ctx)));
    inProc.exceljs.push(await timeEachAsync(sample, excelLoad));
    if (XLSX) inProc.sheetjs.push(timeEach(sample, sheetJsRead));
  }

  const m = (f) => median(cli.map(f));
  return {
    n,
    runs,
    rounds,
    jobs: cli[0].jobs,
    sampleSize: sample.length,
    wallMsPerFile: m((s) => s.wallMs / n),
    commandMsPerFile: m((s) => s.ms / n),
    filesPerSecond: m((s) => n / (s.wallMs / 1000)),
    maxRssMb: Math.max(...cli.map((s) => s.maxRssMb)),
    cpuMsPerFile: m((s) => s.cpuMs / n),
    checkThreadMsPerFile: m((s) => s.checkBusyMs / n),
    checkWallMsPerFile: m((s) => s.phases.check / n),
    renderMsPerFile: m((s) => ((s.phases.describe || 0) + (s.phases.render || 0) + (s.phases.write || 0)) / n),
    phases: cli[Math.floor(cli.length / 2)].phases,
    peakRssMb: cli[Math.floor(cli.length / 2)].peakRssMb,
    floorMsPerFile: median(floorAll),
    floorTwoMsPerFile: median(floorTwo),
    single: { wallMsPerFile: single.wallMs / n, cpuMsPerFile: single.cpuMs / n, checkMsPerFile: single.checkBusyMs / n, maxRssMb: single.maxRssMb },
    outputs: { wallMsPerFile: outputs.wallMs / n, maxRssMb: outputs.maxRssMb, phases: outputs.phases, jsonMb: fs.statSync(outputs.stdoutFile).size / 2 ** 20, csvMb: fs.statSync(csv).size / 2 ** 20 },
    sampleFloor: median(inProc.floor),
    sampleReader: median(inProc.reader),
    sampleCheck: median(inProc.check),
    sampleExcelJs: median(inProc.exceljs),
    sampleSheetJs: XLSX ? median(inProc.sheetjs) : undefined,
  };
}

/**
 * Every file of the set sent twice: the second copies are hard links (the same bytes under
 * another folder), so the command reads 2n files, keeps n and drops n as duplicates.
 */
function ensureTwice(n) {
  const src = ensureSet(n);
  const dir = path.join(BENCH_DIR, `again-${n}`);
  const stamp = path.join(dir, ".recipe");
  const recipe = fs.readFileSync(path.join(src, ".recipe"), "utf8");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === recipe) return [src, dir];
  progress(`linking a second copy of the ${n} forms in ${path.relative(lib.ROOT, dir)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of listForms(src)) {
    const to = path.join(dir, path.basename(f));
    try {
      fs.linkSync(f, to);
    } catch {
      fs.copyFileSync(f, to);
    }
  }
  fs.writeFileSync(stamp, recipe);
  return [src, dir];
}

function measureTwice(n) {
  const inputs = ensureTwice(n);
  const out = path.join(BENCH_DIR, "out", `tong-hop-twice-${n}.xlsx`);
  const runs = Math.min(runsFor(n), 2);
  const cli = [];
  for (let r = 0; r < runs; r++) {
    progress(`${n} files sent twice: htsd consolidate, run ${r + 1}/${runs}`);
    const s = consolidateStats(inputs, out);
    if (s.exitCode !== 0 || s.accepted !== n || s.files !== 2 * n) throw new Error(`the twice-sent inbox of ${n}: ${s.accepted} accepted of ${s.files} (exit ${s.exitCode})`);
    cli.push(s);
  }
  const m = (f) => median(cli.map(f));
  return { n, files: 2 * n, runs, wallMsPerFile: m((s) => s.wallMs / (2 * n)), maxRssMb: Math.max(...cli.map((s) => s.maxRssMb)), phases: cli[0].phases };
}

function printSize(x) {
  const r = (a, b) => `${fmt(a / b, 1)}×`;
  log(`── ${x.n.toLocaleString("en")} files · ${x.runs} run${x.runs > 1 ? "s" : ""}, medians · ${x.jobs} worker thread${x.jobs > 1 ? "s" : ""} read and check, the main thread renders the summary ──`);
  log(`  htsd consolidate, end to end   ${fmt(x.wallMsPerFile)} ms/file wall (node start included) · ${fmt(x.filesPerSecond, 0)} files/s · peak RSS ${fmt(x.maxRssMb, 0)} MB (whole process, workers included)`);
  log(`    CPU of all threads           ${fmt(x.cpuMsPerFile)} ms/file   (read+check ${fmt(x.checkThreadMsPerFile)} thread-ms/file; writing the summary ${fmt(x.renderMsPerFile)} ms/file on the main thread)`);
  log(`    phases (ms)                  ${Object.entries(x.phases).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  log(`    peak RSS after phase (MB)    ${Object.entries(x.peakRssMb).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  log(`  with --jobs 1 (1 run)       ${fmt(x.single.wallMsPerFile)} ms/file wall · read+check ${fmt(x.single.checkMsPerFile)} ms/file · peak RSS ${fmt(x.single.maxRssMb, 0)} MB`);
  log(`  with --json --csv (1 run)   ${fmt(x.outputs.wallMsPerFile)} ms/file wall · peak RSS ${fmt(x.outputs.maxRssMb, 0)} MB · JSON ${fmt(x.outputs.jsonMb, 1)} MB, CSV ${fmt(x.outputs.csvMb, 1)} MB · phases ${Object.entries(x.outputs.phases).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  log(`  floor, all ${x.n} files         one thread ${fmt(x.floorMsPerFile, 3)} ms/file · two threads at once ${fmt(x.floorTwoMsPerFile, 3)} ms/file wall (read from disk + the needed parts inflated by Node's zlib + decoded, ASCII as Latin-1: bench/timing.js)`);
  log(`    wall ÷ two-core floor ${r(x.wallMsPerFile, x.floorTwoMsPerFile)} · read+check thread time ÷ floor ${r(x.checkThreadMsPerFile, x.floorMsPerFile)} · CPU of the whole command ÷ floor ${r(x.cpuMsPerFile, x.floorMsPerFile)}`);
  const sj = x.sampleSheetJs === undefined ? "SheetJS not installed" : `SheetJS XLSX.read ${fmt(x.sampleSheetJs, 3)}`;
  log(`  same ${x.sampleSize} files in one thread, bytes in memory, read with Node's zlib as the command line's workers read, medians of ${x.rounds} rounds: floor ${fmt(x.sampleFloor, 3)} · reader ${fmt(x.sampleReader, 3)} (${r(x.sampleReader, x.sampleFloor)} floor) · reader+checks ${fmt(x.sampleCheck, 3)} (${r(x.sampleCheck, x.sampleFloor)} floor) · ExcelJS xlsx.load ${fmt(x.sampleExcelJs, 3)} · ${sj} ms/file`);
  log(`    reader+checks is ${r(x.sampleExcelJs, x.sampleCheck)} faster than ExcelJS's reader${x.sampleSheetJs === undefined ? "" : `, ${r(x.sampleSheetJs, x.sampleCheck)} faster than SheetJS's`}`);
  log();
}

function printTwice(t, single) {
  log(`── every file sent twice: ${t.files.toLocaleString("en")} files (${t.n.toLocaleString("en")} kept, ${t.n.toLocaleString("en")} dropped as duplicates) · ${t.runs} run${t.runs > 1 ? "s" : ""} ──`);
  log(`  ${fmt(t.wallMsPerFile)} ms/file wall · peak RSS ${fmt(t.maxRssMb, 0)} MB · phases ${Object.entries(t.phases).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  if (single) log(`  against the ${single.n.toLocaleString("en")} sent once: ${fmt(single.wallMsPerFile)} ms/file → ${fmt(t.wallMsPerFile / single.wallMsPerFile)}× per file read`);
  log();
}

/** The pane's figures in Chromium (bench/pane.js prints one JSON line last), when it can run here. */
function measurePane() {
  const script = path.join(__dirname, "pane.js");
  if (!fs.existsSync(script)) return undefined;
  progress("the task pane in Chromium (bench/pane.js)");
  const r = require("child_process").spawnSync(process.execPath, [script], { cwd: lib.ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
  const lines = (r.stdout || "").trim().split("\n");
  for (const l of lines.slice(0, -1)) log(l);
  log();
  try {
    return JSON.parse(lines[lines.length - 1]).pane;
  } catch {
    log(`  the pane bench gave no figures (exit ${r.status})`);
    return undefined;
  }
}

function printTargets(results, twice, pane) {
  const by = new Map(results.map((x) => [x.n, x]));
  const yes = (ok) => (ok ? "met" : "NOT MET");
  log("── targets ──");
  const ten = by.get(10000);
  if (ten) log(`  10,000 files end to end ≤ 3× the two-core floor: ${fmt(ten.wallMsPerFile, 3)} ÷ ${fmt(ten.floorTwoMsPerFile, 3)} ms/file = ${fmt(ten.wallMsPerFile / ten.floorTwoMsPerFile)}× ${yes(ten.wallMsPerFile <= 3 * ten.floorTwoMsPerFile)}`);
  const one = by.get(1000);
  if (one && ten) {
    const marginal = (ten.wallMsPerFile * ten.n - one.wallMsPerFile * one.n) / (ten.n - one.n);
    const floor = (ten.floorMsPerFile + one.floorMsPerFile) / 2;
    log(`  marginal cost per file, 1,000 → 10,000 files ≤ 3× the one-core floor: ${fmt(marginal, 3)} ÷ ${fmt(floor, 3)} ms = ${fmt(marginal / floor)}× ${yes(marginal <= 3 * floor)}`);
  }
  const fifty = by.get(50000);
  if (fifty) log(`  50,000 files ≤ 400 MB peak RSS: ${fmt(fifty.maxRssMb, 0)} MB ${yes(fifty.maxRssMb <= 400)} (--jobs 1: ${fmt(fifty.single.maxRssMb, 0)} MB; with --json --csv: ${fmt(fifty.outputs.maxRssMb, 0)} MB)`);
  const from = one ?? results[0];
  const last = results[results.length - 1];
  if (from && last && from !== last) {
    const ms = results.filter((x) => x.n >= from.n).map((x) => `${fmt(x.wallMsPerFile, 3)}`);
    const flat = results.filter((x) => x.n >= from.n).every((x, i, a) => i === 0 || x.wallMsPerFile <= a[i - 1].wallMsPerFile * 1.1);
    log(`  cost per file flat or falling, ${from.n.toLocaleString("en")} → ${last.n.toLocaleString("en")} files (10 % noise allowed step to step): ${ms.join(" → ")} ms/file ${yes(flat)}`);
  }
  if (twice) {
    const single = by.get(twice.n);
    if (single) log(`  every file sent twice within 10 % of sent once, per file read: ${fmt(twice.wallMsPerFile / single.wallMsPerFile)}× ${yes(twice.wallMsPerFile <= 1.1 * single.wallMsPerFile)}`);
  }
  for (const x of results) {
    const vsExcel = x.sampleExcelJs / x.sampleCheck;
    const vsSheet = x.sampleSheetJs === undefined ? undefined : x.sampleSheetJs / x.sampleCheck;
    log(`  ${String(x.n).padStart(6)} files: reader + checks ≥ 5× faster than ExcelJS: ${fmt(vsExcel)}× ${yes(vsExcel >= 5)} · ≥ 3× faster than SheetJS: ${vsSheet === undefined ? "— (not installed)" : `${fmt(vsSheet)}× ${yes(vsSheet >= 3)}`}`);
  }
  for (const p of pane || []) {
    const t = p.files <= 1000 ? ` · ≤ 2 s ${yes(p.totalMs <= 2000)}` : "";
    const task = p.files >= 5000 ? ` ${yes(p.longestTaskMs <= 100)}` : "";
    log(`  pane, ${p.files.toLocaleString("en")} files: ${fmt(p.totalMs / 1000)} s${t} · longest main-thread task ${fmt(p.longestTaskMs, 0)} ms${task} · heap ${fmt(p.peakMainHeapMB, 0)} MB the pane's thread ${yes(p.peakMainHeapMB <= 150)}, ${fmt(p.peakAllHeapsMB, 0)} MB with its workers ${yes(p.peakAllHeapsMB <= 150)}`);
    for (const [phase, c] of Object.entries(p.cancels || {})) {
      const ok = !c.missedPhase && c.ms <= 200 && c.downloaded === 0 && c.ready;
      log(`    "Hủy" while ${phase}: ${c.missedPhase ? "the phase passed before it could be caught" : `${c.ms} ms`}, ${c.downloaded} downloaded after, ${c.ready ? "ready again" : "not ready"} ${yes(ok)}`);
    }
  }
  log();
}

async function main() {
  const started = Date.now();
  ensureBuilds(progress);
  const reader = { ...requireBuilt("src/xlsx/reader/index.js"), ...requireBuilt("src/xlsx/check-file.js") };
  log(`npm run bench · ${new Date().toISOString()} · ${machine()}`);
  const p = await parallelSpeedup();
  log(`parallel capacity: one CPU-bound loop alone ${fmt(p.one, 0)} ms, two at once ${fmt(p.two, 0)} ms: 2 threads give ${fmt(p.speedup)}× the throughput of 1`);
  log(`forms: the real stats-table form filled with varied numbers, ${TEXT_NUMBERS * 100}% of numbers typed as text, ${HAND_TYPED * 100}% hand-typed tables (htsd generate --seed N)`);
  log();
  const results = [];
  for (const n of SIZES) {
    const x = await measureSize(n, reader);
    printSize(x);
    results.push(x);
  }
  const twiceAt = [...SIZES].filter((n) => n <= 10000).pop();
  const twice = twiceAt === undefined ? undefined : measureTwice(twiceAt);
  if (twice) printTwice(twice, results.find((x) => x.n === twice.n));
  const pane = process.env.BENCH_PANE === "0" ? undefined : measurePane();
  printTargets(results, twice, pane);
  await formats.main(log, progress, requireBuilt);
  await hostile.main(log, progress);
  fs.writeFileSync(path.join(BENCH_DIR, "last-results.json"), JSON.stringify({ machine: machine(), results, twice, pane }, null, 1));
  log(`bench finished in ${fmt((Date.now() - started) / 1000, 0)} s`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
  });
}
