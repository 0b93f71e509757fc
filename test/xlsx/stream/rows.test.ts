/**
 * A sheet's lower part made by rows() as it is written: gone through once, written while it
 * is made (the file's first bytes come before the last row is made), fitted to Excel's limits
 * with the same report fitToExcel gives, and refused loudly when it breaks the contract.
 */
import { eachCell, fitToExcel, MAX_CELL_TEXT, type CellDescription, type SheetDescription } from "../../../src/core/sheet";
import { streamWorkbook, writeWorkbook } from "../../../src/xlsx/stream";

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
