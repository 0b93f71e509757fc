/**
 * A sheet's lower part made by rows() as it is written: gone through once, written while it
 * is made (the file's first bytes come before the last row is made), fitted to Excel's limits
 * with the same report fitToExcel gives, and refused loudly when it breaks the contract.
 */
import { eachCell, fitToExcel, MAX_CELL_TEXT, type CellDescription, type SheetDescription } from "../../../src/core/sheet";
import { strFromU8, unzipSync } from "fflate";
import { consolidate, summarySheets } from "../../../src/core/pipeline";
import { defaultSheetNames } from "../../../src/core/consolidate";
import * as messages from "../../../src/core/messages";
import { streamWorkbook, writeWorkbook } from "../../../src/xlsx/stream";
import { OPTS, checked, found, statsReport } from "../../core/consolidate/fixtures";

function sheet(lower: () => CellDescription[], extra: Partial<SheetDescription> = {}): SheetDescription {
  return { name: "Chi tiết", columns: [], cells: [{ row: 1, col: 1, value: "Đầu" }], rows: lower, merges: [], ...extra };
}

it("goes through rows() once and writes while rows are still being made", () => {
  let calls = 0;
  let made = 0;
  let madeAtFirstChunk = -1;
  const big: SheetDescription = {
    name: "Chi tiết",
    columns: [],
    cells: [{ row: 1, col: 1, value: "Đầu" }],
    *rows() {
      calls++;
      for (let r = 2; r <= 40_000; r++) {
        made = r;
        yield { row: r, col: 1, value: `Đơn vị ${r}` };
        yield { row: r, col: 2, value: r * 3 };
      }
    },
    merges: [],
  };
  const { chunks } = streamWorkbook([big]);
  let count = 0;
  for (const chunk of chunks) {
    if (chunk.length > 0 && madeAtFirstChunk < 0 && made > 0) madeAtFirstChunk = made;
    count++;
  }
  expect(calls).toBe(1);
  expect(count).toBeGreaterThan(2);
  expect(madeAtFirstChunk).toBeGreaterThan(0);
  expect(madeAtFirstChunk).toBeLessThan(40_000);
});

it("fits the cells rows() makes as fitToExcel would, and says where", () => {
  const lower = () => [
    { row: 2, col: 1, value: "x".repeat(MAX_CELL_TEXT + 5) },
    { row: 3, col: 2, value: Number.NaN },
    { row: 3, col: 3, formula: "A1", cached: Number.POSITIVE_INFINITY },
    { row: 4, col: 1, value: "vừa" },
  ];
  const expected = fitToExcel([sheet(lower)]);
  expect(expected.map((u) => u.cell)).toEqual(["A2", "B3", "C3"]);
  expect(writeWorkbook([sheet(lower)]).unfit).toEqual(expected);
  // And the upper cells, which a caller may have fitted already, are fitted too.
  const upper = sheet(() => [], { cells: [{ row: 1, col: 1, value: "y".repeat(MAX_CELL_TEXT + 1) }] });
  expect(writeWorkbook([upper]).unfit).toEqual([{ sheet: "Chi tiết", cell: "A1", kind: "text-cut", length: MAX_CELL_TEXT + 1 }]);
});

it.each([
  ["a row going back", () => [{ row: 3, col: 1, value: 1 }, { row: 2, col: 1, value: 2 }], {}, /must not go back/],
  ["a row among the cells above", () => [{ row: 1, col: 2, value: 1 }], {}, /not below its cells/],
  ["a cell described twice", () => [{ row: 2, col: 2, value: 1 }, { row: 2, col: 2, value: 2 }], {}, /described twice/],
  ["a value inside a merge", () => [{ row: 3, col: 2, value: 1 }], { merges: ["A3:B3"] }, /inside a merge/],
  ["a new long drop-down list", () => [{ row: 2, col: 1, validation: { type: "list" as const, values: ["a,b"], error: { title: "x", text: "y" } } }], {}, /first used by a cell from rows/],
  [
    "a cell in the lists' columns",
    () => [{ row: 2, col: 3, value: 1 }],
    { cells: [{ row: 1, col: 1, validation: { type: "list" as const, values: ["a,b"], error: { title: "x", text: "y" } } }] },
    /columns of the sheet's drop-down lists/,
  ],
])("refuses %s", (_, lower, extra, message) => {
  expect(() => writeWorkbook([sheet(lower as () => CellDescription[], extra as Partial<SheetDescription>)])).toThrow(message);
});

