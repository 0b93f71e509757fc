/**
 * The rendering must work without the add-in: LibreOffice re-saves it with the rules,
 * names and protection intact, and prints it on A4, one page wide, header on each page.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { SheetDescription } from "../../../src/core/sheet";
import { renderWorkbook } from "../../../src/xlsx/writer";
import { CACHED, EVIL, FIRST_LEAF, LOG, NOTE_ROW, SHEET, formSheet, logSheet } from "./fixture";
import { convertWithLibreOffice, toolsPresent } from "../../helpers/libreoffice";
import { XlsxPackage, all, isTrue, one, type El } from "./package";

const LISTS = "Danh sách";
const UNITS = Array.from({ length: 40 }, (_, i) => `Trường Mầm non xã số ${i + 1}`);

/** A sheet whose drop-down is too long to inline, so it points at a hidden helper column. */
function listSheet(): SheetDescription {
  return {
    name: LISTS,
    columns: [{ col: 1, width: 40 }],
    cells: [{ row: 1, col: 1, locked: false, validation: { type: "list", values: UNITS, error: { title: "Chọn đơn vị", text: "Chọn một đơn vị trong danh sách." } } }],
    merges: [],
    protect: true,
  };
}

let ready = false;
let dir = "";
let resaved: XlsxPackage;
let pdf = "";
let written = 0;

