/** The proxy/queue/sync contract of Office.js, which the Excel adapter depends on. */
import { FakeExcel, FakeOfficeError } from "../fakes/excel-fake";

const NOT_LOADED =
  `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

function seeded() {
  return new FakeExcel({ sheets: [{ name: "Biểu mẫu", values: [["STT", "Các hoạt động"], [1, "Lớp bồi dưỡng"]] }] });
}

describe("load and sync", () => {
  test("reading a property that was never loaded throws Office's PropertyNotLoaded", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A1:B2");
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(FakeOfficeError);
      expect(caught).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", message: NOT_LOADED, debugInfo: { errorLocation: "Range.values" } });
    });
  });

  test("a loaded property is readable only after the sync", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A1:B2");
      range.load("values");
      expect(() => range.values).toThrow(NOT_LOADED);
      await ctx.sync();
      expect(range.values).toEqual([["STT", "Các hoạt động"], [1, "Lớp bồi dưỡng"]]);
    });
  });

  test("string, array, object and select/expand forms load the same properties", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Biểu mẫu");
      const a = sheet.getRange("B2").load("values, address");
      const b = sheet.getRange("B2").load(["values", "address"]);
      const c = sheet.getRange("B2").load({ values: true, address: true, format: { fill: { color: true } } });
      const d = sheet.getRange("B2").load({ select: "values,address", expand: "format/font" });
      await ctx.sync();
      for (const r of [a, b, c, d]) expect([r.address, r.values]).toEqual(["'Biểu mẫu'!B2", [["Lớp bồi dưỡng"]]]);
      expect(c.format.fill.color).toBe("#FFFFFF");
      expect(d.format.font.name).toBe("Calibri");
      expect(() => a.rowCount).toThrow("The property 'rowCount' is not available");
    });
  });

  test("load() with no argument loads every scalar property but no navigation property", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A2:B2").load();
      await ctx.sync();
      expect([range.address, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, range.cellCount]).toEqual(["'Biểu mẫu'!A2:B2", 1, 0, 1, 2, 2]);
      expect(range.numberFormat).toEqual([["General", "General"]]);
      expect(range.valueTypes).toEqual([["Double", "String"]]);
      expect(() => range.format.fill.color).toThrow("The property 'color' is not available");
    });
  });

  test("writes are applied at the next sync, in queue order, and a load sees the state at its place in the queue", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("C1");
      const before = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("C1").load("values");
      range.values = [["Đơn vị"]];
      expect(fake.sheet("Biểu mẫu").values("C1")).toEqual([[""]]);
      const after = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("C1").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([["Đơn vị"]]);
      expect(fake.sheet("Biểu mẫu").values("C1")).toEqual([["Đơn vị"]]);
    });
  });

  test("a value set on a proxy reads back at once without a load, as Office.js keeps it locally", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("D1");
      range.values = [[42]];
      expect(range.values).toEqual([[42]]);
    });
  });
});

describe("sync counting", () => {
  test("counts round trips, including Excel.run's final flush, and not empty syncs", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      await ctx.sync(); // nothing queued: no round trip in Office.js
      ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A1").load("values");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A1").values = [["x"]];
      // no explicit sync: Excel.run sends it at the end
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncCalls).toBe(3);
    expect(fake.operations).toEqual([
      "WorksheetCollection.getItem", "Worksheet.getRange", "Range.load",
      "WorksheetCollection.getItem", "Worksheet.getRange", "Range.values",
    ]);
    fake.resetSyncCount();
    expect([fake.syncCount, fake.syncCalls, fake.operations.length]).toEqual([0, 0, 0]);
  });
});

describe("Excel.run", () => {
  test("objects of a finished run cannot queue work (InvalidObjectPath)", async () => {
    const fake = seeded();
    const range = await fake.run(async (ctx) => ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("A1").load("values"));
    expect(range.values).toEqual([["STT"]]);
    expect(() => range.load("address")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("a batch that does not return a promise is refused", async () => {
    const fake = seeded();
    await expect(fake.run((() => undefined) as unknown as (ctx: Excel.RequestContext) => Promise<void>)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });
});
