/**
 * Random descriptions, written by both writers and read back by openpyxl in one batch, must
 * read the same: texts with control characters, lone surrogates, markup and runs longer than
 * a cell holds; numbers from -0 to 1e308, NaN and infinities; booleans; formulas with texts
 * in them and cached numbers or texts; random looks and locks; part of the cells streamed
 * from rows(). Seeded (FC_SEED), so a failure can be replayed.
 */
import fc from "fast-check";
import type { CellDescription, CellStyle, SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { writeWorkbook } from "../../../src/xlsx/stream";
import { openpyxlRead } from "./openpyxl";

const SEED = Number(process.env.FC_SEED ?? 20261207);
const RUNS = Number(process.env.FC_RUNS ?? 30);

const LOOKS: (CellStyle | undefined)[] = [
  undefined,
  { border: true, wrap: true },
  { font: { bold: true, size: 14 }, fill: "header", horizontal: "center" },
  { numFmt: "#,##0", fill: "input", vertical: "middle", indent: 2 },
  { numFmt: "0.000", font: { italic: true, underline: true, color: "1F4E79" } },
  { fill: "disabled", numFmt: "@" },
];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u0001", "\u000B", "\u001F", "\u007F", "\r", "\n", "\t", " ", "&", "<", '"', "'", "_x000D_", "\uD800", "\uDFFF", "ắ", "😀", "="), maxLength: 30 }),
  fc.nat(40_000).map((n) => "Đ".repeat(n)),
);
const number = fc.oneof(fc.double(), fc.constantFrom(-0, 1e308, -1e308, 5e-324, 2 ** 53, 0.1 + 0.2), fc.integer());
const content = fc.oneof(
  text.map((value) => ({ value })),
  number.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constant({ value: null }),
  fc.record({ inner: text, cached: fc.option(fc.oneof(number, text), { nil: undefined }) }).map(({ inner, cached }) => ({
    formula: `LEN("${inner.replace(/"/g, '""')}")+A1`,
    ...(cached !== undefined ? { cached } : {}),
  })),
);

const cellArb = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 8 }), content, look: fc.nat(LOOKS.length - 1), locked: fc.boolean() });
const sheetArb = fc.record({
  cells: fc.uniqueArray(cellArb, { selector: (c) => `${c.row}:${c.col}`, minLength: 5, maxLength: 40 }),
  split: fc.integer({ min: 0, max: 31 }),
  protect: fc.boolean(),
});

type Drawn = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

/** A fresh description each call: the writers cut long texts in place. */
function describe(drawn: Drawn, i: number): SheetDescription {
  const cells: CellDescription[] = drawn.cells.map((c) => ({ row: c.row, col: c.col, ...c.content, style: LOOKS[c.look], locked: c.locked }));
  const upper = cells.filter((c) => c.row < drawn.split);
  const lower = cells.filter((c) => c.row >= drawn.split).sort((a, b) => a.row - b.row);
  return {
    name: `Trang ${i + 1}`,
    columns: [{ col: 1, width: 20 }],
    cells: upper,
    ...(lower.length ? { rows: () => lower.map((c) => ({ ...c })) } : {}),
    merges: [],
    protect: drawn.protect,
  };
}

it("openpyxl reads random descriptions alike from both writers", async () => {
  const drawn = fc.sample(sheetArb, { seed: SEED, numRuns: RUNS });
  const files: Uint8Array[] = [];
  for (const [i, d] of drawn.entries()) {
    files.push(await renderWorkbook([describe(d, i)]), writeWorkbook([describe(d, i)]).bytes);
  }
  const read = openpyxlRead(files);
  let cells = 0;
  for (let i = 0; i < drawn.length; i++) {
    expect([SEED, i, read[2 * i + 1]]).toEqual([SEED, i, read[2 * i]]);
    cells += Object.keys((read[2 * i] as { sheets: { cells: object }[] }).sheets[0]!.cells).length;
  }
  // Every drawn cell has a look, so each was written and read.
  expect(cells).toBe(drawn.reduce((n, d) => n + d.cells.length, 0));
}, 300_000);
