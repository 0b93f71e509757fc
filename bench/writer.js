/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, __dirname, console */
// The summary writer alone: `node bench/writer.js [units…]` (default 10000 50000). For each
// size, a consolidation's summary (Tổng hợp, Chi tiết, Nhật ký) is described and written by
// ExcelJS's streaming writer (the command line's writer before src/xlsx/stream) and by ours
// (deflating with fflate, as in the browser, or with Node's zlib, as the command line does;
// at level 1, the default, and 6), each in a fresh process; and ours writing a Chi tiết of
// as many units made by rows() as it is written (the summary's rows need not sit in memory): wall ms of the writing
// alone (and the CPU time it took: on a busy machine the steadier figure), the file's size, and the process's RSS before writing and at its peak.
// Compiles what it runs with tsc into .bench/writer-build first (some 20 s).
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, ".bench", "writer-build");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [10000, 50000];
const WRITERS = ["exceljs", "ours", "ours-6", "ours-zlib", "ours-zlib-6", "ours-zlib-rows"];

function compile() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [
    require.resolve("typescript/bin/tsc", { paths: [ROOT] }),
    path.join(ROOT, "bench/writer/case.ts"),
    ...["--outDir", OUT, "--rootDir", ROOT, "--module", "commonjs", "--moduleResolution", "node10", "--resolveJsonModule"],
    ...["--target", "ES2020", "--lib", "ES2021,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
  ], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
}

const mb = (b) => (b / 1048576).toFixed(0);

compile();
console.log("units   writer    wall ms    CPU ms   file MB   RSS before MB   peak RSS MB");
for (const units of SIZES) {
  for (const writer of WRITERS) {
    const r = spawnSync(process.execPath, ["--expose-gc", path.join(OUT, "bench/writer/case.js"), writer, String(units)], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`${writer} ${units} failed:\n${r.stderr}`);
    if (process.env.WRITER_PHASES && writer !== "exceljs") process.stderr.write(r.stderr);
    const x = JSON.parse(r.stdout.trim().split("\n").pop());
    console.log(
      `${String(units).padStart(6)}  ${writer.padEnd(8)} ${x.ms.toFixed(0).padStart(9)} ${x.cpuMs.toFixed(0).padStart(9)} ${(x.bytes / 1048576).toFixed(1).padStart(9)} ${mb(x.rssBefore).padStart(15)} ${mb(x.peak).padStart(13)}   (${x.accepted} units, ${x.cells} cells described)`,
    );
  }
}
