/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process  */
// The other formats' figures: 1,000 .xls and 1,000 .ods forms beside 1,000 .xlsx. The .xls and .ods
// are LibreOffice's own (`soffice --convert-to xls` / `ods`) of 50 generated forms, made
// once and kept in .bench/; each format's 50 files are replicated 20 times under other
// names, the .xlsx ones too, so the three sets hold the same forms and the same numbers
// (the copies are dropped as duplicates by consolidation alike). Timed: `htsd consolidate`
// end to end (median of runs), and reading + checking in one thread with the bytes in memory.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { BENCH_DIR, CLI, run, consolidateStats, median, fmt } = require("./lib");

const DISTINCT = 50;
const COPIES = 20;
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const ROUNDS = 5;
const FORMATS = ["xlsx", "xls", "ods"];

function hasSoffice() {
  return spawnSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" }).status === 0;
}

/** The 50 sources and their LibreOffice conversions, made once. */
function ensureSources(progress) {
  const dir = path.join(BENCH_DIR, "formats-sources");
  const recipe = JSON.stringify({ distinct: DISTINCT, seed: 13 });
  const stamp = path.join(dir, ".recipe");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === recipe) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  progress(`generating ${DISTINCT} forms and converting them with LibreOffice (once; kept in ${path.relative(process.cwd(), dir)})`);
  run(process.execPath, [CLI, "generate", "--count", String(DISTINCT), "--out", path.join(dir, "xlsx"), "--seed", "13", "--year", "2025", "--hand-typed", "0.1"]);
  const inputs = fs.readdirSync(path.join(dir, "xlsx")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, "xlsx", f));
  for (const ext of ["xls", "ods"]) {
    const profile = fs.mkdtempSync(path.join(BENCH_DIR, "lo-"));
    try {
      run("soffice", ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, "--convert-to", ext, "--outdir", path.join(dir, ext), ...inputs], { timeout: 1_800_000 });
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    const made = fs.readdirSync(path.join(dir, ext)).length;
    if (made !== DISTINCT) throw new Error(`LibreOffice made ${made} .${ext} files of ${DISTINCT}`);
  }
  fs.writeFileSync(stamp, recipe);
  return dir;
}

/** 1,000 files of one format: each source copied under 20 names. */
function ensureSet(sources, ext) {
  const dir = path.join(BENCH_DIR, `formats-1000-${ext}`);
  const stamp = path.join(dir, ".recipe");
  const recipe = fs.readFileSync(path.join(sources, ".recipe"), "utf8") + COPIES;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === recipe) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = fs.readdirSync(path.join(sources, ext)).filter((f) => f.endsWith(`.${ext}`)).sort();
  for (let c = 0; c < COPIES; c++) for (const f of files) fs.copyFileSync(path.join(sources, ext, f), path.join(dir, `${String(c).padStart(2, "0")}-${f}`));
  fs.writeFileSync(stamp, recipe);
  return dir;
}

function timeEach(items, fn) {
  const start = process.hrtime.bigint();
  for (const x of items) fn(x);
  return Number(process.hrtime.bigint() - start) / 1e6 / items.length;
}

async function main(log, progress, requireBuilt) {
  log(`── 1,000 forms in each format (${DISTINCT} generated forms, converted by LibreOffice for .xls/.ods, each file copied ${COPIES}×) ──`);
  if (!hasSoffice()) {
    log("  LibreOffice (soffice) is not installed: no .xls/.ods figures. Install libreoffice-calc and run again.");
    log();
    return;
  }
  const sources = ensureSources(progress);
  const { checkFileBytes } = requireBuilt("src/xlsx/check-file.js");
  const { OTHER_READERS } = requireBuilt("src/xlsx/other-readers.js");
  const { readAnyWorkbook } = requireBuilt("src/xlsx/read-any.js");
  const ctx = { today: "2025-11-24", readers: OTHER_READERS };
  const rows = [];
  for (const ext of FORMATS) {
    const dir = ensureSet(sources, ext);
    const n = fs.readdirSync(dir).filter((f) => f.endsWith(`.${ext}`)).length;
    const out = path.join(BENCH_DIR, "out", `tong-hop-formats-${ext}.xlsx`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const cli = [];
    for (let r = 0; r < RUNS; r++) {
      progress(`${n} .${ext} files: htsd consolidate, run ${r + 1}/${RUNS}`);
      const s = consolidateStats(dir, out);
      if (s.exitCode !== 0 || s.accepted !== DISTINCT) throw new Error(`.${ext}: ${s.accepted} of ${DISTINCT} distinct forms consolidated (exit ${s.exitCode})`);
      cli.push(s);
    }
    const bytes = fs.readdirSync(path.join(sources, ext)).filter((f) => f.endsWith(`.${ext}`)).map((f) => new Uint8Array(fs.readFileSync(path.join(sources, ext, f))));
    for (const b of bytes) if (checkFileBytes(`f.${ext}`, b, ctx).format !== ext) throw new Error(`a .${ext} file was not read as .${ext}`);
    timeEach(bytes, (b) => checkFileBytes(`f.${ext}`, b, ctx));
    const read = [];
    const check = [];
    for (let r = 0; r < ROUNDS; r++) {
      read.push(timeEach(bytes, (b) => readAnyWorkbook(b, {}, OTHER_READERS)));
      check.push(timeEach(bytes, (b) => checkFileBytes(`f.${ext}`, b, ctx)));
    }
    const kb = bytes.reduce((a, b) => a + b.length, 0) / bytes.length / 1024;
    rows.push({
      ext,
      n,
      kb,
      wall: median(cli.map((s) => s.wallMs / n)),
      thread: median(cli.map((s) => s.checkBusyMs / n)),
      rss: Math.max(...cli.map((s) => s.maxRssMb)),
      read: median(read),
      check: median(check),
    });
  }
  const xlsx = rows[0];
  for (const x of rows) {
    log(
      `  .${x.ext.padEnd(4)} ${x.n} files, ${fmt(x.kb, 0)} KB each · htsd consolidate ${fmt(x.wall)} ms/file wall · read+check ${fmt(x.thread)} thread-ms/file · peak RSS ${fmt(x.rss, 0)} MB · in one thread: read ${fmt(x.read, 3)}, read+check ${fmt(x.check, 3)} ms/file` +
        (x === xlsx ? "" : ` (${fmt(x.check / xlsx.check, 2)}× the .xlsx)`),
    );
  }
  log();
}

module.exports = { main };
