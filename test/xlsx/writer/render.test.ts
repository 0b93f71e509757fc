import { parseA1 } from "../../../src/core/cells";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { CACHED, EVIL, FIRST_LEAF, FORMS, LOG, NOTE_ROW, PART1, SHEET, formSheet, logSheet } from "./fixture";
import { XlsxPackage, all, attr, one, type El } from "./package";

let pkg: XlsxPackage;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await renderWorkbook([formSheet(), logSheet()], { creator: "HTSĐ Tổng hợp", title: "Mẫu tổng hợp số liệu" });
  pkg = new XlsxPackage(bytes);
});

const validationAt = (sqref: string): El => {
  const found = all(pkg.sheet(SHEET), "dataValidation").filter((v) => v.attrs.sqref === sqref);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const formula = (v: El, n: 1 | 2) => all(v, `formula${n}`)[0]?.text;

describe("renderWorkbook on a form-like sheet", () => {
  it("returns plain Uint8Array bytes of a zip package, not a Node Buffer", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
    expect(all(pkg.workbook, "sheet").map((s) => s.attrs.name)).toEqual([SHEET, LOG]);
  });

  it("writes every written cell in Times New Roman 12 unless the style says otherwise", () => {
    for (const ref of ["A1", "D1", "B11", "D11", "B13", "D13", "F13", "G13", "D9"]) {
      const { font } = pkg.style(SHEET, ref);
      expect([ref, attr(font, "name")]).toEqual([ref, "Times New Roman"]);
      expect([ref, attr(font, "sz")]).toEqual([ref, "12"]);
    }
    const title = pkg.style(SHEET, "A5").font;
    expect(attr(title, "sz")).toBe("14");
    expect(all(title, "b")).toHaveLength(1);
    expect(all(pkg.style(SHEET, "B12").font, "i")).toHaveLength(1);
  });

  it("maps fills, borders, alignment and number formats", () => {
    const fill = (ref: string) => attr(pkg.style(SHEET, ref).fill, "fgColor", "rgb");
    expect(fill("D13")).toBe("FFFFF9E5"); // input
    expect(fill("E26")).toBe("FFD9D9D9"); // disabled: row 2 counts only
    expect(fill("A9")).toBe("FFD6DCE4"); // header
    expect(fill("D11")).toBe("FFE9EEF5"); // total
    const border = pkg.style(SHEET, "D13").border;
    for (const side of ["left", "right", "top", "bottom"]) expect(attr(border, side, "style")).toBe("thin");
    expect(pkg.style(SHEET, "D13").xf.attrs.numFmtId).toBe("3"); // "#,##0" is built-in 3
    expect(pkg.style(SHEET, "D2").numFmt).toBe("dd/mm/yyyy");
    const align = one(pkg.style(SHEET, "A9").xf, "alignment").attrs;
    expect(align).toMatchObject({ horizontal: "center", vertical: "center", wrapText: "1" });
    expect(one(pkg.style(SHEET, "B13").xf, "alignment").attrs.indent).toBe("1");
  });

  it("merges after styling, so a merged bordered header keeps its far edges", () => {
    const refs = all(pkg.sheet(SHEET), "mergeCell").map((m) => m.attrs.ref);
    expect(refs).toEqual(expect.arrayContaining(["A5:F5", "D9:E9", "A9:A10", "G9:G10"]));
    // F1 is not described: it takes the look and the lock of D1, the merge's first cell.
    const f1 = pkg.style(SHEET, "F1");
    expect(attr(f1.border, "right", "style")).toBe("thin");
    expect(attr(f1.fill, "fgColor", "rgb")).toBe("FFFFF9E5");
    expect(one(f1.xf, "protection").attrs.locked).toBe("0");
  });

  it("keeps formula-looking text inert: shared strings, never <f>", () => {
    const cases: [string, string, string][] = [
      [SHEET, "D1", EVIL.dde],
      [SHEET, `F${FIRST_LEAF}`, EVIL.hyperlink],
      [SHEET, `F${FIRST_LEAF + 1}`, EVIL.at],
      [SHEET, `F${FIRST_LEAF + 2}`, EVIL.minus],
      [LOG, "B2", EVIL.hyperlink],
    ];
    for (const [sheet, ref, text] of cases) {
      const c = pkg.cell(sheet, ref)!;
      expect([ref, c.attrs.t, all(c, "f").length]).toEqual([ref, "s", 0]);
      expect(pkg.cellText(sheet, ref)).toBe(text);
    }
    // Only the two totals are formulas.
    expect(all(pkg.sheet(SHEET), "f").map((f) => f.text)).toEqual([`SUM(D${PART1.from}:D${PART1.to})`, `SUM(E${PART1.from}:E${PART1.to})`]);
    expect(all(pkg.sheet(LOG), "f")).toHaveLength(0);
  });

  it("writes each formula's cached value for readers that do not recalculate", () => {
    const d11 = pkg.cell(SHEET, "D11")!;
    expect(one(d11, "f").text).toBe(`SUM(D${PART1.from}:D${PART1.to})`);
    expect(one(d11, "v").text).toBe(String(CACHED.count));
    expect(one(pkg.cell(SHEET, "E12")!, "v").text).toBe(String(CACHED.people));
  });

  it("writes whole-number rules with prompt, blank allowed and a stop error in Vietnamese", () => {
    const v = validationAt(`D${FIRST_LEAF}:D${FIRST_LEAF + 29}`);
    expect(v.attrs).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      allowBlank: "1",
      showInputMessage: "1",
      promptTitle: "Số nguyên",
      prompt: "Nhập số nguyên không âm.",
      showErrorMessage: "1",
      errorStyle: "stop",
      errorTitle: "Giá trị không hợp lệ",
      error: "Ô này chỉ nhận số nguyên lớn hơn hoặc bằng 0.",
    });
    expect(formula(v, 1)).toBe("0");
    expect(formula(v, 2)).toBeUndefined();
    expect(validationAt(`E${PART1.from}:E${PART1.to}`).attrs.type).toBe("whole");
  });

  it("writes a drop-down list, a date window and a refuse-all rule", () => {
    const list = validationAt("D3");
    expect(list.attrs).toMatchObject({ type: "list", allowBlank: "1", showErrorMessage: "1", errorStyle: "stop", errorTitle: "Chọn trong danh sách" });
    expect(formula(list, 1)).toBe(`"${FORMS.join(",")}"`);

    const date = validationAt("D2");
    expect(date.attrs).toMatchObject({ type: "date", allowBlank: "1", showErrorMessage: "1", errorStyle: "stop", error: "Ngày báo cáo phải trong khoảng 01/10/2025 – 15/10/2025." });
    expect(date.attrs.operator ?? "between").toBe("between"); // "between" is the schema default
    expect([formula(date, 1), formula(date, 2)]).toEqual(["45931", "45945"]); // 2025-10-01, 2025-10-15

    for (const sqref of ["E11", "D12", "E26:E27"]) {
      const r = validationAt(sqref);
      expect(r.attrs).toMatchObject({ type: "textLength", operator: "equal", allowBlank: "1", showErrorMessage: "1", errorStyle: "stop", errorTitle: "Không nhập ô này" });
      expect(formula(r, 1)).toBe("0");
    }
  });

  it("never writes two validations over the same cell", () => {
    // ExcelJS's own merging of per-cell rules gives B10:B12 and B2:B12 for B2:B12.
    const cells = new Set<string>();
    for (const v of all(pkg.sheet(SHEET), "dataValidation")) {
      for (const part of v.attrs.sqref!.split(" ")) {
        const [from, to = from] = part.split(":").map((r) => parseA1(r)!);
        for (let r = from!.row; r <= to!.row; r++) {
          for (let c = from!.col; c <= to!.col; c++) {
            expect(cells.has(`${r}:${c}`)).toBe(false);
            cells.add(`${r}:${c}`);
          }
        }
      }
    }
    expect(cells.size).toBeGreaterThan(60);
  });

  it("protects the sheet without a password, letting users select and resize", () => {
    const p = one(pkg.sheet(SHEET), "sheetProtection").attrs;
    expect(p.sheet).toBe("1");
    expect(p).toMatchObject({ formatColumns: "0", formatRows: "0" });
    for (const absent of ["password", "hashValue", "saltValue", "algorithmName", "spinCount", "selectLockedCells", "selectUnlockedCells"]) {
      expect([absent, p[absent]]).toEqual([absent, undefined]);
    }
    expect(all(pkg.sheet(LOG), "sheetProtection")).toHaveLength(0);
  });

  it("unlocks the input cells and leaves every other cell locked", () => {
    const locked = (ref: string) => all(pkg.style(SHEET, ref).xf, "protection")[0]?.attrs.locked !== "0";
    for (const ref of ["D1", "D2", "D3", `D${FIRST_LEAF}`, `E${FIRST_LEAF}`, `F${FIRST_LEAF}`, `F${NOTE_ROW}`]) expect([ref, locked(ref)]).toEqual([ref, false]);
    for (const ref of ["A1", "B13", "D11", "E11", "E26", "G13", "A9"]) expect([ref, locked(ref)]).toEqual([ref, true]);
  });

  it("sets up A4 printing one page wide, centred, with margins", () => {
    const sheet = pkg.sheet(SHEET);
    expect(one(one(sheet, "sheetPr"), "pageSetUpPr").attrs.fitToPage).toBe("1");
    expect(one(sheet, "pageSetup").attrs).toMatchObject({ paperSize: "9", orientation: "portrait", fitToWidth: "1", fitToHeight: "0" });
    expect(one(sheet, "printOptions").attrs.horizontalCentered).toBe("1");
    expect(one(sheet, "pageMargins").attrs).toMatchObject({ left: "0.6", right: "0.4", top: "0.6", bottom: "0.6", header: "0.3", footer: "0.3" });
  });

  it("writes print titles and an absolute print area as sheet-local names", () => {
    const names = all(pkg.workbook, "definedName");
    const titles = names.find((n) => n.attrs.name === "_xlnm.Print_Titles")!;
    expect(titles.attrs.localSheetId).toBe("0");
    expect(titles.text).toBe(`'${SHEET}'!$9:$10`);
    const area = names.find((n) => n.attrs.name === "_xlnm.Print_Area")!;
    expect(area.attrs.localSheetId).toBe("0");
    expect(area.text).toBe(`'${SHEET}'!$A$1:$F$${NOTE_ROW}`); // ExcelJS alone would write $A1:$F46
  });

  it("writes workbook-level names: ranges through ExcelJS, constants added to workbook.xml", () => {
    const byName = new Map(all(pkg.workbook, "definedName").map((n) => [n.attrs.name, n]));
    expect(byName.get("HTSD_Codes")!.text).toBe(`'${SHEET}'!$G$11:$G$${NOTE_ROW}`);
    expect(byName.get("HTSD_Inputs")!.text).toBe(`'${SHEET}'!$D$13:$E$45`);
    expect(byName.get("HTSD_Form")!.text).toBe('"stats-table"');
    expect(byName.get("HTSD_Year")!.text).toBe("2025");
    for (const n of ["HTSD_Codes", "HTSD_Form"]) expect(byName.get(n)!.attrs.localSheetId).toBeUndefined();
  });

  it("sizes and hides columns, sets row heights", () => {
    const cols = all(pkg.sheet(SHEET), "col").map((c) => c.attrs);
    expect(cols.find((c) => c.min === "2")).toMatchObject({ width: "50", customWidth: "1" });
    expect(cols.find((c) => c.min === "7")).toMatchObject({ max: "7", hidden: "1" });
    expect(cols.filter((c) => c.hidden === "1")).toHaveLength(1);
    const row13 = all(pkg.sheet(SHEET), "row").find((r) => r.attrs.r === "13")!;
    expect(row13.attrs).toMatchObject({ ht: "33", customHeight: "1" });
    expect(pkg.cellText(SHEET, "G13")).toBe("1.1");
  });

  it("freezes the header, hides gridlines and selects the active tab", () => {
    const view = one(pkg.sheet(SHEET), "sheetView");
    expect(view.attrs).toMatchObject({ tabSelected: "1", showGridLines: "0" });
    expect(one(view, "pane").attrs).toMatchObject({ xSplit: "2", ySplit: "10", topLeftCell: "C11", state: "frozen" });
    const log = one(pkg.sheet(LOG), "sheetView");
    expect(log.attrs.tabSelected).toBeUndefined();
    expect(log.attrs.showGridLines).toBeUndefined();
    expect(one(log, "pane").attrs).toMatchObject({ ySplit: "1", topLeftCell: "A2", state: "frozen" });
    expect(one(pkg.workbook, "workbookView").attrs.activeTab).toBe("0");
  });

  it("writes the filter of the log sheet with the hidden name LibreOffice needs to keep it", () => {
    expect(one(pkg.sheet(LOG), "autoFilter").attrs.ref).toBe("A1:B3");
    const db = all(pkg.workbook, "definedName").filter((n) => n.attrs.name === "_xlnm._FilterDatabase");
    expect(db).toHaveLength(1);
    expect(db[0]!.attrs).toMatchObject({ localSheetId: "1", hidden: "1" });
    expect(db[0]!.text).toBe(`'${LOG}'!$A$1:$B$3`);
  });

  it("fills the document properties", () => {
    const core = pkg.text("docProps/core.xml");
    expect(core).toContain("<dc:creator>HTSĐ Tổng hợp</dc:creator>");
    expect(core).toContain("<dc:title>Mẫu tổng hợp số liệu</dc:title>");
  });
});

describe("renderWorkbook options", () => {
  it("opens on the sheet given as activeSheet", async () => {
    const p = new XlsxPackage(await renderWorkbook([formSheet(), logSheet()], { activeSheet: 1 }));
    expect(one(p.workbook, "workbookView").attrs.activeTab).toBe("1");
    expect(one(p.sheet(LOG), "sheetView").attrs.tabSelected).toBe("1");
    expect(one(p.sheet(SHEET), "sheetView").attrs.tabSelected).toBeUndefined();
  });

  it("refuses an activeSheet that does not exist and an empty workbook", async () => {
    await expect(renderWorkbook([logSheet()], { activeSheet: 1 })).rejects.toThrow(/activeSheet 1/);
    await expect(renderWorkbook([])).rejects.toThrow(/at least one sheet/);
  });
});
