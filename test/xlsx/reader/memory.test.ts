/**
 * Peak memory of reading each hostile fixture, measured where it can be: in a fresh Node
 * process per file (process.resourceUsage().maxRSS). The reader is compiled once with tsc
 * for those processes. Times are printed for the record, never asserted.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { READABLE_DIR, tooManyEntries, UNREADABLE_DIR } from "../../fixtures/unreadable/make-fixtures";
import { READABLE_EXPECTED, UNREADABLE_EXPECTED, type Expectation } from "./fixture-expectations";

const ROOT = resolve(__dirname, "../../..");
const MAX_RSS_MB = 300;

const CHILD = `
const { readFileSync } = require("fs");
const { readWorkbook } = require(process.argv[2]);
const bytes = new Uint8Array(readFileSync(process.argv[3]));
const start = performance.now();
const result = readWorkbook(bytes);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({
  outcome: result.ok ? "read" : result.problem.code,
  warnings: result.ok ? result.warnings.map((w) => w.code) : [],
  ms,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
`;

interface Measured {
  outcome: string;
  warnings: string[];
  ms: number;
  maxRssMb: number;
}

let work: string;
let entry: string;
const figures: [string, Measured][] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "reader-memory-"));
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      join(ROOT, "src/xlsx/reader/index.ts"),
      ...["--outDir", join(work, "build"), "--rootDir", join(ROOT, "src"), "--module", "commonjs", "--moduleResolution", "node10"],
      ...["--target", "ES2020", "--lib", "ES2021,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
    ],
    { encoding: "utf8" },
  );
  if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  entry = join(work, "build/xlsx/reader/index.js");
  writeFileSync(join(work, "child.js"), CHILD);
  writeFileSync(join(work, "too-many-entries.xlsx"), tooManyEntries());
}, 120_000);

afterAll(() => {
  const rows = figures.map(([name, m]) => `${name.padEnd(40)} ${m.outcome.padEnd(24)} ${m.ms.toFixed(1).padStart(8)} ms ${m.maxRssMb.toFixed(1).padStart(7)} MB`);
  console.log(`Reading each fixture in a fresh process (time of readWorkbook; peak RSS of the process):\n${rows.join("\n")}`);
  rmSync(work, { recursive: true, force: true });
});

function measure(path: string): Measured {
  const child = spawnSync(process.execPath, [join(work, "child.js"), entry, path], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`child failed on ${path}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Measured;
}

const files = (dir: string, expected: Record<string, Expectation>): [string, string, Expectation][] =>
  readdirSync(dir)
    .filter((n) => expected[n])
    .map((n): [string, string, Expectation] => [n, join(dir, n), expected[n]!]);

const cases: [string, string | undefined, Expectation][] = [
  ...files(UNREADABLE_DIR, UNREADABLE_EXPECTED),
  ["too-many-entries.xlsx", undefined, UNREADABLE_EXPECTED["too-many-entries.xlsx"]!],
  ...files(READABLE_DIR, READABLE_EXPECTED).filter(([n]) => n === "big-unrelated-sheet.xlsx"),
];

it.each(cases)(`%s stays under ${MAX_RSS_MB} MB in a fresh process`, (name, path, expectation) => {
  const m = measure(path ?? join(work, name));
  figures.push([name, m]);
  expect(m.outcome).toBe("refused" in expectation ? expectation.refused : "read");
  expect(m.maxRssMb).toBeLessThan(MAX_RSS_MB);
});
