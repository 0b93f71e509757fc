/**
 * A checked file packed into bytes (as the command line's workers send it and its main
 * thread keeps it) comes back member for member: the report's identity, numbers, notes
 * and cell addresses, the problems, the cells left out and the fixes. The checked files
 * are made by the real checker from random filled forms (numbers typed as text, notes,
 * negative numbers and blanks among them), so every shape the checker yields is met.
 * Replay a failure with the seed fast-check prints: FC_SEED=<seed> FC_RUNS=<n>.
 */
import fc from "fast-check";
import { getForm } from "../../../src/core/kinds";
import { STATS_COLS, rowOf, statsTableSheet, type StatsTableForm } from "../../../src/core/kinds/stats-table";
import type { CheckedFile } from "../../../src/core/check";
import type { MeasureValues } from "../../../src/core/report";
import { fillStatsSheet, isoToSerial } from "../../../src/core/sample";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { checkFileBytes } from "../../../src/xlsx/check-file";
import { Packer, Unpacker } from "../../../src/core/consolidate/packed";
import { fnv1a } from "../../../src/core/consolidate/recurring-strings";
import { PackedFile, packCheckedFile, unpackCheckedFile } from "../../../src/core/consolidate/packed-file";
import { consolidate } from "../../../src/core/pipeline";

const FC = { seed: Number(process.env.FC_SEED ?? 20261207), numRuns: Number(process.env.FC_RUNS ?? 40) };
const form = getForm("stats-table") as StatsTableForm;
const leafCells = form.rows.filter((r) => r.kind === "leaf").flatMap((r) => r.measures.map((m) => ({ code: r.code, measure: m })));

interface Filled {
  unit: string;
  date: Date | undefined;
  values: (number | undefined)[];
  asText: number[];
  notes: [number, string][];
}

/** A form as a school might fill it: some cells blank, some typed as text, some negative (an error), notes here and there. */
const filledArb: fc.Arbitrary<Filled> = fc.record({
  unit: fc.oneof(fc.constantFrom("Trường THCS Quài Cang", "Trung tâm học tập cộng đồng xã Tỏa Tình", ""), fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })),
  date: fc.option(fc.date({ min: new Date("2024-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }), { nil: undefined }),
  values: fc.tuple<(number | undefined)[]>(...leafCells.map(() => fc.option(fc.oneof(fc.nat({ max: 3000 }), fc.integer({ min: -50, max: -1 }), fc.nat({ max: 2_000_000_000 })), { nil: undefined, freq: 2 }))),
  asText: fc.array(fc.nat({ max: leafCells.length - 1 }), { maxLength: 4 }),
  notes: fc.array(fc.tuple(fc.nat({ max: form.rows.length - 1 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 })), { maxLength: 3 }),
});

async function checkedForm(f: Filled): Promise<CheckedFile> {
  const values: Record<string, MeasureValues> = {};
  f.values.forEach((v, i) => {
    if (v === undefined) return;
    const c = leafCells[i]!;
    (values[c.code] ??= {})[c.measure] = v;
  });
  const asText = new Set<string>(f.asText.map((i) => `${leafCells[i]!.code}/${leafCells[i]!.measure}`).filter((k) => values[k.split("/")[0]!]?.[k.split("/")[1] as keyof MeasureValues] !== undefined));
  const blank = statsTableSheet({ form, year: 2025, sheetName: "Biểu", unit: f.unit });
  const filled = fillStatsSheet(blank, form, values, { asText, ...(f.date ? { dateSerial: isoToSerial(f.date.toISOString().slice(0, 10)) } : {}) });
  const notes = new Map<string, string>(f.notes.map(([i, text]) => [`${rowOf(form, form.rows[i]!.code)},${STATS_COLS.note}`, text]));
  const cells = filled.cells.map((c) => (notes.has(`${c.row},${c.col}`) ? { ...c, value: notes.get(`${c.row},${c.col}`)! } : c));
  const bytes = await renderWorkbook([{ ...filled, cells }]);
  return checkFileBytes(`hộp thư/${f.unit || "không tên"}.xlsx`, bytes, { today: "2025-11-24" });
}

describe("a checked file packed and unpacked", () => {
  test("comes back member for member, whole and through its packed view", async () => {
    const seen = { problems: 0, notes: 0, reports: 0 };
    await fc.assert(
      fc.asyncProperty(filledArb, async (f) => {
        const checked = await checkedForm(f);
        const bytes = packCheckedFile(checked);
        expect(unpackCheckedFile(bytes)).toStrictEqual(checked);
        const view = new PackedFile(bytes);
        expect(view.keys).toEqual(Object.keys(checked));
        for (const key of Object.keys(checked) as (keyof CheckedFile)[]) expect(view[key]).toStrictEqual(checked[key]);
        // Asked for twice, the report is the same; its members in the checker's order.
        expect(view.report).toStrictEqual(view.report);
        if (checked.report) expect(Object.keys(view.report!)).toEqual(Object.keys(checked.report));
        seen.problems += checked.problems.length > 0 ? 1 : 0;
        seen.reports += checked.report ? 1 : 0;
        seen.notes += Object.keys((checked.report as { notes?: object } | undefined)?.notes ?? {}).length > 0 ? 1 : 0;
      }),
      FC,
    );
    // The generator reached the shapes that matter.
    expect(seen.reports).toBeGreaterThan(FC.numRuns / 2);
    expect(seen.problems).toBeGreaterThan(0);
    expect(seen.notes).toBeGreaterThan(0);
  }, 120_000);

  test("consolidates as the checked files themselves do", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(filledArb, { minLength: 1, maxLength: 5 }), async (forms) => {
        const checked = await Promise.all(forms.map(checkedForm));
        const opts = { onDuplicate: "latest" as const, acceptErrors: true };
        const plain = consolidate(checked, opts);
        const packed = consolidate(
          checked.map((c) => new PackedFile(packCheckedFile(c))),
          opts,
        );
        expect(packed).toStrictEqual(plain);
      }),
      { ...FC, numRuns: Math.ceil(FC.numRuns / 4) },
    );
  }, 120_000);

  test("each packed file is small: a filled form's report in about a kilobyte", async () => {
    const sizes: number[] = [];
    await fc.assert(
      fc.asyncProperty(filledArb, async (f) => {
        sizes.push(packCheckedFile(await checkedForm(f)).length);
      }),
      { ...FC, numRuns: 10 },
    );
    expect(Math.max(...sizes)).toBeLessThan(4096);
  }, 120_000);
});

