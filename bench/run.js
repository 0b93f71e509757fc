#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, console, TextDecoder, Buffer */
// `npm run bench`: the reader's and the consolidation's figures. For 100, 1,000 and 10,000 generated filled forms
// (the real form, varied numbers, some text-numbers, some hand-typed tables), consolidates
// them with the command line in a child process and prints milliseconds per file (median
// of several runs), files per second and peak memory, beside what the same files cost
// (a) at the floor: unzipping only the parts the reader needs and decoding them to text,
// with fflate, and (b) read with ExcelJS's full reader. Then 1,000 .xls and 1,000 .ods forms
// beside 1,000 .xlsx (bench/formats.js), and the hostile corpus, file by file.
//
// BENCH_SIZES=100,1000 and BENCH_RUNS=2 shorten a run; generated sets are kept in .bench/.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { unzipSync } = require("fflate");
const lib = require("./lib");
const { BENCH_DIR, CLI, run, ensureBuilds, requireBuilt, consolidateStats, median, fmt } = lib;
const hostile = require("./hostile");
const formats = require("./formats");

const SIZES = (process.env.BENCH_SIZES || "100,1000,10000").split(",").map(Number);
const RUNS = { 100: 5, 1000: 3, 10000: 2 };
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

/** The parts the reader opens for a one-sheet form: rels, workbook, styles, strings, sheets. */
const NEEDED = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const utf8 = new TextDecoder("utf-8");
function floorOne(bytes) {
  const parts = unzipSync(bytes, { filter: (f) => NEEDED.test(f.name) });
  let chars = 0;
  for (const name in parts) chars += utf8.decode(parts[name]).length;
  return chars;
}

function timeEach(items, fn) {
  const start = process.hrtime.bigint();
  for (const x of items) fn(x);
  return Number(process.hrtime.bigint() - start) / 1e6 / items.length;
}