it("reads a sheet's cells through eachCell: cells, then what rows() makes", () => {
  const s = sheet(() => [{ row: 2, col: 1, value: 2 }]);
  expect([...eachCell(s)].map((c) => c.value)).toEqual(["Đầu", 2]);
});

describe("heights asked row by row (streamedHeights)", () => {
  const rowsWithHeights = (xml: string) => new Map([...xml.matchAll(/<row r="(\d+)"( ht="([\d.]+)")?/g)].map((m) => [Number(m[1]), m[3] === undefined ? undefined : Number(m[3])]));
  const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);

  it("are asked once for each row rows() makes, after its cells were made, and written as rowHeights would be", () => {
    let made = 0;
    const asked: [number, number][] = [];
    const tall = (r: number) => (r % 3 === 0 ? 15 + r : undefined);
    const description = (streamed: boolean): SheetDescription => ({
      name: "Nhật ký",
      columns: [],
      cells: [{ row: 1, col: 1, value: "Đầu" }],
      rowHeights: [{ row: 1, height: 24 }, ...Array.from({ length: 9 }, (_, i) => i + 2).flatMap((r) => (tall(r) ? [{ row: r, height: tall(r)! }] : []))],
      ...(streamed ? { streamedHeights: { above: [{ row: 1, height: 24 }], of: (r: number) => (asked.push([r, made]), tall(r)) } } : {}),
      *rows() {
        for (let r = 2; r <= 10; r++) {
          made = r;
          yield { row: r, col: 1, value: `dòng ${r}` };
          yield { row: r, col: 2, value: r };
        }
      },
      merges: [],
    });
    const streamed = rowsWithHeights(sheetXml(writeWorkbook([description(true)]).bytes));
    expect(streamed).toEqual(rowsWithHeights(sheetXml(writeWorkbook([description(false)]).bytes)));
    expect(streamed.get(1)).toBe(24);
    expect(streamed.get(6)).toBe(21);
    expect(asked.map(([r]) => r)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Row r's height is asked once its cells were made: never before rows() reached it.
    for (const [r, madeThen] of asked) expect(madeThen).toBeGreaterThanOrEqual(r);
  });

  it("refuse a height Excel would not take, naming the row", () => {
    const bad: SheetDescription = { ...sheet(() => [{ row: 2, col: 1, value: 1 }]), streamedHeights: { above: [], of: () => 500 } };
    expect(() => writeWorkbook([bad])).toThrow(/Row 2 of "Chi tiết" has height 500/);
  });

  it("give Nhật ký the heights its rowHeights lists, each problem's message worded once for both", () => {
    const c = consolidate(
      [
        checked(statsReport("Trường Tiểu học Quài Cang", { "1.1": { count: 2 } }), { problems: [found("warning", "D12", "1.1"), found("error", "E20", "1.5")] }),
        checked(statsReport("Trường THCS Quài Tở có một cái tên dài đến mức phải xuống dòng trong cột đơn vị", {}), { file: "mot-ten-tep-rat-dai-cua-mot-truong-hoc-o-vung-cao.xlsx", problems: [found("warning")] }),
        checked(statsReport("Trường Mầm non Hoa Ban", {})),
      ],
      { ...OPTS, acceptErrors: true },
    );
    const log = summarySheets(c, defaultSheetNames(), { date: "2025-10-12T09:30" })[2]!;
    const expected = new Map(log.rowHeights!.map((h) => [h.row, h.height]));
    // The problems' messages (their code, "read.truncated"), worded as the sheet is written.
    const wording = jest.spyOn(messages, "message");
    const written = rowsWithHeights(sheetXml(writeWorkbook([log]).bytes));
    expect(wording.mock.calls.filter(([code]) => code === "read.truncated")).toHaveLength(3);
    wording.mockRestore();
    for (const [row, height] of expected) expect([row, written.get(row)]).toEqual([row, height]);
    for (const [row, height] of written) if (height !== undefined) expect([row, expected.get(row)]).toEqual([row, height]);
    // Some line is taller than one line of text: the heights are not all alike.
    expect(new Set(expected.values()).size).toBeGreaterThan(2);
  });
});
