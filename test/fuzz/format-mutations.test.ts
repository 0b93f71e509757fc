/**
 * The fuzz test for the other containers (.xls, .ods): seeded mutations of a real filled form
 * as LibreOffice saves it in .xls and in .ods, each put through the path every file takes
 * (`checkFileBytes` with the .xls/.ods readers). None may throw; each must come back as a
 * reading error or as a checked report whose numbers are sound (from cells, whole, not
 * negative). An .ods is a zip, so damage to its bytes is caught by the checksums and may
 * never change a number silently; BIFF has no checksum, so damage inside an .xls's cells
 * may say another number, but never anything that is not a number from a cell.
 *
 * FUZZ_SEED and FUZZ_CASES (default 1,200 per format) replay or widen a run; the seed is
 * printed. A hang is caught by each batch's own time-out, so no case is timed here.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { CheckedFile } from "../../src/core/check";
import { getForm } from "../../src/core/kinds";
import type { StatsTableForm, StatsReport } from "../../src/core/kinds/stats-table";
import { describe as describeProblem } from "../../src/core/problems";
import { seeded, type Rng } from "../../src/core/sample";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { unsoundReport } from "./sound-report";
import { OTHER_READERS } from "../../src/xlsx/other-readers";
import { FORMATS_DIR, FORMS } from "../fixtures/formats/make-formats";
import { layout, workbookStreamMap } from "../hostile/formats-corpus";

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const CASES = Number(process.env.FUZZ_CASES ?? 1200);
const BATCHES = 6;
const CTX = { today: "2025-11-24", readers: OTHER_READERS };
const form = getForm("stats-table") as StatsTableForm;
const FORMATS = ["xls", "ods"] as const;
type Format = (typeof FORMATS)[number];

const originals = {} as Record<Format, Uint8Array>;
const baselines = {} as Record<Format, StatsReport>;
const tally = new Map<string, number>();
let odsParts: Record<string, Uint8Array>;
const odsTexts: Record<string, string> = {};

beforeAll(() => {
  console.log(`format-mutations: FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} per format`);
  for (const f of FORMATS) {
    originals[f] = new Uint8Array(readFileSync(join(FORMATS_DIR, `${FORMS[0]!.name}.${f}`)));
    const clean = checkFileBytes(`form.${f}`, originals[f], CTX);
    expect(clean.problems.filter((p) => p.severity === "error")).toEqual([]);
    baselines[f] = clean.report as StatsReport;
  }
  odsParts = unzipSync(originals.ods);
  for (const part of ["content.xml", "META-INF/manifest.xml"]) odsTexts[part] = strFromU8(odsParts[part]!);
});

afterAll(() => {
  const lines = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`);
  console.log(`format-mutations: outcomes (seed ${SEED}):\n${lines.join("\n")}`);
});

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
/** Values a hostile hand writes into a count, an offset or a sector number. */
const SPECIAL = [0, 1, 2, 0xff, 0xffff, 0x10000, 0x7fffffff, 0xfffffffa, 0xfffffffc, 0xfffffffd, 0xfffffffe, 0xffffffff, 1_048_576];
const anyU32 = (rng: Rng) => (rng() < 0.6 ? SPECIAL[int(rng, SPECIAL.length)]! : int(rng, 0x100000000));

function flipBits(rng: Rng, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  for (let i = 0, n = 1 + int(rng, 8); i < n; i++) out[int(rng, out.length)]! ^= 1 << int(rng, 8);
  return out;
}

function splice(rng: Rng, bytes: Uint8Array, insert: boolean): Uint8Array {
  const at = int(rng, bytes.length);
  const n = 1 + int(rng, 16);
  const extra = insert ? Uint8Array.from({ length: n }, () => int(rng, 256)) : new Uint8Array(0);
  const cut = insert ? 0 : Math.min(n, bytes.length - at);
  const out = new Uint8Array(bytes.length + extra.length - cut);
  out.set(bytes.subarray(0, at));
  out.set(extra, at);
  out.set(bytes.subarray(at + cut), at + extra.length);
  return out;
}

function setU32(bytes: Uint8Array, at: number, v: number): void {
  if (at + 4 <= bytes.length) new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, v >>> 0, true);
}

/** A field of the compound file's own structures: header, FAT, directory. */
function containerField(rng: Rng, xls: Uint8Array): Uint8Array {
  const out = xls.slice();
  const { offsetOf } = layout(xls);
  const size = 1 << (xls[0x1e]! | (xls[0x1f]! << 8));
  const regions = [0, offsetOf(xls[0x4c]! | (xls[0x4d]! << 8)), offsetOf(xls[0x30]! | (xls[0x31]! << 8))];
  const base = regions[int(rng, regions.length)]!;
  for (let i = 0, n = 1 + int(rng, 3); i < n; i++) setU32(out, base + 4 * int(rng, size / 4), anyU32(rng));
  return out;
}

/** A field of a BIFF record: its type, its length, or a count or offset in its data. */
function recordField(rng: Rng, xls: Uint8Array): Uint8Array {
  const out = xls.slice();
  const { at, length } = workbookStreamMap(xls);
  const starts: number[] = [];
  for (let p = 0; p + 4 <= length; ) {
    const len = xls[at(p + 2)]! | (xls[at(p + 3)]! << 8);
    if ((xls[at(p)]! | xls[at(p + 1)]!) === 0 && len === 0) break;
    starts.push(p);
    p += 4 + len;
  }
  const p = starts[int(rng, starts.length)]!;
  const offset = int(rng, 2) === 0 ? int(rng, 4) : 4 + int(rng, 12);
  const v = anyU32(rng);
  for (let i = 0; i < (offset < 4 ? 2 : 4) && p + offset + i < length; i++) out[at(p + offset + i)] = (v >>> (8 * i)) & 0xff;
  return out;
}