async function timeEachAsync(items, fn) {
  const start = process.hrtime.bigint();
  for (const x of items) await fn(x);
  return Number(process.hrtime.bigint() - start) / 1e6 / items.length;
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
  for (let r = 0; r < runs; r++) {
    progress(`${n} files: htsd consolidate, run ${r + 1}/${runs}`);
    const s = consolidateStats(dir, out);
    if (s.exitCode !== 0 || s.accepted !== n) throw new Error(`consolidation of ${n} files accepted ${s.accepted} (exit ${s.exitCode}):\n${s.stdout}`);
    cli.push(s);
    // The floor, on the same files in the same run: read from disk, unzip, decode; one thread.
    floorAll.push(timeEach(files, (f) => floorOne(new Uint8Array(fs.readFileSync(f)))));
  }

  // The same consolidation in one thread, for what the worker threads bring on this machine.
  progress(`${n} files: htsd consolidate --jobs 1`);
  const single = consolidateStats(dir, out, ["--jobs", "1"]);
  if (single.exitCode !== 0 || single.accepted !== n) throw new Error(`--jobs 1 consolidation of ${n} files accepted ${single.accepted}`);

  // Like for like on a sample: one thread, the bytes already in memory, the same files for all four.
  const step = Math.max(1, Math.floor(n / SAMPLE));
  const sample = files.filter((_, i) => i % step === 0).slice(0, SAMPLE).map((f) => new Uint8Array(fs.readFileSync(f)));
  const ExcelJS = require("exceljs");
  const ctx = { today: `${YEAR}-11-24` };
  const excelLoad = (b) => new ExcelJS.Workbook().xlsx.load(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  // Warm-up: every contender's code compiled before it is timed.
  timeEach(sample, floorOne);
  timeEach(sample, (b) => reader.readWorkbook(b));
  timeEach(sample, (b) => reader.checkFileBytes("f.xlsx", b, ctx));
  await timeEachAsync(sample.slice(0, 20), excelLoad);
  // The ratios are read off these: more rounds than the command's, each contender in turn
  // within a round, so that a noisy moment of the machine falls on all four alike.
  const inProc = { floor: [], reader: [], check: [], exceljs: [] };
  const rounds = Math.max(runs, IN_PROCESS_ROUNDS);
  for (let r = 0; r < rounds; r++) {
    progress(`${n} files: ${sample.length}-file sample in-process, round ${r + 1}/${rounds}`);
    inProc.floor.push(timeEach(sample, floorOne));
    inProc.reader.push(timeEach(sample, (b) => reader.readWorkbook(b)));
    inProc.check.push(timeEach(sample, (b) => reader.checkFileBytes("f.xlsx", b, ctx)));
    inProc.exceljs.push(await timeEachAsync(sample, excelLoad));
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
    single: { wallMsPerFile: single.wallMs / n, cpuMsPerFile: single.cpuMs / n, checkMsPerFile: single.checkBusyMs / n, maxRssMb: single.maxRssMb },
    sampleFloor: median(inProc.floor),
    sampleReader: median(inProc.reader),
    sampleCheck: median(inProc.check),
    sampleExcelJs: median(inProc.exceljs),
  };
}

function printSize(x) {
  const r = (a, b) => `${fmt(a / b, 1)}×`;
  log(`── ${x.n.toLocaleString("en")} files · ${x.runs} run${x.runs > 1 ? "s" : ""}, medians · ${x.jobs} worker thread${x.jobs > 1 ? "s" : ""} read and check, the main thread renders the summary ──`);
  log(`  htsd consolidate, end to end   ${fmt(x.wallMsPerFile)} ms/file wall (node start included) · ${fmt(x.filesPerSecond, 0)} files/s · peak RSS ${fmt(x.maxRssMb, 0)} MB (whole process, workers included)`);
  log(`    CPU of all threads           ${fmt(x.cpuMsPerFile)} ms/file   (read+check ${fmt(x.checkThreadMsPerFile)} thread-ms/file; writing the summary ${fmt(x.renderMsPerFile)} ms/file on the main thread)`);
  log(`    phases (ms)                  ${Object.entries(x.phases).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  log(`    peak RSS after phase (MB)    ${Object.entries(x.peakRssMb).map(([k, v]) => `${k} ${fmt(v, 0)}`).join(" · ")}`);
  log(`  with --jobs 1 (1 run)       ${fmt(x.single.wallMsPerFile)} ms/file wall · read+check ${fmt(x.single.checkMsPerFile)} ms/file · peak RSS ${fmt(x.single.maxRssMb, 0)} MB`);
  log(`  floor, all ${x.n} files         ${fmt(x.floorMsPerFile, 3)} ms/file (fflate unzipSync of the needed parts + TextDecoder, files read from disk, 1 thread)`);
  log(`    ÷ floor: read+check thread time ${r(x.checkThreadMsPerFile, x.floorMsPerFile)} · CPU of the whole command ${r(x.cpuMsPerFile, x.floorMsPerFile)} · wall with ${x.jobs} threads ${r(x.wallMsPerFile, x.floorMsPerFile)}`);
  log(`  same ${x.sampleSize} files in one thread, bytes in memory, medians of ${x.rounds} rounds: floor ${fmt(x.sampleFloor, 3)} · reader ${fmt(x.sampleReader, 3)} (${r(x.sampleReader, x.sampleFloor)} floor) · reader+checks ${fmt(x.sampleCheck, 3)} (${r(x.sampleCheck, x.sampleFloor)} floor) · ExcelJS xlsx.load ${fmt(x.sampleExcelJs, 3)} ms/file`);
  log(`    ExcelJS is ${r(x.sampleExcelJs, x.sampleReader)} slower than the reader, ${r(x.sampleExcelJs, x.sampleCheck)} slower than reader+checks, ${r(x.sampleExcelJs, x.cpuMsPerFile)} slower than the whole command's CPU per file`);
  log();
}

function printTargets(results) {
  const by = new Map(results.map((x) => [x.n, x]));
  const first = results[0];
  const last = results[results.length - 1];
  const yes = (ok) => (ok ? "met" : "NOT MET");
  log("── targets ──");
  // Like for like: reading (the reader) against unzipping+decoding and against ExcelJS's reading.
  // What a file costs in all (reading and every check) is shown beside it, judged the same way.
  log("  reading = the reader (readWorkbook); in all = reader + every check (checkFileBytes), both in one thread on the same files");
  for (const x of results) {
    const reader = x.sampleReader / x.sampleFloor;
    const check = x.sampleCheck / x.sampleFloor;
    const vsReader = x.sampleExcelJs / x.sampleReader;
    const vsCheck = x.sampleExcelJs / x.sampleCheck;
    log(`  ${String(x.n).padStart(6)} files  ≤ 3× floor: reading ${fmt(reader, 2)}× ${yes(reader <= 3)}, in all ${fmt(check, 2)}× ${yes(check <= 3)} · ≥ 5× faster than ExcelJS: reading ${fmt(vsReader, 2)}× ${yes(vsReader >= 5)}, in all ${fmt(vsCheck, 2)}× ${yes(vsCheck >= 5)}`);
  }
  const big = by.get(10000);
  if (big) log(`  10,000 files under 400 MB peak RSS: ${fmt(big.maxRssMb, 0)} MB ${yes(big.maxRssMb < 400)}`);
  if (results.length > 1) {
    log(`  flat cost per file, ${first.n} → ${last.n} files: read+check ${fmt(first.checkThreadMsPerFile)} → ${fmt(last.checkThreadMsPerFile)} thread-ms/file (${fmt(last.checkThreadMsPerFile / first.checkThreadMsPerFile)}×) · CPU ${fmt(first.cpuMsPerFile)} → ${fmt(last.cpuMsPerFile)} ms/file (${fmt(last.cpuMsPerFile / first.cpuMsPerFile)}×) · wall ${fmt(first.wallMsPerFile)} → ${fmt(last.wallMsPerFile)} ms/file (${fmt(last.wallMsPerFile / first.wallMsPerFile)}×)`);
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
  printTargets(results);
  await formats.main(log, progress, requireBuilt);
  await hostile.main(log, progress);
  fs.writeFileSync(path.join(BENCH_DIR, "last-results.json"), JSON.stringify({ machine: machine(), results }, null, 1));
  log(`bench finished in ${fmt((Date.now() - started) / 1000, 0)} s`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
  });
}
