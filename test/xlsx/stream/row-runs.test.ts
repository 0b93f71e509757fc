/**
 * Rows alike described once (RowRun), as Chi tiết's unit lines are: the streaming writer
 * writes them straight from their values. openpyxl must read them as the ExcelJS writer's
 * rendering of the same cells, among merges, heights, drop-down lists' columns and cells
 * made one by one; and the streaming writer must write the very bytes it writes for the
 * cells the runs stand for. Seeded (FC_SEED), so a failure can be replayed.
 */
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { eachCell, fitToExcel, MAX_CELL_TEXT, runCells, type CellDescription, type CellStyle, type MadeRow, type RowRun, type SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { writeWorkbook } from "../../../src/xlsx/stream";
import { openpyxlRead } from "./openpyxl";

const SEED = Number(process.env.FC_SEED ?? 20261208);
const RUNS = Number(process.env.FC_RUNS ?? 40);

const LOOKS: (CellStyle | undefined)[] = [undefined, { border: true, wrap: true }, { numFmt: "#,##0", fill: "input", horizontal: "right" }, { font: { bold: true }, fill: "header" }];

const value = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("Trường Tiểu học Đông Hà", "<&>\"'", "_x000D_", " đầu và cuối ", "\u0001"),
  fc.nat(40_000).map((n) => "Đ".repeat(n)),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e15, 123456789012, 0.1 + 0.2),
  fc.constant(null),
);

/** A run: its place below the one before, its columns, looks and values. */
const runArb = fc
  .record({
    gap: fc.nat(3),
    count: fc.integer({ min: 1, max: 8 }),
    cols: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
    looks: fc.array(fc.nat(LOOKS.length - 1), { minLength: 5, maxLength: 5 }),
    seed: fc.array(value, { minLength: 30, maxLength: 30 }),
    /** Cells made one by one in the row right after the run. */
    after: fc.uniqueArray(fc.record({ col: fc.integer({ min: 1, max: 7 }), value }), { selector: (c) => c.col, maxLength: 3 }),
  })
  .map((r) => ({ ...r, cols: [...r.cols].sort((a, b) => a - b) }));

const sheetArb = fc.record({
  runs: fc.array(runArb, { minLength: 1, maxLength: 5 }),
  /** Rows (counted from the first made one) a merge, a height or the lists' reach fall on. */
  /** `inRun`: over the run's own columns (its cells there blank), else beside them; `tall`: two rows high. */
  merges: fc.uniqueArray(fc.record({ at: fc.nat(30), left: fc.integer({ min: 1, max: 7 }), width: fc.integer({ min: 1, max: 2 }), inRun: fc.boolean(), tall: fc.boolean() }), { selector: (m) => m.at, maxLength: 12 }),
  heights: fc.uniqueArray(fc.record({ at: fc.nat(30), height: fc.integer({ min: 10, max: 60 }) }), { selector: (h) => h.at, maxLength: 4 }),
  listReach: fc.integer({ min: 5, max: 14 }),
});

type Drawn = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The drawn sheet: a header and a long drop-down list above (its values fill a hidden column
 * from row 1, right of the columns the sheet names), then the runs, each followed by a few
 * cells. A merge falls on a run's row, one or two rows high: over the run's own columns (the
 * run leaves the merge's other cells blank) or beside them.
 * `expand`: every run given as its cells instead.
 */
function sheetOf(d: Drawn, expand: boolean): SheetDescription {
  // Too long for the validation's formula (255 characters): the values go to a hidden column.
  const list = Array.from({ length: d.listReach }, (_, i) => `Giá trị thứ ${i + 1} của một danh sách dài`.padEnd(60, "."));
  const cells: CellDescription[] = [{ row: 1, col: 1, value: "Đầu", validation: { type: "list", values: list, error: { title: "Sai", text: "Chọn trong danh sách" } } }];
  // Where each run goes, before any is made: the merges decide which of their cells are blank.
  const placed: { first: number; drawn: Drawn["runs"][number]; afterRow: number }[] = [];
  let row = 2;
  for (const r of d.runs) {
    const first = row + r.gap;
    row = first + r.count;
    placed.push({ first, drawn: r, afterRow: row });
    if (r.after.length > 0) row++;
  }
  const last = row - 1;
  const merges: string[] = [];
  /** Cells inside a merge past its first: "row:col". */
  const blank = new Set<string>();
  const taken = new Set<string>();
  for (const m of d.merges) {
    const at = 2 + (m.at % (last - 1));
    const p = placed.find((x) => at >= x.first && at < x.first + x.drawn.count);
    if (!p) continue;
    const cols = p.drawn.cols;
    let left = m.left;
    let right = m.left + m.width;
    if (m.inRun) {
      // From one of the run's columns over the ones right after it.
      const j = m.left % cols.length;
      let k = j;
      while (k + 1 < cols.length && k - j < m.width && cols[k + 1] === cols[k]! + 1) k++;
      if (k === j) continue;
      [left, right] = [cols[j]!, cols[k]!];
    } else if (cols.some((c) => c > left && c <= right)) continue;
    const bottom = m.tall && at + 1 < p.first + p.drawn.count ? at + 1 : at;
    const area: string[] = [];
    for (let r = at; r <= bottom; r++) for (let c = left; c <= right; c++) area.push(`${r}:${c}`);
    if (area.some((x) => taken.has(x))) continue;
    area.forEach((x, k) => (taken.add(x), k > 0 && blank.add(x)));
    merges.push(`${colLetter(left)}${at}:${colLetter(right)}${bottom}`);
  }
  const made: MadeRow[] = [];
  for (const { first, drawn: r, afterRow } of placed) {
    const styles = r.cols.map((_, j) => LOOKS[r.looks[j]!]);
    const value = (i: number, j: number) => (blank.has(`${first + i}:${r.cols[j]}`) ? null : r.seed[(i * r.cols.length + j) % r.seed.length]!);
    const run: RowRun = { first, count: r.count, cols: r.cols, styles, value };
    made.push(...(expand ? [...runCells(run)] : [run]));
    for (const c of r.after) made.push({ row: afterRow, col: c.col, value: c.value });
  }
  const heights = d.heights.map((h) => ({ row: 2 + (h.at % (last - 1)), height: h.height })).sort((a, b) => a.row - b.row);
  // A fresh cell each pass: the writers cut long texts in the cells they are given.
  return { name: "Chi tiết", columns: [{ col: 1, width: 18 }, { col: 9, width: 12 }], cells, rows: () => made.map((x) => ("count" in x ? x : { ...x })), merges, rowHeights: heights, protect: true };
}

function colLetter(col: number): string {
  return String.fromCharCode(64 + col);
}

const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);

