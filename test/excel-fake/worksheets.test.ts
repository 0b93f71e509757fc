/** Worksheets: ItemNotFound at sync, null objects, the collection, activate/rename/delete. */
import { FakeExcel } from "../fakes/excel-fake";

function twoSheets() {
  return new FakeExcel({ sheets: [{ name: "Hướng dẫn" }, { name: "Biểu mẫu", values: [["STT"]] }] });
}

describe("getItem and null objects", () => {
  test("a missing sheet fails at the sync, not at the call, and what was queued before it stays applied", async () => {
    const fake = twoSheets();
    const run = fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Biểu mẫu").getRange("B1").values = [["trước"]];
      const missing = ctx.workbook.worksheets.getItem("Không có"); // no throw here
      missing.getRange("A1").values = [["sau"]];
      await ctx.sync();
    });
    await expect(run).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    expect(fake.sheet("Biểu mẫu").values("B1")).toEqual([["trước"]]);
  });

  test("isNullObject is known after the sync without a load; a null object's properties read undefined", async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItem("Hướng dẫn").getUsedRangeOrNullObject(true);
      const present = ctx.workbook.worksheets.getItem("biểu mẫu").getUsedRangeOrNullObject(true); // names match case-insensitively
      present.load("address");
      missing.load("address");
      expect(() => missing.isNullObject).toThrow("The property 'isNullObject' is not available");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.address).toBeUndefined();
      expect(present.isNullObject).toBe(false);
      expect(present.address).toBe("'Biểu mẫu'!A1");
    });
  });

  test("using a null object fails at the sync with ItemNotFound", async () => {
    const fake = twoSheets();
    await expect(
      fake.run(async (ctx) => {
        const missing = ctx.workbook.worksheets.getItem("Hướng dẫn").getUsedRangeOrNullObject();
        await ctx.sync();
        missing.values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("the worksheet collection", () => {
  test("items are readable after load('items/name'), in tab order, and not before", async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      expect(() => sheets.items).toThrow("The property 'items' is not available");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Hướng dẫn", "Biểu mẫu"]);
      expect(() => sheets.items[0]!.visibility).toThrow("The property 'visibility' is not available");
    });
  });

  test("activate, rename and delete change the workbook as Excel does", async () => {
    const fake = twoSheets();
    await fake.run(async (ctx) => {
      const form = ctx.workbook.worksheets.getItem("Biểu mẫu");
      form.activate();
      form.name = "Biểu mẫu 2025";
      ctx.workbook.worksheets.getItem("Hướng dẫn").delete();
      await ctx.sync();
    });
    expect(fake.sheetNames()).toEqual(["Biểu mẫu 2025"]);
    expect(fake.activeSheetName).toBe("Biểu mẫu 2025");
    // The last visible sheet cannot go.
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.getItem("Biểu mẫu 2025").delete())).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a rename onto a taken name (any case) is ItemAlreadyExists, and a name Excel forbids is InvalidArgument", async () => {
    const fake = twoSheets();
    await expect(fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Hướng dẫn").name = "BIỂU MẪU"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Hướng dẫn").name = "a/b"))).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheetNames()).toEqual(["Hướng dẫn", "Biểu mẫu"]);
  });
});
