/**
 * The hostile corpus: one inbox holding good forms and every hostile file, put
 * through `htsd consolidate` and `htsd check` as a consolidator would. Each hostile file
 * must get its own problem code and a Vietnamese message naming it, the good files must
 * still be summed to the right totals, and each file alone must be checked in a fresh
 * process within 300 MB. Times are printed for the record (bench/hostile.js flags the
 * slow ones), never asserted.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { describe as describeProblem } from "../../src/core/problems";
import { message } from "../../src/core/messages";
import { readWorkbook } from "../../src/xlsx/reader";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { OTHER_READERS } from "../../src/xlsx/other-readers";
import { htsd } from "../cli/run-cli";
import { expectedSums, FORMULA_UNIT, writeHostileInbox, type HostileFile } from "./corpus";

const ROOT = resolve(__dirname, "../..");
const MAX_RSS_MB = 300;

interface JsonRun {
  accepted: { file: string; unit: string }[];
  rejected: { file: string; code: string; message: string }[];
  rows: Record<string, Record<string, number>>;
}

interface CheckJson {
  files: { file: string; unit: string | null; issues: { code: string; severity: string; message: string }[] }[];
}

const work = mkdtempSync(join(tmpdir(), "htsd-hostile-"));
const inbox = join(work, "inbox");
const out = join(work, "tong-hop.xlsx");
let files: HostileFile[];
let run: JsonRun;
let human: string;
let checked: CheckJson;

const base = (p: string) => p.split(/[\\/]/).pop()!;
const byName = <T extends { file: string }>(items: T[]) => new Map(items.map((i) => [base(i.file), i]));

beforeAll(async () => {
  files = await writeHostileInbox(inbox);
  const json = await htsd(["consolidate", inbox, "--out", out, "--json"]);
  expect(json.code).toBe(0);
  run = JSON.parse(json.stdout) as JsonRun;
  const text = await htsd(["consolidate", inbox, "--out", join(work, "again.xlsx")]);
  human = text.stdout;
  const check = await htsd(["check", inbox, "--json"]);
  checked = JSON.parse(check.stdout) as CheckJson;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it("covers every kind of hostile or broken file a consolidator receives", () => {
  const names = files.map((f) => f.name);
  for (const quirk of [
    "zip-bomb", "too-many-entries", "entity-expansion", "external-entity", "merge-whole-sheet", "validation-whole-sheet", "defined-names-whole-sheet",
    "two-million-rows-declared", "shared-string-out-of-bounds", "huge-string", "invalid-utf8", "truncated-zip", "old-format.xls", "password-protected",
    "csv-renamed", "empty", "two-form-sheets", "newer-form-version", "hand-typed-no-header", "unit-name-like-formula",
    // The .xls and .ods containers.
    "xls-sector-chain-loop", "xls-fat-points-past-end", "xls-sst-claims-five-million-strings", "xls-encrypted-filepass", "ods-doctype-entities", "ods-million-cells-repeated",
  ]) {
    expect(names.some((n) => n.startsWith(quirk))).toBe(true);
  }
});

describe("htsd check on the inbox", () => {
  it("refuses each hostile file with its own code, first among its errors", () => {
    const results = byName(checked.files);
    for (const f of files) {
      const r = results.get(f.name);
      expect(r).toBeDefined();
      const errors = r!.issues.filter((i) => i.severity === "error");
      if ("refused" in f.fate) expect([f.name, errors[0]?.code]).toEqual([f.name, f.fate.refused]);
      else expect([f.name, errors]).toEqual([f.name, []]);
    }
  });

  it("gives every refused file a Vietnamese message of its own", () => {
    const results = byName(checked.files);
    const refused = files.filter((f) => "refused" in f.fate);
    const texts = refused.map((f) => results.get(f.name)!.issues.find((i) => i.severity === "error")!.message);
    // Vietnamese: every message carries the language's own letters.
    for (const t of texts) expect(t).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    // Two kinds of file with the same code still say which part of the file is at fault.
    const doctype = refused.filter((f) => "refused" in f.fate && f.fate.refused === "read.doctype").map((f) => results.get(f.name)!.issues[0]!.message);
    expect(new Set(doctype).size).toBe(doctype.length);
  });
});

describe("htsd consolidate on the inbox", () => {
  it("consolidates the good files and the hostile-but-harmless ones, and only those", () => {
    const expected = files.filter((f) => "accepted" in f.fate).map((f) => f.name).sort();
    expect(run.accepted.map((a) => base(a.file)).sort()).toEqual(expected);
    for (const a of run.accepted) {
      const f = files.find((x) => x.name === base(a.file))!;
      expect("accepted" in f.fate && a.unit).toBe("accepted" in f.fate ? f.fate.unit : false);
    }
  });

  it("rejects each hostile file with the message of its own problem", () => {
    const rejected = byName(run.rejected);
    for (const f of files) {
      if (!("refused" in f.fate)) continue;
      const r = rejected.get(f.name);
      expect([f.name, r?.code]).toEqual([f.name, "consolidate.rejected.unreadable"]);
      const alone = checkFileBytes(f.name, new Uint8Array(readFileSync(join(inbox, f.name))), { today: "2025-11-24", readers: OTHER_READERS });
      const cause = alone.problems.find((p) => p.severity === "error")!;
      expect(cause.code).toBe(f.fate.refused);
      expect(r!.message).toBe(message("consolidate.rejected.unreadable", { reason: describeProblem(cause) }));
    }
  });

  it("names each rejected file beside its message in what it prints", () => {
    const lines = human.split("\n");
    for (const f of files.filter((x) => "refused" in x.fate)) {
      const line = lines.find((l) => l.includes(`${f.name}:`));
      expect([f.name, line?.includes(run.rejected.find((r) => base(r.file) === f.name)!.message)]).toEqual([f.name, true]);
    }
  });

  it("sums the accepted files' rows exactly", () => {
    const sums = expectedSums(files);
    for (const [code, v] of Object.entries(sums)) expect([code, run.rows[code]]).toEqual([code, expect.objectContaining(v)]);
  });

  it("writes the formula-looking unit name as text, never as a formula", () => {
    const read = readWorkbook(readFileSync(out));
    if (!read.ok) throw new Error(read.problem.code);
    const detail = read.workbook.sheets.find((s) => s.name === "Chi tiết")!;
    const cells = [...detail.cells.values()].filter((c) => c.kind === "string" && c.value === FORMULA_UNIT);
    // Once per band of Chi tiết, each time as text.
    expect(cells.length).toBeGreaterThan(1);
    for (const c of cells) expect(c.formula).toBeUndefined();
  });
});

describe("each file alone, in a fresh process", () => {
  const CHILD = `
const { readFileSync } = require("fs");
const { checkFileBytes } = require(process.argv[2]);
const { OTHER_READERS } = require(process.argv[2].replace(/check-file\\.js$/, "other-readers.js"));
const bytes = new Uint8Array(readFileSync(process.argv[3]));
const start = performance.now();
const r = checkFileBytes(process.argv[3], bytes, { today: "2025-11-24", readers: OTHER_READERS });
const ms = performance.now() - start;
const error = r.problems.find((p) => p.severity === "error");
process.stdout.write(JSON.stringify({ outcome: error ? error.code : "read", ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;
  let entry: string;
  const figures: string[] = [];

  beforeAll(() => {
    const build = join(work, "build");
    const tsc = spawnSync(
      process.execPath,
      [
        require.resolve("typescript/bin/tsc"),
        join(ROOT, "src/xlsx/check-file.ts"),
        join(ROOT, "src/xlsx/other-readers.ts"),
        ...["--outDir", build, "--rootDir", join(ROOT, "src"), "--module", "commonjs", "--moduleResolution", "node10", "--resolveJsonModule"],
        ...["--target", "ES2020", "--lib", "ES2021,DOM", "--types", "node", "--strict", "--skipLibCheck", "--esModuleInterop"],
      ],
      { encoding: "utf8" },
    );
    if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
    entry = join(build, "xlsx/check-file.js");
    writeFileSync(join(work, "child.js"), CHILD);
  }, 120_000);

  afterAll(() => console.log(`Checking each file of the hostile inbox in a fresh process (checkFileBytes time; peak RSS):\n${figures.join("\n")}`));

  it(`stays under ${MAX_RSS_MB} MB for every file, and answers with the expected outcome`, () => {
    for (const f of files) {
      const child = spawnSync(process.execPath, [join(work, "child.js"), entry, join(inbox, f.name)], {
        encoding: "utf8",
        env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
        timeout: 60_000,
      });
      expect([f.name, child.status, child.stderr]).toEqual([f.name, 0, ""]);
      const m = JSON.parse(child.stdout) as { outcome: string; ms: number; maxRssMb: number };
      figures.push(`${f.name.padEnd(42)} ${m.outcome.padEnd(24)} ${m.ms.toFixed(1).padStart(8)} ms ${m.maxRssMb.toFixed(1).padStart(7)} MB`);
      expect([f.name, m.outcome]).toEqual([f.name, "refused" in f.fate ? f.fate.refused : "read"]);
      expect([f.name, m.maxRssMb < MAX_RSS_MB]).toEqual([f.name, true]);
    }
  }, 180_000);
});