beforeAll(async () => {
  ready = toolsPresent(["soffice", "pdfinfo", "pdftotext", "pdftoppm"]);
  if (!ready) return;
  dir = mkdtempSync(join(tmpdir(), "htsd-writer-lo-"));
  const input = join(dir, "bieu-mau.xlsx");
  const bytes = await renderWorkbook([formSheet(), logSheet(), listSheet()]);
  written = all(new XlsxPackage(bytes).sheet(SHEET), "dataValidation").length;
  writeFileSync(input, bytes);
  const outDir = join(dir, "resaved");
  resaved = new XlsxPackage(readFileSync(convertWithLibreOffice(input, "xlsx", outDir)));

  // Print only the form: the other sheets would add their own pages.
  const printed = join(dir, "in-an.xlsx");
  writeFileSync(printed, await renderWorkbook([formSheet()]));
  pdf = convertWithLibreOffice(printed, "pdf", dir);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const validations = (sheet: string): El[] => all(resaved.sheet(sheet), "dataValidation");
const bySqref = (sqref: string): El => {
  const v = validations(SHEET).find((x) => x.attrs.sqref === sqref);
  if (!v) throw new Error(`no validation over ${sqref} after the re-save`);
  return v;
};

describe("a LibreOffice re-save", () => {
  it("keeps every validation with its operator, blank rule and Vietnamese stop message", () => {
    if (!ready) return;
    const whole = bySqref(`D${FIRST_LEAF}:D${FIRST_LEAF + 29}`);
    expect(whole.attrs).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", errorStyle: "stop", errorTitle: "Giá trị không hợp lệ", promptTitle: "Số nguyên" });
    expect([isTrue(whole.attrs.allowBlank), isTrue(whole.attrs.showErrorMessage), isTrue(whole.attrs.showInputMessage)]).toEqual([true, true, true]);
    expect(one(whole, "formula1").text).toBe("0");

    const list = bySqref("D3");
    expect(list.attrs.type).toBe("list");
    expect(one(list, "formula1").text).toBe('"Mít tinh,Hoạt động ngoại khóa,Hoạt động tập thể khác,Lồng ghép chào cờ đầu tuần"');

    const date = bySqref("D2");
    expect(date.attrs).toMatchObject({ type: "date", operator: "between", error: "Ngày báo cáo phải trong khoảng 01/10/2025 – 15/10/2025." });
    expect([one(date, "formula1").text, one(date, "formula2").text]).toEqual(["45931", "45945"]);

    for (const sqref of ["E11", "D12", "E26:E27"]) {
      const reject = bySqref(sqref);
      expect(reject.attrs).toMatchObject({ type: "textLength", operator: "equal", errorStyle: "stop", errorTitle: "Không nhập ô này" });
      expect(isTrue(reject.attrs.showErrorMessage)).toBe(true);
      expect(one(reject, "formula1").text).toBe("0");
    }
    expect(validations(SHEET)).toHaveLength(written);
  });

  it("keeps a long drop-down pointing at its hidden helper column", () => {
    if (!ready) return;
    const v = one(resaved.sheet(LISTS), "dataValidation");
    expect(v.attrs).toMatchObject({ type: "list", sqref: "A1", errorTitle: "Chọn đơn vị" });
    expect(one(v, "formula1").text).toBe(`$B$1:$B$${UNITS.length}`);
    expect(resaved.cellText(LISTS, "B40")).toBe(UNITS[39]);
    const b = all(resaved.sheet(LISTS), "col").find((c) => Number(c.attrs.min) <= 2 && Number(c.attrs.max) >= 2)!;
    expect(isTrue(b.attrs.hidden)).toBe(true);
  });

  it("keeps the hidden code column and the codes in it", () => {
    if (!ready) return;
    const hidden = all(resaved.sheet(SHEET), "col").filter((c) => isTrue(c.attrs.hidden));
    expect(hidden.map((c) => [c.attrs.min, c.attrs.max])).toEqual([["7", "7"]]);
    expect(resaved.cellText(SHEET, `G${FIRST_LEAF + 12}`)).toBe("1.13");
  });

  it("keeps the workbook names, the print names and the filter", () => {
    if (!ready) return;
    const names = new Map(all(resaved.workbook, "definedName").map((n) => [n.attrs.name, n]));
    expect(names.get("HTSD_Codes")!.text).toBe(`'${SHEET}'!$G$11:$G$${NOTE_ROW}`);
    expect(names.get("HTSD_Inputs")!.text).toBe(`'${SHEET}'!$D$13:$E$45`);
    expect(names.get("HTSD_Form")!.text).toBe('"stats-table"');
    expect(names.get("HTSD_Year")!.text).toBe("2025");
    expect(names.get("_xlnm.Print_Titles")!.text).toBe(`'${SHEET}'!$9:$10`);
    expect(names.get("_xlnm.Print_Area")!.text).toBe(`'${SHEET}'!$A$1:$F$${NOTE_ROW}`);
    expect(names.get("_xlnm._FilterDatabase")!.attrs.localSheetId).toBe("1");
    expect(one(resaved.sheet(LOG), "autoFilter").attrs.ref).toBe("A1:B3");
  });

  it("keeps the protection, without a password, with input cells unlocked", () => {
    if (!ready) return;
    const p = one(resaved.sheet(SHEET), "sheetProtection").attrs;
    expect(isTrue(p.sheet)).toBe(true);
    expect([p.formatColumns, p.formatRows].map(isTrue)).toEqual([false, false]); // false: not protected, i.e. allowed
    for (const k of ["password", "hashValue", "algorithmName"]) expect(p[k]).toBeUndefined();
    const locked = (ref: string) => !all(resaved.style(SHEET, ref).xf, "protection").some((x) => x.attrs.locked === "false" || x.attrs.locked === "0");
    expect([`D${FIRST_LEAF}`, `E${FIRST_LEAF}`, `F${FIRST_LEAF}`, "D2", "D3"].map(locked)).toEqual([false, false, false, false, false]);
    expect([`B${FIRST_LEAF}`, "D11", "E11", "A9"].map(locked)).toEqual([true, true, true, true]);
    expect(isTrue(one(resaved.sheet(LISTS), "sheetProtection").attrs.sheet)).toBe(true);
  });

  it("keeps cached totals, inert text and the A4 fit-to-width setup", () => {
    if (!ready) return;
    expect(one(resaved.cell(SHEET, "D11")!, "v").text).toBe(String(CACHED.count));
    expect(one(resaved.cell(SHEET, "E12")!, "v").text).toBe(String(CACHED.people));
    for (const [ref, text] of [["D1", EVIL.dde], [`F${FIRST_LEAF}`, EVIL.hyperlink]] as const) {
      expect(all(resaved.cell(SHEET, ref)!, "f")).toHaveLength(0);
      expect(resaved.cellText(SHEET, ref)).toBe(text);
    }
    const sheet = resaved.sheet(SHEET);
    expect(isTrue(one(sheet, "pageSetUpPr").attrs.fitToPage)).toBe(true);
    expect(one(sheet, "pageSetup").attrs).toMatchObject({ paperSize: "9", fitToWidth: "1", fitToHeight: "0", orientation: "portrait" });
  });
});

describe("a LibreOffice print to PDF", () => {
  const pdftext = (page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });

  it("prints on A4 portrait pages, the header rows and every column on each page", () => {
    if (!ready) return;
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2); // long enough that repeated rows show
    for (let p = 1; p <= pages; p++) {
      const text = pdftext(p);
      // First and last printed column headers on every page: repeated rows, one page wide.
      expect([p, text.includes("STT"), text.includes("Ghi chú"), text.includes("Số lượng")]).toEqual([p, true, true, true]);
      expect(text).not.toContain("1.13"); // the hidden code column does not print
    }
    expect(pdftext(1)).toContain("MẪU TỔNG HỢP SỐ LIỆU KẾT QUẢ TỔ CHỨC TUẦN LỄ");
    expect(pdftext(pages)).toContain("Các nội dung khác (nếu có)");
  });

  it("renders the first page to an image", () => {
    if (!ready) return;
    const prefix = join(dir, "trang");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, prefix]);
    const png = readFileSync(`${prefix}-1.png`);
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    const width = png.readUInt32BE(16);
    expect(Math.abs(width - (595.3 / 72) * 60)).toBeLessThan(1.5); // A4 width at 60 dpi
  });
});
