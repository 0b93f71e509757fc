/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, process, __dirname, console */
// The hostile corpus of test/hostile (the broken and crafted files, and those on the reader's side),
// timed: each file checked alone in a fresh process (time of checkFileBytes, peak RSS of
// the process), flagged past 1 s or 300 MB, the slowest and the largest named; then the
// whole inbox consolidated by the command line, good files and hostile ones together.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { BENCH_DIR, BUILD_DIR, ensureBuilds, requireBuilt, consolidateStats, fmt } = require("./lib");

const MAX_MS = 1000;
const MAX_MB = 300;

const CHILD = `
const { readFileSync } = require("fs");
const { checkFileBytes } = require(process.argv[2]);
const { OTHER_READERS } = require(process.argv[2].replace(/check-file\\.js$/, "other-readers.js"));
const bytes = new Uint8Array(readFileSync(process.argv[3]));
const start = process.hrtime.bigint();
const r = checkFileBytes(process.argv[3], bytes, { today: "2025-11-24", readers: OTHER_READERS });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const error = r.problems.find((p) => p.severity === "error");
process.stdout.write(JSON.stringify({ outcome: error ? error.code : "read", ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

async function main(log, progress) {
  if (!["corpus.js", "reader-corpus.js"].every((f) => fs.existsSync(path.join(BUILD_DIR, "test/hostile", f)))) ensureBuilds(progress);
  const { writeHostileInbox } = requireBuilt("test/hostile/corpus.js");
  const { writeReaderHostiles } = requireBuilt("test/hostile/reader-corpus.js");
  const dir = path.join(BENCH_DIR, "hostile");
  fs.rmSync(dir, { recursive: true, force: true });
  progress("writing the hostile inbox");
  const files = [...(await writeHostileInbox(dir)), ...(await writeReaderHostiles(dir))];
  const child = path.join(BENCH_DIR, "hostile-child.js");
  fs.writeFileSync(child, CHILD);
  const entry = path.join(BUILD_DIR, "src/xlsx/check-file.js");

  log(`── hostile corpus: ${files.length} files, each checked alone in a fresh process (checkFileBytes time; peak RSS of that process, Node itself included) ──`);
  let flagged = 0;
  const figures = [];
  for (const f of files) {
    const r = spawnSync(process.execPath, [child, entry, path.join(dir, f.name)], {
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: path.join(__dirname, "..", "node_modules") },
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`checking ${f.name} failed:\n${r.stderr}`);
    const m = JSON.parse(r.stdout);
    figures.push({ name: f.name, ...m });
    const expected = "refused" in f.fate ? f.fate.refused : "read";
    const flags = [m.ms > MAX_MS ? `OVER ${MAX_MS} ms` : "", m.maxRssMb > MAX_MB ? `OVER ${MAX_MB} MB` : "", m.outcome !== expected ? `EXPECTED ${expected}` : ""].filter(Boolean);
    if (flags.length) flagged++;
    log(`  ${f.name.padEnd(44)} ${m.outcome.padEnd(30)} ${fmt(m.ms, 1).padStart(8)} ms ${fmt(m.maxRssMb, 1).padStart(7)} MB ${flags.join(" ")}`);
  }
  const slowest = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
  const largest = figures.reduce((a, b) => (b.maxRssMb > a.maxRssMb ? b : a));
  log(`  slowest: ${slowest.name} (${fmt(slowest.ms, 1)} ms, ${slowest.outcome}); largest: ${largest.name} (${fmt(largest.maxRssMb, 1)} MB peak RSS, ${largest.outcome})`);
  log(`  ${flagged === 0 ? `every file answered within ${MAX_MS} ms and ${MAX_MB} MB, with the expected outcome` : `${flagged} file(s) flagged`}`);
  const s = consolidateStats(dir, path.join(BENCH_DIR, "out", "tong-hop-hostile.xlsx"));
  const accepted = files.filter((f) => "accepted" in f.fate).length;
  log(`  htsd consolidate on the whole inbox: ${fmt(s.wallMs, 0)} ms wall, peak RSS ${fmt(s.maxRssMb, 0)} MB, ${s.accepted} of ${files.length} files consolidated (expected ${accepted}), exit ${s.exitCode}`);
  log();
  return flagged;
}

module.exports = { main };

if (require.main === module) {
  main(console.log, (s) => process.stderr.write(`  … ${s}\n`)).catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exitCode = 1;
  });
}
