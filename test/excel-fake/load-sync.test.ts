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

  test("a comma list loads several properties; what the fake does not model fails at the call, not with a silent value", async () => {
    const fake = seeded();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Biểu mẫu");
      const range = sheet.getRange("B2").load("values, rowIndex,columnIndex");
      expect(() => sheet.getRange("B2").load("format/fill/color")).toThrow(expect.objectContaining({ code: "NotImplemented" }));
      expect(() => sheet.getRange("B2").load({ values: true } as unknown as string)).toThrow(expect.objectContaining({ code: "NotImplemented" }));
      await ctx.sync();
      expect([range.values, range.rowIndex, range.columnIndex]).toEqual([[["Lớp bồi dưỡng"]], 1, 1]);
      expect(() => range.numberFormat).toThrow("The property 'numberFormat' is not available");
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
