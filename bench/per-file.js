#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, console, Buffer */
// What one file costs in one thread, bytes in memory, beside what a developer would use
// instead: the floor (the parts the reader opens, unzipped and decoded with Node's zlib and decoders: bench/timing.js), our
// reader (readWorkbook), our reader and every check (checkFileBytes: what a worker does per
// file), ExcelJS's reader (`xlsx.load`) and SheetJS's (`XLSX.read`). Every contender is
// warmed up, then each round times all of them in turn on the same files; medians. Ours
// reads with the codec the command line's workers use (Node's zlib, src/cli/node-read-codec.ts);
// the row "reader+checks, fflate" is the same with the defaults the task pane reads with.
//
//   node bench/per-file.js                 200 files of .bench/forms-1000, 9 rounds
//   PER_FILE_N=500 PER_FILE_ROUNDS=15 PER_FILE_DIR=/path/to/forms node bench/per-file.js
//   PER_FILE_BASE=<git rev> node bench/per-file.js   also times reader + checks as of that revision
//   node --cpu-prof bench/per-file.js --profile      only checkFileBytes, for the profiler
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { ROOT, BENCH_DIR, run, median, fmt } = require("./lib");
const { floorOne, timeEach, timeEachAsync } = require("./timing");

const N = Number(process.env.PER_FILE_N) || 200;
const ROUNDS = Number(process.env.PER_FILE_ROUNDS) || 9;
const BASE = process.env.PER_FILE_BASE;
const CHUNK = 10;
/** The codec the command line's workers read with (Node's zlib): timed here as they run it. */
const CODEC_TS = "src/cli/node-read-codec.ts";
const PROFILE = process.argv.includes("--profile");
const DIR = process.env.PER_FILE_DIR || [path.join(BENCH_DIR, "forms-1000"), "/work/main/.bench/forms-1000"].find((d) => fs.existsSync(d));
const OUT = path.join(BENCH_DIR, "per-file");
const progress = (s) => process.stderr.write(`  … ${s}\n`);

