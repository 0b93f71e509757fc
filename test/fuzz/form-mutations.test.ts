/**
 * The fuzz test: thousands of seeded mutations of a real filled form, each put
 * through the same path as every file a consolidator opens (`checkFileBytes`). None may
 * throw; each must come back as a reading error or as a checked report whose numbers are
 * sound (from cells, whole, not negative). Damage to the file's bytes may never change
 * a number silently: the zip's checksums turn it into a reading error. Damage to the XML
 * inside a well-formed zip (a file edited by another tool) may change what the file says,
 * but never into something that is not a number from a cell.
 *
 * Mutations of the reader's XML and zip (namespaces, duplicate entries, attributes, shared formulas) each say what must come of them (reader-mutations.ts):
 * namespaces, duplicate entries, attribute counts and shared formulas.
 *
 * FUZZ_SEED and FUZZ_CASES (default 5,000) replay or widen a run; the seed is printed.
 * A hang is caught by each batch's own time-out, so no case is timed here.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm, StatsReport } from "../../src/core/kinds/stats-table";
import type { CheckedFile } from "../../src/core/check";
import { randomSchoolValues, seeded, type Rng } from "../../src/core/sample";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { unsoundReport } from "./sound-report";
import { filledForm } from "../hostile/corpus";
import { readerMutation, type ReaderMutation } from "./reader-mutations";
import { writeZip, type ZipItem } from "../xlsx/reader/zip-writer";

const SEED = Number(process.env.FUZZ_SEED ?? 20251124);
const CASES = Number(process.env.FUZZ_CASES ?? 5000);
const BATCHES = 10;
const CTX = { today: "2025-11-24" };

type Kind = "bit-flips" | "truncation" | "insertion" | "deletion" | "xml-edit" | "entries" | "reader";
/** Share of the cases of each kind: byte-level damage first, then damage a zip tool would carry faithfully. */
const MIX: [Kind, number][] = [
  ["bit-flips", 0.25],
  ["truncation", 0.1],
  ["insertion", 0.1],
  ["deletion", 0.07],
  ["xml-edit", 0.23],
  ["entries", 0.08],
  ["reader", 0.17],
];

interface Outcome {
  kind: Kind;
  /** True when the zip's bytes were damaged (rather than its parts re-zipped with valid checksums). */
  byteLevel: boolean;
  result: CheckedFile;
  /** What an issue-12 mutation requires of its outcome. */
  expects?: Pick<ReaderMutation, "allowed" | "mustRefuse" | "what">;
}

const form = getForm("stats-table") as StatsTableForm;
let original: Uint8Array;
let parts: Record<string, Uint8Array>;
let baseline: StatsReport;
const tally = new Map<string, number>();

beforeAll(async () => {
  console.log(`form-mutations: FUZZ_SEED=${SEED} FUZZ_CASES=${CASES}`);
  original = await filledForm("Trường THCS Quài Cang", randomSchoolValues(seeded(SEED), form));
  parts = unzipSync(original);
  const clean = checkFileBytes("form.xlsx", original, CTX);
  expect(clean.problems.filter((p) => p.severity === "error")).toEqual([]);
  baseline = clean.report as StatsReport;
}, 60_000);

