/** Ranges: addresses, Excel's reading of written input, formulas, used range, selection, formats. */
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

describe("addresses and geometry", () => {
  test("address quotes a sheet name with a space; indexes are 0-based; whole columns read as A:C", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      const block = sheet.getRange("$C$3:D4").load("address, rowIndex, columnIndex, rowCount, columnCount");
      const cols = sheet.getRange("A:C").load("address");
      const cell = block.getCell(1, 1).load("address");
      const plain = ctx.workbook.worksheets.getItem("Hướng dẫn").getRange("A1").load("address");
      await ctx.sync();
      expect([block.address, block.rowIndex, block.columnIndex, block.rowCount, block.columnCount]).toEqual(["'Biểu mẫu'!C3:D4", 2, 2, 2, 2]);
      expect(cols.address).toBe("'Biểu mẫu'!A:C");
      expect(cell.address).toBe("'Biểu mẫu'!D4");
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

  test("a text format on a whole column keeps codes such as 1.10 as text, without storing a million cells", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      (sheet.getRange("B:B") as unknown as { numberFormat: string }).numberFormat = "@";
      sheet.getRange("B5").values = [["1.10"]];
    });
    expect(fake.sheet(SHEET).values("B5")).toEqual([["1.10"]]);
    expect(fake.sheet(SHEET).cell("B900000").numberFormat).toBe("@");
    expect(fake.sheet(SHEET).model.cells.size).toBeLessThan(10);
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
      sheet.getRange("C5:D5").formulas = [["=SUM(C3:C4)", "=D3+D4*2"]];
      const total = sheet.getRange("C5:D5").load("values, formulas");
      await ctx.sync();
      expect(total.values).toEqual([[15, 430]]);
      expect(total.formulas).toEqual([["=SUM(C3:C4)", "=D3+D4*2"]]);
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
});

describe("selection", () => {
  test("select() activates the sheet and records the selected address", async () => {
    const fake = form();
    expect(fake.selection).toBeNull();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange("C4").select();
      expect(fake.selection).toBeNull(); // not before the sync
      await ctx.sync();
    });
    expect(fake.selection).toEqual({ sheet: SHEET, address: "C4" });
    expect(fake.activeSheetName).toBe(SHEET);
    await fake.run(async (ctx) => {
      const selected = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(selected.address).toBe("'Biểu mẫu'!C4");
    });
  });
});

describe("range areas", () => {
  test("getRanges selects several blocks and formats them together", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem(SHEET).getRanges("B3:B4, D3");
      areas.format.font.bold = true;
      areas.select();
      areas.load("address, areaCount, cellCount");
      await ctx.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["'Biểu mẫu'!B3:B4, 'Biểu mẫu'!D3", 2, 3]);
    });
    expect(fake.selection).toEqual({ sheet: SHEET, address: "B3:B4, D3" });
    expect(fake.sheet(SHEET).cell("D3").style["font.bold"]).toBe(true);
    expect(fake.sheet(SHEET).cell("C3").style["font.bold"]).toBe(false);
  });
});

describe("formats and protection", () => {
  test("a format that differs across the range reads null; colours read back as upper-case #RRGGBB", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      sheet.getRange("C3").format.fill.color = "#ffff00";
      sheet.getRange("B3:D3").format.borders.getItem("EdgeBottom").style = "Continuous";
      const one = sheet.getRange("C3").format.fill.load("color");
      const both = sheet.getRange("C3:D3").format.fill.load("color");
      const border = sheet.getRange("C3").format.borders.getItem("EdgeBottom").load("style");
      const below = sheet.getRange("C4").format.borders.getItem("EdgeTop").load("style");
      await ctx.sync();
      expect([one.color, both.color, border.style, below.style]).toEqual(["#FFFF00", null, "Continuous", "Continuous"]);
    });
  });

  test("a protected sheet refuses writes to locked cells and accepts unlocked ones", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SHEET);
      sheet.getRange("C3:D4").format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange("C3").values = [[99]];
    });
    expect(fake.sheet(SHEET).values("C3")).toEqual([[99]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).getRange("B3").values = [["1.9"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("a list validation is stored once for the range and reads back with its type", async () => {
    const fake = form();
    await fake.run(async (ctx) => {
      const cells = ctx.workbook.worksheets.getItem(SHEET).getRange("E3:E4");
      cells.dataValidation.rule = { list: { inCellDropDown: true, source: "Có,Không" } };
      const dv = ctx.workbook.worksheets.getItem(SHEET).getRange("E3:E5").dataValidation.load("type");
      const same = cells.dataValidation.load("type, rule");
      await ctx.sync();
      expect(dv.type).toBe("MixedCriteria");
      expect(same.type).toBe("List");
      expect(same.rule).toEqual({ list: { inCellDropDown: true, source: "Có,Không" } });
    });
  });
});
