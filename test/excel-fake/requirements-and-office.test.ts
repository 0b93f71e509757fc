/** Requirement sets, the Office globals, defined names and insertWorksheetsFromBase64. */
import { emptySheet, setCell } from "../../src/core/cells/raw";
import { FakeExcel, installFakeOffice } from "../fakes/excel-fake";

const XLSX_BASE64 = "UEsDBBQAAAAIAA=="; // any bytes do: the parser is the test's

describe("requirement sets", () => {
  test("isSetSupported follows apiVersion, compares versions as versions and knows only configured sets", () => {
    const fake = new FakeExcel({ apiVersion: "1.12" });
    const { Office } = fake.globals();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(Office.context.requirements.isSetSupported("excelapi")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  test("calling an API of a missing set throws ApiNotFound at the call, with Office's message", async () => {
    const fake = new FakeExcel({ apiVersion: "1.12" });
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.insertWorksheetsFromBase64(XLSX_BASE64)).toThrow(
        expect.objectContaining({
          code: "ApiNotFound",
          message: "The method or property Workbook.insertWorksheetsFromBase64 is part of the ExcelApi 1.13 requirement set, which is not available in your version of Excel.",
        }),
      );
    });
    const old = new FakeExcel({ apiVersion: "1.3" });
    await old.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.worksheets.getItem("Sheet1").names).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    // The getItem calls queued work; Excel.run's final sync sends it.
    expect(old.operations).toEqual(["WorksheetCollection.getItem", "WorksheetCollection.getItem"]);
  });
});

describe("the Office globals", () => {
  test("code written against the real globals runs unchanged once the fake is installed", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Biểu mẫu", values: [["STT"]] }] });
    const scope: Record<string, unknown> = { Excel: "previous" };
    const uninstall = installFakeOffice(scope, fake);
    const office = scope["Office"] as typeof Office;
    const excel = scope["Excel"] as typeof Excel;
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    const value = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Biểu mẫu").getRange("A1").load("values");
      await context.sync();
      return r.values[0]![0];
    });
    expect(value).toBe("STT");
    uninstall();
    expect(scope).toEqual({ Excel: "previous" });
  });

  test("onReady can be made to hang, as a host that never answers", async () => {
    const fake = new FakeExcel({ onReady: "never" });
    const settled = jest.fn();
    void fake.globals().Office.onReady().then(settled);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).not.toHaveBeenCalled();
    expect(fake.onReadyCalls).toBe(1);
  });
});

describe("defined names", () => {
  test("items load with type, value and formula; a range name follows its sheet's rename; a sheet's names are its own", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Biểu mẫu" }, { name: "Khác" }] });
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Biểu mẫu");
      ctx.workbook.names.add("HTSD_FORM", '="stats-table"');
      ctx.workbook.names.add("HTSD_YEAR_CELL", "='Biểu mẫu'!$G$1");
      ctx.workbook.worksheets.getItem("Khác").names.add("COUNT", "=42");
      sheet.name = "Biểu 2025";
      await ctx.sync();
      const book = ctx.workbook.names.load("items/name, items/type, items/value, items/formula");
      const local = ctx.workbook.worksheets.getItem("Khác").names.load("name, type, value");
      await ctx.sync();
      expect(book.items.map((n) => [n.name, n.type, n.value, n.formula])).toEqual([
        ["HTSD_FORM", "String", "stats-table", '="stats-table"'],
        ["HTSD_YEAR_CELL", "Range", "'Biểu 2025'!$G$1", "='Biểu 2025'!$G$1"],
      ]);
      expect(local.items.map((n) => [n.name, n.type, n.value])).toEqual([["COUNT", "Integer", 42]]);
    });
    await expect(fake.run(async (ctx) => ctx.workbook.names.add("htsd_form", "=1"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("NamedItem.formula is ExcelApi 1.7: reading it on an older host is ApiNotFound", async () => {
    const fake = new FakeExcel({ apiVersion: "1.6" });
    fake.model.names.push({ name: "N", scope: null, comment: "", visible: true, target: { kind: "formula", text: "1" } });
    await fake.run(async (ctx) => {
      const names = ctx.workbook.names.load("items/name, items/formula");
      await ctx.sync();
      expect(names.items[0]!.name).toBe("N");
      expect(() => names.items[0]!.formula).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("insertWorksheetsFromBase64", () => {
  test("without a parser it records the call and inserts empty sheets with the requested names", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Biểu mẫu" }] });
    await fake.run(async (ctx) => {
      const ids = ctx.workbook.insertWorksheetsFromBase64(XLSX_BASE64, { sheetNamesToInsert: ["Biểu mẫu"], positionType: "Beginning" });
      expect(() => ids.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(ids.value).toHaveLength(1);
    });
    expect(fake.sheetNames()).toEqual(["Biểu mẫu (2)", "Sheet1", "Biểu mẫu"]);
    expect(fake.insertCalls).toEqual([
      { bytes: expect.any(Uint8Array), sheetNamesToInsert: ["Biểu mẫu"], positionType: "Beginning", insertedNames: ["Biểu mẫu (2)"] },
    ]);
  });

  test("with a parser it inserts the parsed cells, accepting the core's RawSheet", async () => {
    const raw = emptySheet("Biểu mẫu");
    setCell(raw, 1, 1, { kind: "string", value: "STT" });
    setCell(raw, 2, 4, { kind: "number", value: 12, numFmt: "#,##0" });
    setCell(raw, 3, 4, { kind: "formula", formula: "SUM(D2:D2)" });
    const parser = jest.fn((bytes: Uint8Array) => (bytes.length > 0 ? [raw, { name: "Khác", values: [["x"]] }] : []));
    const fake = new FakeExcel({ parseWorkbook: parser });
    await fake.run(async (ctx) => {
      ctx.workbook.insertWorksheetsFromBase64(XLSX_BASE64, { sheetNamesToInsert: ["Biểu mẫu"], positionType: "After", relativeTo: "Sheet1" });
    });
    expect(parser).toHaveBeenCalledTimes(1);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Biểu mẫu"]);
    expect(fake.sheet("Biểu mẫu").values("A1:D3")).toEqual([["STT", "", "", ""], ["", "", "", 12], ["", "", "", 12]]);
    expect(fake.sheet("Biểu mẫu").cell("D2").numberFormat).toBe("#,##0");
  });
});
