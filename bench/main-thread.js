/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, process, __dirname, console */
// The command line's main thread once the files are read: `node bench/main-thread.js [N]`
// (default 10000) describes and writes the summary of .bench/forms-N five times in one
// process and prints each round's CPU time of that thread, so that a change to describing
// or writing can be weighed A against B without reading the files each time. The files are
// read once, through the built worker (npm run build first), and kept packed in
// .bench/main-thread-N.bin. Compiles what it runs with tsc into .bench/main-thread-build.
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, ".bench", "main-thread-build");
const units = Number(process.argv[2]) || 10000;
const ROUNDS = Number(process.env.MAIN_THREAD_ROUNDS) || 5;
const forms = path.join(ROOT, ".bench", `forms-${units}`);
const packed = path.join(ROOT, ".bench", `main-thread-${units}.bin`);
const worker = path.join(ROOT, "dist", "cli", "worker.js");

function node(args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") }, maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

if (!fs.existsSync(forms)) throw new Error(`${forms} is missing: npm run bench generates it (BENCH_SIZES=${units})`);
if (!fs.existsSync(worker)) throw new Error(`${worker} is missing: npm run build first`);
fs.rmSync(OUT, { recursive: true, force: true });
node([
  require.resolve("typescript/bin/tsc", { paths: [ROOT] }),
  path.join(ROOT, "bench/main-thread/case.ts"),
  ...["--outDir", OUT, "--rootDir", ROOT, "--module", "commonjs", "--moduleResolution", "node10", "--resolveJsonModule"],
  ...["--target", "ES2022", "--lib", "ES2022,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
]);
const script = path.join(OUT, "bench/main-thread/case.js");
// Packed again whenever the worker was built since: its packing may have changed.
if (!fs.existsSync(packed) || fs.statSync(packed).mtimeMs < fs.statSync(worker).mtimeMs) node([script, "pack", forms, packed, worker]);
console.log(`${units} units · describing and writing the summary, ${ROUNDS} rounds in one process · CPU ms of the main thread`);
for (const line of node(["--expose-gc", script, "run", packed, forms, String(ROUNDS)]).trim().split("\n")) {
  const x = JSON.parse(line);
  console.log(`  describe ${String(x.describeCpuMs).padStart(5)} · write ${String(x.writeCpuMs).padStart(5)} · ${(x.bytes / 1048576).toFixed(1)} MB`);
}