afterAll(() => {
  const lines = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`);
  console.log(`form-mutations: outcomes of ${CASES} cases (seed ${SEED}):\n${lines.join("\n")}`);
});

const int = (rng: Rng, n: number) => Math.floor(rng() * n);

function pickKind(rng: Rng): Kind {
  let r = rng();
  for (const [kind, share] of MIX) {
    if (r < share) return kind;
    r -= share;
  }
  return "bit-flips";
}

function flipBits(rng: Rng, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  for (let i = 0, n = 1 + int(rng, 8); i < n; i++) out[int(rng, out.length)]! ^= 1 << int(rng, 8);
  return out;
}

function insertBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  const at = int(rng, bytes.length + 1);
  const extra = Uint8Array.from({ length: 1 + int(rng, 16) }, () => int(rng, 256));
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes.subarray(0, at));
  out.set(extra, at);
  out.set(bytes.subarray(at), at + extra.length);
  return out;
}

function deleteBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  const at = int(rng, bytes.length);
  const n = 1 + int(rng, 16);
  const out = new Uint8Array(bytes.length - Math.min(n, bytes.length - at));
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(at + n), at);
  return out;
}

const XML_PARTS = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"];
const NOISE = ['<', '>', '/', '"', "'", "&", ";", "=", "#", "x", "0", "1", "9", "-", ".", ",", "e", " ", "\u0000", "\uFFFF", "ệ", "<v>", "</c>", "&#0;", "&amp;", "]]>", "<!DOCTYPE x>", '<c r="A1048577">', 't="s"', 't="e"'];

/** One edit of an XML part's text, as a careless tool or a hostile hand would make it. */
function editXml(rng: Rng, xml: string): string {
  const at = int(rng, xml.length);
  const len = 1 + int(rng, 24);
  switch (int(rng, 5)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + len);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + len).repeat(2 + int(rng, 3)) + xml.slice(at);
    case 2:
      return xml.slice(0, at) + NOISE[int(rng, NOISE.length)]! + xml.slice(at);
    case 3: {
      // A digit changed: the file then says another number, legitimately.
      const digits = [...xml.matchAll(/\d/g)];
      const d = digits[int(rng, digits.length)];
      return d ? xml.slice(0, d.index) + String(int(rng, 10)) + xml.slice(d.index! + 1) : xml;
    }
    default: {
      const other = int(rng, xml.length);
      return xml.slice(0, Math.min(at, other)) + xml.slice(Math.max(at, other), Math.max(at, other) + len) + xml.slice(Math.min(at, other));
    }
  }
}

function rezip(items: ZipItem[]): Uint8Array {
  return writeZip(items);
}

function entryMutation(rng: Rng): Uint8Array {
  const items: ZipItem[] = Object.entries(parts).map(([name, data]) => ({ name, data }));
  switch (int(rng, 4)) {
    case 0:
      // Shuffled: a zip's order means nothing.
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(rng, i + 1);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return rezip(items);
    case 1:
      // An entry twice, the same bytes both times.
      items.splice(int(rng, items.length + 1), 0, items[int(rng, items.length)]!);
      return rezip(items);
    case 2:
      items.splice(int(rng, items.length), 1);
      return rezip(items);
    default:
      // Stored instead of deflated, in a random order.
      return rezip(items.map((i) => ({ ...i, method: 0 as const })).sort(() => rng() - 0.5));
  }
}

function mutate(rng: Rng): { kind: Kind; byteLevel: boolean; bytes: Uint8Array; expects?: ReaderMutation } {
  const kind = pickKind(rng);
  switch (kind) {
    case "bit-flips":
      return { kind, byteLevel: true, bytes: flipBits(rng, original) };
    case "truncation":
      return { kind, byteLevel: true, bytes: original.subarray(0, int(rng, original.length)) };
    case "insertion":
      return { kind, byteLevel: true, bytes: insertBytes(rng, original) };
    case "deletion":
      return { kind, byteLevel: true, bytes: deleteBytes(rng, original) };
    case "xml-edit": {
      const name = XML_PARTS[int(rng, XML_PARTS.length)]!;
      let xml = strFromU8(parts[name]!);
      for (let i = 0, n = 1 + int(rng, 3); i < n; i++) xml = editXml(rng, xml);
      return { kind, byteLevel: false, bytes: rezip(Object.entries(parts).map(([n, data]) => ({ name: n, data: n === name ? strToU8(xml) : data }))) };
    }
    case "entries":
      return { kind, byteLevel: false, bytes: entryMutation(rng) };
    case "reader": {
      const m = readerMutation(rng, parts);
      return { kind, byteLevel: false, bytes: m.bytes, expects: m };
    }
  }
}

/** What every outcome must satisfy; returns the broken rule, or undefined. */
function broken(o: Outcome): string | undefined {
  const { result } = o;
  const errors = result.problems.filter((p) => p.severity === "error");
  if (o.expects) return brokenExpectation(o.expects, result);
  if (!result.report) return errors.length > 0 ? undefined : "no report and no error";
  const report = result.report as StatsReport;
  const unsound = unsoundReport(report, form);
  if (unsound) return unsound;
  // Damaged bytes never pass as other numbers: the checksums catch what the XML does not.
  const readError = result.problems.some((p) => p.code.startsWith("read.") && p.severity === "error");
  if (o.byteLevel && !readError && errors.length === 0 && JSON.stringify(report.values) !== JSON.stringify(baseline.values)) {
    return "byte damage changed the numbers without any error";
  }
  return undefined;
}

/** An issue-12 mutation: refused with one of its own errors, or the form's numbers unchanged. */
function brokenExpectation(expects: NonNullable<Outcome["expects"]>, result: CheckedFile): string | undefined {
  const error = result.problems.find((p) => p.severity === "error");
  if (error) return (expects.allowed as string[]).includes(error.code) ? undefined : `${expects.what}: refused with ${error.code}`;
  if (expects.mustRefuse) return `${expects.what}: read without a word`;
  const report = result.report as StatsReport | undefined;
  if (!report) return `${expects.what}: no report and no error`;
  return JSON.stringify(report.values) === JSON.stringify(baseline.values) ? undefined : `${expects.what}: the numbers changed`;
}

function runBatch(batch: number): void {
  // One generator per batch, seeded from the run's seed: a batch replays alone.
  const rng = seeded(SEED * 31 + batch);
  const count = Math.floor(CASES / BATCHES) + (batch < CASES % BATCHES ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const m = mutate(rng);
    let result: CheckedFile | undefined;
    let thrown: unknown;
    try {
      result = checkFileBytes("mutated.xlsx", m.bytes, CTX);
    } catch (e) {
      thrown = e;
    }
    if (!result) throw new Error(`seed ${SEED}, batch ${batch}, case ${i} (${m.kind}) threw: ${(thrown as Error)?.stack ?? thrown}`);
    const rule = broken({ kind: m.kind, byteLevel: m.byteLevel, result, expects: m.expects });
    if (rule) throw new Error(`seed ${SEED}, batch ${batch}, case ${i} (${m.kind}): ${rule}`);
    const first = result.problems.find((p) => p.severity === "error")?.code ?? (result.report ? "report" : "none");
    const key = `${m.kind} → ${first}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
}

it("reads the unmutated form cleanly (the baseline)", () => {
  expect(Object.keys(baseline.values).length).toBeGreaterThan(10);
});

it.each(Array.from({ length: BATCHES }, (_, b) => b))("answers soundly for every mutation of batch %i", (batch) => {
  expect(() => runBatch(batch)).not.toThrow();
}, 60_000);