/** Compiles check-file.ts (and what it imports) from `srcRoot` into `outDir`, and loads it. */
function compileChecker(srcRoot, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  run(process.execPath, [
    require.resolve("typescript/bin/tsc", { paths: [ROOT] }),
    path.join(srcRoot, "src/xlsx/check-file.ts"),
    path.join(srcRoot, "src/xlsx/reader/index.ts"),
    ...(fs.existsSync(path.join(srcRoot, CODEC_TS)) ? [path.join(srcRoot, CODEC_TS)] : []),
    ...["--outDir", outDir, "--rootDir", srcRoot, "--module", "commonjs", "--moduleResolution", "node10", "--resolveJsonModule"],
    ...["--target", "ES2020", "--lib", "ES2021,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
  ]);
  const nodeModules = path.join(ROOT, "node_modules");
  if (!fs.existsSync(path.join(outDir, "node_modules"))) fs.symlinkSync(nodeModules, path.join(outDir, "node_modules"));
  const codec = path.join(outDir, CODEC_TS.replace(/\.ts$/, ".js"));
  return {
    ...require(path.join(outDir, "src/xlsx/check-file.js")),
    ...require(path.join(outDir, "src/xlsx/reader/index.js")),
    codec: fs.existsSync(codec) ? require(codec).NODE_READ_CODEC : undefined,
  };
}

/** The source tree as of `rev`, beside the working one, for a before/after in one process. */
function checkerAt(rev) {
  const src = path.join(OUT, `src-${rev}`);
  fs.rmSync(src, { recursive: true, force: true });
  fs.mkdirSync(src, { recursive: true });
  const tar = execFileSync("git", ["archive", rev, "src"], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-C", src], { input: tar });
  return compileChecker(src, path.join(OUT, `build-${rev}`));
}

async function main() {
  if (!DIR) throw new Error("no forms: run `npm run bench` once (it generates .bench/forms-1000) or set PER_FILE_DIR");
  progress(`compiling the reader and the checks (tsc → ${path.relative(ROOT, OUT)})`);
  const ours = compileChecker(ROOT, path.join(OUT, "build"));
  const base = BASE ? checkerAt(BASE) : undefined;
  const all = fs.readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).sort();
  const step = Math.max(1, Math.floor(all.length / N));
  const files = all.filter((_, i) => i % step === 0).slice(0, N).map((f) => new Uint8Array(fs.readFileSync(path.join(DIR, f))));
  // As the command line reads: with Node's zlib when the tree has it (the pane reads with fflate, the row "…, fflate").
  const ctx = { today: "2025-11-24", codec: ours.codec };
  const fflateCtx = { today: "2025-11-24" };
  const baseCtx = { today: "2025-11-24", codec: base?.codec };

  if (PROFILE) {
    for (let r = 0; r < ROUNDS * 3; r++) timeEach(files, (b) => ours.checkFileBytes("f.xlsx", b, ctx));
    return;
  }

  const XLSX = require("@e965/xlsx");
  const ExcelJS = require("exceljs");
  const contenders = [
    ["floor", (b) => floorOne(b)],
    ["reader", (b) => ours.readWorkbook(b, { codec: ours.codec })],
    ["reader+checks", (b) => ours.checkFileBytes("f.xlsx", b, ctx)],
    ...(ours.codec ? [["reader+checks, fflate", (b) => ours.checkFileBytes("f.xlsx", b, fflateCtx)]] : []),
    // Every part read afresh, as if no two files shared a styles, workbook or rels part byte for byte.
    ...(ours.forgetKeptParts ? [["reader+checks, nothing kept", (b) => (ours.forgetKeptParts(), ours.checkFileBytes("f.xlsx", b, ctx))]] : []),
    ...(base ? [[`reader+checks @${BASE}`, (b) => base.checkFileBytes("f.xlsx", b, baseCtx)]] : []),
    ["SheetJS XLSX.read", (b) => XLSX.read(b, { type: "array" })],
  ];
  const excelLoad = (b) => new ExcelJS.Workbook().xlsx.load(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

  // The same verdicts before and after: a faster checker that judges differently is no faster checker.
  if (base) {
    const strip = (c) => JSON.stringify(c);
    const differ = files.filter((b) => strip(ours.checkFileBytes("f.xlsx", b, ctx)) !== strip(base.checkFileBytes("f.xlsx", b, baseCtx))).length;
    console.log(`checkFileBytes now and @${BASE}: ${differ === 0 ? "the same result" : `DIFFERENT results on ${differ}`} for all ${files.length} files`);
  }

  progress(`warming up on ${files.length} files of ${DIR}`);
  for (const [, fn] of contenders) timeEach(files, fn);
  await timeEachAsync(files, excelLoad);

  // Interleaved by chunks of a few files, not by whole rounds: on a shared machine a busy
  // second then falls on every contender alike.
  const times = Object.fromEntries([...contenders.map(([name]) => [name, []]), ["ExcelJS xlsx.load", []]]);
  for (let r = 0; r < ROUNDS; r++) {
    progress(`round ${r + 1}/${ROUNDS}`);
    const sums = Object.fromEntries(Object.keys(times).map((k) => [k, 0]));
    for (let at = 0; at < files.length; at += CHUNK) {
      const chunk = files.slice(at, at + CHUNK);
      // Each chunk starts with another contender: what one leaves for the collector to do
      // (forgetting kept parts, say) falls on each of the others in turn, not on its neighbour.
      const first = (at / CHUNK + r) % contenders.length;
      for (const [name, fn] of [...contenders.slice(first), ...contenders.slice(0, first)]) sums[name] += timeEach(chunk, fn) * chunk.length;
      sums["ExcelJS xlsx.load"] += (await timeEachAsync(chunk, excelLoad)) * chunk.length;
    }
    for (const k of Object.keys(times)) times[k].push(sums[k] / files.length);
  }

  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log(`reader and reader+checks read ${ours.codec ? "with Node's zlib, as the command line does" : "with fflate"}`);
  console.log(`${files.length} files of ${DIR}, one thread, bytes in memory, medians of ${ROUNDS} interleaved rounds (ms/file; min–max over rounds):`);
  for (const [name, v] of Object.entries(times)) {
    console.log(`  ${name.padEnd(28)} ${fmt(m[name], 3)}  (${fmt(Math.min(...v), 3)}–${fmt(Math.max(...v), 3)})  ${fmt(m[name] / m.floor, 2)}× floor`);
  }
  const check = m["reader+checks"];
  const r = (a, b) => `${fmt(a / b, 2)}×`;
  console.log(`  ExcelJS ÷ reader+checks ${r(m["ExcelJS xlsx.load"], check)} (target ≥ 5×) · SheetJS ÷ reader+checks ${r(m["SheetJS XLSX.read"], check)} (target ≥ 3×)`);
  console.log(`  ExcelJS ÷ reader ${r(m["ExcelJS xlsx.load"], m.reader)} · SheetJS ÷ reader ${r(m["SheetJS XLSX.read"], m.reader)}`);
  if (base) console.log(`  reader+checks @${BASE} ÷ now ${r(m[`reader+checks @${BASE}`], check)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
