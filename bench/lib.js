/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname */
// What the benchmark's parts share: where things are, building what it measures, running
// the command line, and medians.
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const BENCH_DIR = path.join(ROOT, ".bench");
const BUILD_DIR = path.join(BENCH_DIR, "build");
const CLI = path.join(ROOT, "bin", "htsd.js");
const NODE_PATH = path.join(ROOT, "node_modules");

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr || ""}${r.stdout || ""}`);
  return r;
}

/** The bundled CLI (built if missing), and the reader + corpus compiled for in-process timing. */
function ensureBuilds(log) {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "htsd.js"))) {
    log("dist/cli/htsd.js is missing: running npm run build…");
    run("npm", ["run", "build"], { stdio: "inherit" });
  }
  log("compiling the reader and the hostile corpus for in-process timing (tsc → .bench/build)…");
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  run(process.execPath, [
    require.resolve("typescript/bin/tsc", { paths: [ROOT] }),
    path.join(ROOT, "src/xlsx/check-file.ts"),
    path.join(ROOT, "src/cli/node-read-codec.ts"),
    path.join(ROOT, "src/xlsx/other-readers.ts"),
    path.join(ROOT, "src/xlsx/read-any.ts"),
    path.join(ROOT, "test/hostile/corpus.ts"),
    path.join(ROOT, "test/hostile/reader-corpus.ts"),
    ...["--outDir", BUILD_DIR, "--rootDir", ROOT, "--module", "commonjs", "--moduleResolution", "node10", "--resolveJsonModule"],
    ...["--target", "ES2020", "--lib", "ES2021,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
  ]);
  // The corpus copies committed fixtures from beside its compiled self.
  const from = path.join(ROOT, "test/fixtures/unreadable");
  const to = path.join(BUILD_DIR, "test/fixtures/unreadable");
  for (const f of fs.readdirSync(from)) if (/\.(xlsx|xls)$/.test(f)) fs.copyFileSync(path.join(from, f), path.join(to, f));
  // And the .xls/.ods forms the corpus edits into hostile ones.
  const formats = path.join(ROOT, "test/fixtures/formats");
  const formatsTo = path.join(BUILD_DIR, "test/fixtures/formats");
  fs.mkdirSync(formatsTo, { recursive: true });
  for (const f of fs.readdirSync(formats)) if (/\.(xls|ods)$/.test(f)) fs.copyFileSync(path.join(formats, f), path.join(formatsTo, f));
}

function requireBuilt(rel) {
  if (!module.paths.includes(NODE_PATH)) module.paths.push(NODE_PATH);
  process.env.NODE_PATH = NODE_PATH;
  require("module").Module._initPaths();
  return require(path.join(BUILD_DIR, rel));
}

/**
 * `htsd consolidate … --stats` in a child process: its own figures, and the wall clock seen
 * from outside. `inputs` is a folder or a list of them; what it prints on stdout (the JSON
 * of thousands of units, with --json) goes to a file, never through a pipe buffer.
 */
function consolidateStats(inputs, out, extra = []) {
  const stdoutFile = `${out}.stdout`;
  const fd = fs.openSync(stdoutFile, "w");
  const start = process.hrtime.bigint();
  let r;
  try {
    r = spawnSync(process.execPath, [CLI, "consolidate", ...[].concat(inputs), "--out", out, "--force", "--stats", ...extra], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", fd, "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    fs.closeSync(fd);
  }
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const stdout = fs.statSync(stdoutFile).size < 1 << 20 ? fs.readFileSync(stdoutFile, "utf8") : `(${stdoutFile})`;
  const line = (r.stderr || "").split("\n").find((l) => l.startsWith('{"htsdStats"'));
  if (!line) throw new Error(`no --stats line from htsd (exit ${r.status}):\n${r.stderr}\n${stdout}`);
  return { ...JSON.parse(line).htsdStats, wallMs, exitCode: r.status, stdout, stdoutFile };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmt = (n, d = 2) => (n === undefined || Number.isNaN(n) ? "—" : n.toFixed(d));

module.exports = { ROOT, BENCH_DIR, BUILD_DIR, CLI, run, ensureBuilds, requireBuilt, consolidateStats, median, fmt };