it("writes runs as the cells they stand for: openpyxl reads them as the ExcelJS writer's, and the bytes are the cells' own", async () => {
  const drawn = fc.sample(sheetArb, { seed: SEED, numRuns: RUNS });
  const files: Uint8Array[] = [];
  for (const d of drawn) {
    const runs = writeWorkbook([sheetOf(d, false)]);
    const cells = writeWorkbook([sheetOf(d, true)]);
    expect(sheetXml(runs.bytes)).toBe(sheetXml(cells.bytes));
    expect(runs.unfit).toEqual(cells.unfit);
    files.push(await renderWorkbook([sheetOf(d, false)]), runs.bytes);
  }
  const read = openpyxlRead(files);
  let written = 0;
  for (let i = 0; i < drawn.length; i++) {
    expect([SEED, i, read[2 * i + 1]]).toEqual([SEED, i, read[2 * i]]);
    written += Object.keys((read[2 * i] as { sheets: { cells: object }[] }).sheets[0]!.cells).length;
  }
  // Every run's cell is written (a blank one for its look), beside the header and the list's values.
  const inRuns = drawn.reduce((n, d) => n + d.runs.reduce((m, r) => m + r.count * r.cols.length, 0), 0);
  expect(written).toBeGreaterThan(inRuns);
}, 300_000);

it("fits a run's values as fitToExcel fits the cells, and says where", () => {
  const run: RowRun = { first: 2, count: 2, cols: [1, 3], styles: [undefined, undefined], value: (i, j) => (i === 0 && j === 1 ? "x".repeat(MAX_CELL_TEXT + 3) : i === 1 && j === 0 ? Number.POSITIVE_INFINITY : i * 10 + j) };
  const sheet = (): SheetDescription => ({ name: "Chi tiết", columns: [], cells: [{ row: 1, col: 1, value: "Đầu" }], rows: () => [run], merges: [] });
  const expected = fitToExcel([sheet()]);
  expect(expected.map((u) => [u.cell, u.kind])).toEqual([
    ["C2", "text-cut"],
    ["A3", "not-finite"],
  ]);
  expect(writeWorkbook([sheet()]).unfit).toEqual(expected);
  expect([...eachCell(sheet())].map((c) => c.value)).toEqual(["Đầu", 0, "x".repeat(MAX_CELL_TEXT + 3), Number.POSITIVE_INFINITY, 11]);
});

describe("refuses a run that breaks the contract", () => {
  const run = (over: Partial<RowRun> = {}): RowRun => ({ first: 3, count: 2, cols: [1, 2], styles: [undefined, undefined], value: () => 1, ...over });
  const write = (made: MadeRow[], extra: Partial<SheetDescription> = {}) => () =>
    writeWorkbook([{ name: "Chi tiết", columns: [], cells: [{ row: 1, col: 1, value: "Đầu" }], rows: () => made, merges: [], ...extra }]);

  it.each([
    ["starting above a row already made", [{ row: 4, col: 1, value: 1 }, run()], /must not go back/],
    ["sharing its first row with cells made before it", [{ row: 3, col: 5, value: 1 }, run()], /must not go back/],
    ["followed by a cell in its last row", [run(), { row: 4, col: 5, value: 1 }], /which a run wrote/],
    ["overlapping the run before it", [run(), run({ first: 4 })], /must not go back/],
    ["among the cells above", [run({ first: 1 })], /not below its cells/],
    ["with its columns out of order", [run({ cols: [2, 1] })], /out of order/],
    ["with a column named twice", [run({ cols: [2, 2] })], /out of order/],
    ["with fewer looks than columns", [run({ styles: [undefined] })], /2 columns and 1 looks/],
    ["past Excel's last row", [run({ first: 1_048_576 })], /./],
  ] as const)("%s", (_, made, error) => {
    expect(write([...made])).toThrow(error);
  });

  it("reaching the columns of the sheet's drop-down lists", () => {
    const cells: CellDescription[] = [{ row: 1, col: 1, validation: { type: "list", values: ["a,b"], error: { title: "x", text: "y" } } }];
    expect(write([run({ cols: [1, 3] })], { cells })).toThrow(/columns of the sheet's drop-down lists/);
  });

  it("but takes an empty run as nothing", () => {
    const { bytes } = write([run({ count: 0 }), { row: 3, col: 1, value: 7 }])();
    expect(sheetXml(bytes)).toMatch(/<\/row><row r="3"><c r="A3"( s="\d+")?><v>7<\/v><\/c><\/row><\/sheetData>/);
  });
});
