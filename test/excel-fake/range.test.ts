/** Ranges: addresses, Excel's reading of written input, formulas, used range, selection, protection. */
import { FakeExcel } from "../fakes/excel-fake";

const SHEET = "Biểu mẫu";

function form() {
  return new FakeExcel({
    sheets: [
      { name: "Hướng dẫn" },
      { name: SHEET, start: "B3", values: [["1.1", 12, 340], ["1.2", 3, 45]] },
    ],
  });
}

describe("addresses", () => {
  test("address quotes a sheet name with a space; indexes are 0-based; $ is accepted", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const block = ctx.workbook.worksheets.getItem(SHEET).getRange("$C$3:D4").load("address, rowIndex, columnIndex");
      const plain = ctx.workbook.worksheets.getItem("Hướng dẫn").getRange("A1").load("address");
      await ctx.sync();
      expect([block.address, block.rowIndex, block.columnIndex]).toEqual(["'Biểu mẫu'!C3:D4", 2, 2]);
      expect(plain.address).toBe("'Hướng dẫn'!A1");
    });
    // A one-word name, in any script, stays unquoted.
    const single = new FakeExcel({ sheets: [{ name: "Tổng" }] });
    const address = await single.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Tổng").getRange("B2").load("address");
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("Tổng!B2");
  });

  test("a malformed address is InvalidArgument at the sync", async () => {
    const fake = form();
    await expect(fake.run(async (ctx) => void ctx.workbook.worksheets.getItem(SHEET).getRange("A1:").load("values"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("what Excel does with written values", () => {
  test("numeric text becomes a number unless the cell is formatted as text first", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      sheet.getRange("F1:H1").values = [["1.10", "0123", "'0123"]];
      const text = sheet.getRange("F2:G2");
      text.numberFormat = [["@", "@"]];
      text.values = [["1.10", "0123"]];
      await ctx.sync();
    });
    expect(fake.sheet(SHEET).values("F1:H1")).toEqual([[1.1, 123, "0123"]]);
    expect(fake.sheet(SHEET).values("F2:G2")).toEqual([["1.10", "0123"]]);
  });

  test("null leaves a cell alone, '' empties it, and a wrong shape is InvalidArgument", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("C3:D3").values = [[null, ""]];
    });
    expect(fake.sheet(SHEET).values("C3:D3")).toEqual([[12, ""]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange("C3:D4").values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: "The number of rows or columns in the input array doesn't match the size or dimensions of the range." });
  });

  test("formulas are kept and calculated: a total row reads back as a number", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      sheet.getRange("C5:D5").values = [["=SUM(C3:C4)", "=D3+D4*2"]];
      const total = sheet.getRange("C5:D5").load("values, formulas, valueTypes");
      await ctx.sync();
      expect(total.values).toEqual([[15, 430]]);
      expect(total.formulas).toEqual([["=SUM(C3:C4)", "=D3+D4*2"]]);
      expect(total.valueTypes).toEqual([["Double", "Double"]]);
    });
  });
});

describe("used range", () => {
  test("is the block of used cells; an empty sheet gives A1, or a null object with getUsedRangeOrNullObject", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(SHEET).getUsedRange(true).load("address");
      const emptyUsed = ctx.workbook.worksheets.getItem("Hướng dẫn").getUsedRange().load("address");
      const none = ctx.workbook.worksheets.getItem("Hướng dẫn").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe("'Biểu mẫu'!B3:D4");
      expect(emptyUsed.address).toBe("'Hướng dẫn'!A1");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("a cell with only a number format counts, unless valuesOnly", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("F9").numberFormat = [["@"]];
      const all = ctx.workbook.worksheets.getItem(SHEET).getUsedRange().load("address");
      const values = ctx.workbook.worksheets.getItem(SHEET).getUsedRange(true).load("address");
      await ctx.sync();
      expect([all.address, values.address]).toEqual(["'Biểu mẫu'!B3:F9", "'Biểu mẫu'!B3:D4"]);
    });
  });
});

describe("selection", () => {
  test("select() activates the sheet and records the selected address; a hidden sheet's cell cannot be selected", async () => {
    const fake = form();
    expect(fake.selection).toBeNull();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("C4").select();
      expect(fake.selection).toBeNull(); // not before the sync
      await ctx.sync();
    });
    expect(fake.selection).toEqual({ sheet: SHEET, address: "C4" });
    expect(fake.activeSheetName).toBe(SHEET);
    const hidden = new FakeExcel({ sheets: [{ name: "Hiện" }, { name: "Ẩn", state: "hidden" }] });
    await expect(hidden.run(async (ctx) => ctx.workbook.worksheets.getItem("Ẩn").getRange("A1").select())).rejects.toMatchObject({ code: "InvalidSelection" });
  });
});

describe("protection", () => {
  test("a protected sheet refuses writes of values and of number formats (every cell is locked)", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      sheet.getRange("C3").values = [[99]];
      sheet.protection.protect();
    });
    expect(fake.sheet(SHEET).values("C3")).toEqual([[99]]);
    for (const write of [(r: Excel.Range) => (r.values = [["1.9"]]), (r: Excel.Range) => (r.numberFormat = [["#,##0"]])]) {
      await expect(fake.run(async (ctx) => void write(ctx.workbook.worksheets.getItem(SHEET).getRange("B3")))).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(fake.sheet(SHEET).cell("B3")).toEqual({ value: "1.1", formula: undefined, numberFormat: "General" });
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.getItem(SHEET).protection.protect())).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