const NOISE = ["<", ">", "/", '"', "&", "=", "#", "0", "1", "9", "-", ".", "e", " ", "\u0000", "ệ", "&amp;", "]]>", "<!DOCTYPE x>", 'table:number-columns-repeated="1048576"', 'table:number-rows-repeated="1048576"', 'office:value-type="float"', 'office:value="x"', 'office:value-type="date"', "<table:table-cell/>", "<table:table-row>", "</table:table-row>", "<text:s text:c=\"99999999\"/>"];

function editXml(rng: Rng, xml: string): string {
  const at = int(rng, xml.length);
  const len = 1 + int(rng, 24);
  switch (int(rng, 4)) {
    case 0:
      return xml.slice(0, at) + xml.slice(at + len);
    case 1:
      return xml.slice(0, at) + xml.slice(at, at + len).repeat(2 + int(rng, 3)) + xml.slice(at);
    case 2: {
      // Inside a tag more often than not: where attributes are.
      const tag = xml.indexOf(" ", xml.indexOf("<table:table-cell", at));
      const where = tag > 0 && rng() < 0.6 ? tag + 1 : at;
      return xml.slice(0, where) + NOISE[int(rng, NOISE.length)]! + " " + xml.slice(where);
    }
    default: {
      const digits = [...xml.matchAll(/\d/g)];
      const d = digits[int(rng, digits.length)];
      return d ? xml.slice(0, d.index) + String(int(rng, 10)) + xml.slice(d.index! + 1) : xml;
    }
  }
}

function mutate(rng: Rng, format: Format): { kind: string; byteLevel: boolean; bytes: Uint8Array } {
  const original = originals[format];
  const r = rng();
  if (r < 0.25) return { kind: "bit-flips", byteLevel: true, bytes: flipBits(rng, original) };
  if (r < 0.35) return { kind: "truncation", byteLevel: true, bytes: original.subarray(0, int(rng, original.length)) };
  if (r < 0.42) return { kind: "insertion", byteLevel: true, bytes: splice(rng, original, true) };
  if (r < 0.5) return { kind: "deletion", byteLevel: true, bytes: splice(rng, original, false) };
  if (format === "xls") {
    if (r < 0.7) return { kind: "container-field", byteLevel: true, bytes: containerField(rng, original) };
    return { kind: "record-field", byteLevel: true, bytes: recordField(rng, original) };
  }
  const part = rng() < 0.85 ? "content.xml" : "META-INF/manifest.xml";
  let xml = odsTexts[part]!;
  for (let i = 0, n = 1 + int(rng, 3); i < n; i++) xml = editXml(rng, xml);
  return { kind: `xml-edit ${part}`, byteLevel: false, bytes: rezipOds(part, xml) };
}

/** The .ods re-zipped (stored, which is quick; `mimetype` first) with one part's text replaced. */
function rezipOds(part: string, text: string): Uint8Array {
  const files: Zippable = { mimetype: [odsParts.mimetype!, { level: 0 }] };
  for (const [name, data] of Object.entries(odsParts)) if (name !== "mimetype") files[name] = name === part ? strToU8(text) : data;
  return zipSync(files, { level: 0 });
}

function broken(format: Format, byteLevel: boolean, result: CheckedFile): string | undefined {
  const errors = result.problems.filter((p) => p.severity === "error");
  for (const p of result.problems) if (/\{\w+\}/.test(describeProblem(p))) return `message with a hole: ${p.code}`;
  if (!result.report) return errors.length > 0 ? undefined : "no report and no error";
  const report = result.report as StatsReport;
  const unsound = unsoundReport(report, form);
  if (unsound) return unsound;
  const readError = result.problems.some((p) => p.code.startsWith("read.") && p.severity === "error");
  if (format === "ods" && byteLevel && !readError && errors.length === 0 && JSON.stringify(report.values) !== JSON.stringify(baselines[format].values)) {
    return "byte damage changed the numbers without any error";
  }
  return undefined;
}

function runBatch(format: Format, batch: number): void {
  const rng = seeded(SEED * 37 + batch * 2 + (format === "ods" ? 1 : 0));
  const count = Math.floor(CASES / BATCHES) + (batch < CASES % BATCHES ? 1 : 0);
  for (let i = 0; i < count; i++) {
    const m = mutate(rng, format);
    let result: CheckedFile | undefined;
    let thrown: unknown;
    try {
      result = checkFileBytes(`mutated.${format}`, m.bytes, CTX);
    } catch (e) {
      thrown = e;
    }
    if (!result) throw new Error(`seed ${SEED}, ${format} batch ${batch}, case ${i} (${m.kind}) threw: ${(thrown as Error)?.stack ?? String(thrown)}`);
    const rule = broken(format, m.byteLevel, result);
    if (rule) throw new Error(`seed ${SEED}, ${format} batch ${batch}, case ${i} (${m.kind}): ${rule}`);
    const first = result.problems.find((p) => p.severity === "error")?.code ?? (result.report ? "report" : "none");
    const key = `${format} ${m.kind} → ${first}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
}

it.each(FORMATS)("reads the unmutated .%s form cleanly (the baseline)", (format) => {
  expect(Object.keys(baselines[format].values).length).toBeGreaterThan(10);
});

describe.each(FORMATS)(".%s", (format) => {
  it.each(Array.from({ length: BATCHES }, (_, b) => b))("answers soundly for every mutation of batch %i", (batch) => {
    expect(() => runBatch(format, batch)).not.toThrow();
  }, 60_000);
});
