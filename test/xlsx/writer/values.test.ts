import { renderWorkbook } from "../../../src/xlsx/writer";
import { all, one } from "./package";
import { TINY, renderTiny, tiny } from "./tiny";

describe("cell values", () => {
  it("writes numbers, booleans and strings as values and skips null", async () => {
    const pkg = await renderTiny([
      { row: 1, col: 1, value: 1500000 },
      { row: 1, col: 2, value: true },
      { row: 1, col: 3, value: "1.500.000 đ" },
      { row: 1, col: 4, value: null, style: { border: true } },
    ]);
    expect(pkg.cell(TINY, "A1")!.attrs.t).toBeUndefined();
    expect(pkg.cellText(TINY, "A1")).toBe("1500000");
    expect(pkg.cell(TINY, "B1")!.attrs.t).toBe("b");
    expect(pkg.cellText(TINY, "C1")).toBe("1.500.000 đ");
    expect(all(pkg.cell(TINY, "D1")!, "v")).toHaveLength(0);
  });

  it("keeps text that Excel or a CSV reader would run inert", async () => {
    const evil = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1)", "=1+1", "\t=1", "=A1\n"];
    const pkg = await renderTiny(evil.map((value, i) => ({ row: i + 1, col: 1, value })));
    expect(all(pkg.sheet(TINY), "f")).toHaveLength(0);
    expect(pkg.sheetText(TINY)).not.toContain("<f>");
    evil.forEach((text, i) => {
      expect(pkg.cell(TINY, `A${i + 1}`)!.attrs.t).toBe("s");
      expect(pkg.cellText(TINY, `A${i + 1}`)).toBe(text);
    });
  });

  it("drops XML-illegal control characters instead of writing a broken part", async () => {
    const pkg = await renderTiny([{ row: 1, col: 1, value: "Trường\u0000 A\u0007" }]);
    expect(pkg.cellText(TINY, "A1")).toBe("Trường A");
  });

  it("writes formulas with their cached number or text, and without one when none is given", async () => {
    const pkg = await renderTiny([
      { row: 1, col: 1, formula: "SUM(B1:C1)", cached: 7 },
      { row: 2, col: 1, formula: '=IF(B2="","",B2)', cached: "Mít tinh" },
      { row: 3, col: 1, formula: "B3*2" },
    ]);
    const a1 = pkg.cell(TINY, "A1")!;
    expect([one(a1, "f").text, one(a1, "v").text]).toEqual(["SUM(B1:C1)", "7"]);
    const a2 = pkg.cell(TINY, "A2")!;
    expect(a2.attrs.t).toBe("str");
    expect([one(a2, "f").text, one(a2, "v").text]).toEqual(['IF(B2="","",B2)', "Mít tinh"]); // stray "=" dropped
    const a3 = pkg.cell(TINY, "A3")!;
    expect(one(a3, "f").text).toBe("B3*2");
    expect(all(a3, "v")).toHaveLength(0);
  });

  it("never throws on content Excel cannot hold: text is cut with a mark, a non-finite number left blank", async () => {
    const long = "ắ".repeat(20_000) + "😀".repeat(10_000);
    const pkg = await renderTiny([
      { row: 1, col: 1, value: Number.NaN },
      { row: 1, col: 2, value: Number.POSITIVE_INFINITY },
      { row: 2, col: 1, value: long },
      { row: 3, col: 1, formula: "SUM(B1:C1)", cached: Number.NEGATIVE_INFINITY },
    ]);
    for (const blank of ["A1", "B1"]) expect(all(pkg.cell(TINY, blank)!, "v")).toHaveLength(0);
    const text = pkg.cellText(TINY, "A2")!;
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text.endsWith("…[đã cắt]")).toBe(true);
    expect(long.startsWith(text.slice(0, -"…[đã cắt]".length))).toBe(true);
    expect(/[\uD800-\uDBFF]$/.test(text.slice(0, -"…[đã cắt]".length))).toBe(false);
    const a3 = pkg.cell(TINY, "A3")!;
    expect(one(a3, "f").text).toBe("SUM(B1:C1)");
    expect(all(a3, "v")).toHaveLength(0);
  });

  it("refuses an empty formula, which is a programming error", async () => {
    await expect(renderTiny([{ row: 1, col: 1, formula: " " }])).rejects.toThrow(/Empty formula/);
  });
});

