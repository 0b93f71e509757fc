/** Cells fitted to what Excel can hold: a cut is visible, never splits a character, and is reported by its place. */
import fc from "fast-check";
import { CLIP_MARK, clipText, eachCell, fitToExcel, MAX_CELL_TEXT, type SheetDescription } from "../../../src/core/sheet";

const FC = { seed: Number(process.env.FC_SEED ?? 20251207), numRuns: 300 };

describe("clipText", () => {
  it("keeps a text that fits, and cuts one that does not to the limit, ending with the mark, never splitting a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.integer({ min: CLIP_MARK.length + 2, max: 120 }), (text, max) => {
        const cut = clipText(text, max);
        if (text.length <= max) return cut === text;
        const kept = cut.slice(0, -CLIP_MARK.length);
        const last = kept.charCodeAt(kept.length - 1);
        return cut.length <= max && cut.endsWith(CLIP_MARK) && text.startsWith(kept) && !(last >= 0xd800 && last <= 0xdbff);
      }),
      FC,
    );
  });
});

describe("fitToExcel", () => {
  it("cuts long texts and cached texts, blanks non-finite numbers, and names each cell", () => {
    const sheet: SheetDescription = {
      name: "Nhật ký",
      columns: [],
      merges: [],
      cells: [
        { row: 1, col: 1, value: "x".repeat(MAX_CELL_TEXT) },
        { row: 2, col: 3, value: "y".repeat(MAX_CELL_TEXT + 1) },
        { row: 3, col: 1, value: Number.POSITIVE_INFINITY },
        { row: 4, col: 2, formula: "A1", cached: Number.NaN },
        { row: 5, col: 2, formula: "A1", cached: "z".repeat(40_000) },
        { row: 6, col: 1, value: 1e15 },
      ],
    };
    expect(fitToExcel([sheet])).toEqual([
      { sheet: "Nhật ký", cell: "C2", kind: "text-cut", length: MAX_CELL_TEXT + 1 },
      { sheet: "Nhật ký", cell: "A3", kind: "not-finite" },
      { sheet: "Nhật ký", cell: "B4", kind: "not-finite" },
      { sheet: "Nhật ký", cell: "B5", kind: "text-cut", length: 40_000 },
    ]);
    expect((sheet.cells[0]!.value as string).length).toBe(MAX_CELL_TEXT);
    expect(sheet.cells[1]!.value).toBe("y".repeat(MAX_CELL_TEXT - CLIP_MARK.length) + CLIP_MARK);
    expect(sheet.cells[2]!.value).toBeNull();
    expect(sheet.cells[3]!.cached).toBeUndefined();
    expect((sheet.cells[4]!.cached as string).length).toBe(MAX_CELL_TEXT);
    expect(sheet.cells[5]!.value).toBe(1e15);
  });

  it("fits the lines a sheet makes as they are written, reported once, cut on every pass", () => {
    const sheet: SheetDescription = {
      name: "Chi tiết",
      columns: [],
      merges: [],
      cells: [{ row: 1, col: 1, value: "STT" }],
      *rows() {
        yield { row: 2, col: 8, value: "n".repeat(40_000) };
        yield { row: 3, col: 1, value: Number.NaN };
      },
    };
    expect(fitToExcel([sheet])).toEqual([
      { sheet: "Chi tiết", cell: "H2", kind: "text-cut", length: 40_000 },
      { sheet: "Chi tiết", cell: "A3", kind: "not-finite" },
    ]);
    for (let pass = 0; pass < 2; pass++) {
      const [, cut, blank] = [...eachCell(sheet)];
      expect(cut!.value).toBe("n".repeat(MAX_CELL_TEXT - CLIP_MARK.length) + CLIP_MARK);
      expect(blank!.value).toBeNull();
    }
  });
});
