import type { CellDescription, Validation } from "../../../src/core/sheet";
import { groupCells } from "../../../src/xlsx/writer/ranges";
import { all, one } from "./package";
import { TINY, renderTiny } from "./tiny";

const error = { title: "Lỗi", text: "Giá trị không hợp lệ." };
const withRule = (validation: Validation, ...refs: [number, number][]): CellDescription[] =>
  refs.map(([row, col]) => ({ row, col, locked: false, validation }));

describe("list validations", () => {
  const long = Array.from({ length: 30 }, (_, i) => `Trường Tiểu học số ${i + 1} xã Trùng Khánh`);

  it("moves a list longer than Excel's 255 characters to a hidden column of the same sheet", async () => {
    expect(`"${long.join(",")}"`.length).toBeGreaterThan(255);
    const pkg = await renderTiny([{ row: 1, col: 1, value: "Đơn vị" }, ...withRule({ type: "list", values: long, error }, [2, 2], [3, 2])], {
      columns: [{ col: 3, width: 20 }],
    });
    const v = one(pkg.sheet(TINY), "dataValidation");
    expect(v.attrs).toMatchObject({ type: "list", sqref: "B2:B3", showErrorMessage: "1", errorStyle: "stop" });
    // Column D: the first after every described column (C) and cell (B).
    expect(one(v, "formula1").text).toBe(`$D$1:$D$${long.length}`);
    expect(long.map((_, i) => pkg.cellText(TINY, `D${i + 1}`))).toEqual(long);
    const d = all(pkg.sheet(TINY), "col").find((c) => c.attrs.min === "4")!;
    expect(d.attrs.hidden).toBe("1");
  });

  it("moves a list whose items hold a comma or a quote, and keeps such items inert", async () => {
    const values = ["Có, đầy đủ", 'Gọi là "khác"', "=1+1"];
    const pkg = await renderTiny(withRule({ type: "list", values, error }, [1, 1]));
    expect(one(pkg.sheet(TINY), "formula1").text).toBe("$B$1:$B$3");
    expect(["B1", "B2", "B3"].map((r) => pkg.cellText(TINY, r))).toEqual(values);
    expect(all(pkg.sheet(TINY), "f")).toHaveLength(0);
  });

  it("writes one hidden column per distinct long list", async () => {
    const other = long.map((v) => v.replace("Tiểu học", "THCS"));
    const pkg = await renderTiny([
      ...withRule({ type: "list", values: long, error }, [1, 1]),
      ...withRule({ type: "list", values: other, error }, [2, 1]),
      ...withRule({ type: "list", values: long, error: { title: "Khác", text: "Khác." } }, [3, 1]),
    ]);
    const refs = all(pkg.sheet(TINY), "formula1").map((f) => f.text).sort();
    expect(refs).toEqual([`$B$1:$B$30`, `$B$1:$B$30`, `$C$1:$C$30`]);
  });

  it("places the hidden column past the printed area and the filter", async () => {
    const pkg = await renderTiny(withRule({ type: "list", values: long, error }, [2, 1]), {
      autoFilter: "A1:E9",
      page: { paper: "A4", orientation: "portrait", fitToWidth: true, printArea: "A1:G40" },
    });
    expect(one(pkg.sheet(TINY), "formula1").text).toBe(`$H$1:$H$${long.length}`);
  });

  it("refuses an empty list or an empty item", async () => {
    await expect(renderTiny(withRule({ type: "list", values: [], error }, [1, 1]))).rejects.toThrow(/at least one value/);
    await expect(renderTiny(withRule({ type: "list", values: ["a", " "], error }, [1, 1]))).rejects.toThrow(/empty/);
  });
});

describe("whole-number and date validations", () => {
  it("writes a bounded whole number as between min and max", async () => {
    const pkg = await renderTiny(withRule({ type: "whole", min: 0, max: 1, error }, [1, 1]));
    const v = one(pkg.sheet(TINY), "dataValidation");
    expect(v.attrs.type).toBe("whole");
    expect(v.attrs.operator ?? "between").toBe("between");
    expect([one(v, "formula1").text, one(v, "formula2").text]).toEqual(["0", "1"]);
    expect(v.attrs.showInputMessage).toBeUndefined(); // no prompt given
  });

  it("refuses bounds that are not whole, reversed, or not ISO dates", async () => {
    await expect(renderTiny(withRule({ type: "whole", min: 0.5, error }, [1, 1]))).rejects.toThrow(/integer/);
    await expect(renderTiny(withRule({ type: "whole", min: 5, max: 1, error }, [1, 1]))).rejects.toThrow(/below min/);
    await expect(renderTiny(withRule({ type: "date", min: "01/10/2025", max: "2025-10-07", error }, [1, 1]))).rejects.toThrow(/ISO date/);
    await expect(renderTiny(withRule({ type: "date", min: "2025-02-30", max: "2025-10-07", error }, [1, 1]))).rejects.toThrow(/ISO date/);
    await expect(renderTiny(withRule({ type: "date", min: "2025-10-07", max: "2025-10-01", error }, [1, 1]))).rejects.toThrow(/before min/);
  });

  it("writes date bounds as Excel serial days, whatever the machine's time zone", async () => {
    const tz = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati"; // UTC+14: a local-midnight date would land on the day before
    const pkg = await renderTiny(withRule({ type: "date", min: "1900-03-01", max: "2023-10-15", error }, [1, 1])).finally(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    const v = one(pkg.sheet(TINY), "dataValidation");
    expect([one(v, "formula1").text, one(v, "formula2").text]).toEqual(["61", "45214"]);
  });
});

describe("validation texts", () => {
  it("clips titles and messages to Excel's limits instead of writing a file Excel calls corrupt", async () => {
    const longTitle = "Giá trị không hợp lệ ở dòng này của biểu mẫu";
    const longText = "Ô này chỉ nhận số nguyên không âm. ".repeat(10);
    const pkg = await renderTiny(withRule({ type: "whole", min: 0, prompt: { title: longTitle, text: longText.repeat(2) }, error: { title: longTitle, text: longText } }, [1, 1]));
    const a = one(pkg.sheet(TINY), "dataValidation").attrs;
    expect(a.errorTitle).toHaveLength(32);
    expect(a.errorTitle!.endsWith("…")).toBe(true);
    expect(a.error).toHaveLength(225);
    expect(a.promptTitle).toHaveLength(32);
    expect(a.prompt).toHaveLength(255);
    expect(longTitle.startsWith(a.errorTitle!.slice(0, -1))).toBe(true);
  });
});

describe("groupCells", () => {
  it("joins a column into one range and lone side-by-side cells into a row", () => {
    const col = Array.from({ length: 11 }, (_, i) => ({ row: i + 2, col: 2 }));
    expect(groupCells(col)).toEqual(["B2:B12"]);
    expect(groupCells([{ row: 5, col: 3 }, { row: 5, col: 4 }, { row: 5, col: 6 }])).toEqual(["C5:D5", "F5"]);
  });

  it("covers a block with one rectangle and a ragged set without overlaps", () => {
    const block = [4, 5].flatMap((col) => [13, 14, 15].map((row) => ({ row, col })));
    expect(groupCells(block)).toEqual(["D13:E15"]);
    const ragged = [{ row: 1, col: 1 }, { row: 2, col: 1 }, { row: 2, col: 2 }, { row: 1, col: 1 }];
    expect(groupCells(ragged)).toEqual(["A1:A2", "B2"]);
  });
});