describe("description mistakes are programming errors", () => {
  it("refuses a cell outside the sheet, a cell described twice, and a value hidden under a merge", async () => {
    await expect(renderTiny([{ row: 0, col: 1, value: 1 }])).rejects.toThrow(/outside the sheet/);
    await expect(renderTiny([{ row: 1, col: 16_385, value: 1 }])).rejects.toThrow(/outside the sheet/);
    await expect(renderTiny([{ row: 1, col: 1, value: 1 }, { row: 1, col: 1, value: 2 }])).rejects.toThrow(/described twice/);
    await expect(renderTiny([{ row: 1, col: 2, value: "x" }], { merges: ["A1:C1"] })).rejects.toThrow(/inside a merge/);
    await expect(renderTiny([], { merges: ["A1:C1", "B1:D1"] })).rejects.toThrow(/merge/i);
    await expect(renderTiny([], { merges: ["A1:Z"] })).rejects.toThrow(/Bad range/);
  });

  it("refuses sizes Excel cannot show and a freeze outside the sheet", async () => {
    await expect(renderTiny([], { columns: [{ col: 1, width: 300 }] })).rejects.toThrow(/width 300/);
    await expect(renderTiny([], { columns: [{ col: 1, width: Number.NaN }] })).rejects.toThrow(/width NaN/);
    await expect(renderTiny([], { rowHeights: [{ row: 1, height: 500 }] })).rejects.toThrow(/height 500/);
    await expect(renderTiny([], { freeze: { row: 0, col: 2 } })).rejects.toThrow(/outside the sheet/);
  });

  it("accepts style-only cells inside a merge", async () => {
    const pkg = await renderTiny([{ row: 1, col: 1, value: "Tiêu đề" }, { row: 1, col: 2, style: { border: true } }], { merges: ["A1:C1"] });
    expect(one(pkg.sheet(TINY), "mergeCell").attrs.ref).toBe("A1:C1");
  });

  it("refuses sheet names Excel would reject, truncate or confuse", async () => {
    const named = (name: string) => renderWorkbook([{ ...tiny([]), name }]);
    await expect(named("Tổng hợp số liệu các đơn vị trường học")).rejects.toThrow(/31/);
    await expect(named("Báo cáo 1/2")).rejects.toThrow(/\*/);
    await expect(named("Trường Hoa'Sen")).rejects.toThrow(/apostrophe/);
    await expect(named(" ")).rejects.toThrow(/empty/);
    await expect(renderWorkbook([{ ...tiny([]), name: "Tổng hợp" }, { ...tiny([]), name: "TỔNG HỢP" }])).rejects.toThrow(/twice/);
  });

  it("refuses a malformed font colour or print area", async () => {
    await expect(renderTiny([{ row: 1, col: 1, value: 1, style: { font: { color: "red" } } }])).rejects.toThrow(/RRGGBB/);
    await expect(renderTiny([], { page: { paper: "A4", orientation: "portrait", fitToWidth: true, printArea: "A:F" } })).rejects.toThrow(/"A:F"/);
    await expect(renderTiny([], { page: { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: [10, 9] } })).rejects.toThrow(/Repeated rows/);
  });
});

describe("page, view and protection variants", () => {
  it("leaves scaling alone when the page need not fit one width, and writes a colour", async () => {
    const pkg = await renderTiny([{ row: 1, col: 1, value: "x", style: { font: { color: "c00000" } } }], {
      page: { paper: "A4", orientation: "landscape", fitToWidth: false },
    });
    const sheet = pkg.sheet(TINY);
    expect(one(sheet, "pageSetup").attrs).toMatchObject({ paperSize: "9", orientation: "landscape" });
    // ExcelJS always writes fitToWidth/fitToHeight; without fitToPage they are ignored.
    expect(all(sheet, "pageSetUpPr")).toHaveLength(0);
    expect(all(pkg.workbook, "definedName")).toHaveLength(0);
    expect(one(pkg.style(TINY, "A1").font, "color").attrs.rgb).toBe("FFC00000");
  });

  it("lets users filter a protected sheet that has a filter", async () => {
    const pkg = await renderTiny([{ row: 1, col: 1, value: "Tệp" }], { protect: true, autoFilter: "A1:B5" });
    const p = one(pkg.sheet(TINY), "sheetProtection").attrs;
    expect(p).toMatchObject({ sheet: "1", autoFilter: "0", formatColumns: "0" });
    expect(p.sort).toBeUndefined();
  });

  it("writes no pane for a freeze at A1 and shows gridlines when asked", async () => {
    const pkg = await renderTiny([], { freeze: { row: 1, col: 1 }, gridlines: true });
    const view = one(pkg.sheet(TINY), "sheetView");
    expect(all(view, "pane")).toHaveLength(0);
    expect(view.attrs.showGridLines).toBeUndefined(); // shown is the default
  });
});