describe("packed plain data", () => {
  const plain = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(undefined, null, true, false, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 60),
      fc.double(),
      fc.integer(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      // Cell addresses are packed as numbers; these look like them and must come back as written.
      fc.constantFrom("D15", "A1", "XFD1048576", "XFE1", "A0", "D015", "ZZZ1", "AB", "a1", "$D$15", "D15 ", "A1048577"),
      fc.tuple(fc.stringMatching(/^[A-Z]{1,3}$/), fc.nat({ max: 2_000_000 })).map(([c, r]) => `${c}${r}`),
      fc.array(tie("value"), { maxLength: 5 }),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom("1", "10", "2", "1.1", "__proto__")), tie("value"), { maxKeys: 5, noNullPrototype: true }),
    ),
  })).value;

  test("comes back exactly, strings shared between values included", () => {
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), (values) => {
        const p = new Packer();
        for (const v of values) p.value(v);
        const u = new Unpacker(p.bytes());
        for (const v of values) expect(u.value()).toStrictEqual(v);
        const s = new Unpacker(p.bytes());
        for (let i = 0; i < values.length - 1; i++) s.skip();
        expect(s.value()).toStrictEqual(values[values.length - 1]);
      }),
      { ...FC, numRuns: 500 },
    );
  });

  test("an object of hundreds of members, and strings of every length, come back whole", () => {
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${i}`, i % 3 === 0 ? "x".repeat(i) : i - 150]));
    const p = new Packer();
    p.value([many, "ngắn", "dài ".repeat(100), many]);
    expect(new Unpacker(p.bytes()).value()).toStrictEqual([many, "ngắn", "dài ".repeat(100), many]);
  });

  test("strings of 7 to 24 bytes, kept for the process once met twice, come back as written: met again, one byte apart, hashing alike, and past the number kept", () => {
    const utf8 = new TextEncoder();
    const roundTrip = (strings: string[]) => {
      const p = new Packer();
      p.value(strings);
      expect(new Unpacker(p.bytes()).value()).toStrictEqual(strings);
    };
    // Two different strings of one length whose bytes hash alike: the second must not be taken for the first.
    const byHash = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const s = `mã-${i.toString(36).padStart(6, "0")}`;
      const h = fnv1a(utf8.encode(s));
      const other = byHash.get(h);
      if (other !== undefined) pair = [other, s];
      else byHash.set(h, s);
    }
    expect(utf8.encode(pair[0]).length).toBe(utf8.encode(pair[1]).length);
    for (let round = 0; round < 3; round++) {
      roundTrip([pair[0]]);
      roundTrip([pair[1], pair[0]]);
      roundTrip([pair[1]]);
    }
    // One byte apart, in every position, after the first was kept.
    const base = "check.cell.noCachedV";
    roundTrip([base]);
    roundTrip([base]);
    for (let round = 0; round < 3; round++) for (let i = 0; i < base.length; i++) roundTrip([base.slice(0, i) + "#" + base.slice(i + 1)]);
    roundTrip([base]);
    // Many more distinct strings than are kept, each packed in a value of its own, and again.
    const many = Array.from({ length: 20_000 }, (_, i) => `Trường ${i.toString(36)}`);
    for (let round = 0; round < 3; round++) for (let i = 0; i < many.length; i += 97) roundTrip(many.slice(i, i + 97));
  });

  test("refuses what is not plain data rather than losing it", () => {
    for (const odd of [new Map(), new Date(0), () => 1, 1n, Symbol("x")]) expect(() => new Packer().value(odd)).toThrow(TypeError);
  });
});

describe("a packed file's reports", () => {
  test("let go of their unpacked numbers once many other reports were read, and unpack them again when asked", async () => {
    const blank = statsTableSheet({ form, year: 2025, sheetName: "Biểu", unit: "Trường THCS Quài Cang" });
    const filled = fillStatsSheet(blank, form, { "1.1": { count: 2, people: 45 } });
    const checked = checkFileBytes("quai-cang.xlsx", await renderWorkbook([filled]), { today: "2025-11-24" });
    const bytes = packCheckedFile(checked);
    const reports = Array.from({ length: 200 }, () => new PackedFile(bytes).report as unknown as { values: Record<string, MeasureValues> });
    // Every report read, in turn: each gives the numbers written, first and last alike.
    for (const r of reports) expect(r.values["1.1"]).toEqual({ count: 2, people: 45 });
    expect(reports[0]!.values["1.1"]).toEqual({ count: 2, people: 45 });
    // A member set by the caller stays as set, however many reports are read after it.
    reports[1]!.values = { "1.1": { count: 9 } };
    for (const r of reports.slice(2)) expect(r.values["1.1"]!.count).toBe(2);
    expect(reports[1]!.values).toEqual({ "1.1": { count: 9 } });
  });
});
