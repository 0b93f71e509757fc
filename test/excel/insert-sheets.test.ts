/** insertSheets: the writer's rendering inserted next to the active sheet, replacing only what the user agreed to. */
import { a1, cellKey } from "../../src/core/cells";
import { checkWorkbook } from "../../src/core/pipeline";
import { defaultSheetNames } from "../../src/core/consolidate";
import { createExcelPort, ExcelPortError } from "../../src/excel";
import { freeSheetNames } from "../../src/excel/port";
import { toBase64 } from "../../src/xlsx/writer";
import { filledStatsSeed, installFake, renderedStatsSheet, statsFormBase64, summaryBase64, TODAY, uninstallFake } from "./helpers";

const FORM = "Số liệu Tuần lễ";

afterEach(uninstallFake);

describe("insertSheets", () => {
  it("inserts the 42-row stats form after the active sheet, with the rendered cells, and activates it in 2 syncs", async () => {
    const fake = installFake({ sheets: [{ name: "Trang 1" }, { name: "Trang 2" }, { name: "Trang 3" }], activeSheet: "Trang 2" });
    const port = createExcelPort();
    const base64 = await statsFormBase64(FORM);
    fake.resetSyncCount();

    await port.insertSheets({ base64, sheetNames: [FORM] });

    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Trang 1", "Trang 2", FORM, "Trang 3"]);
    expect(fake.activeSheetName).toBe(FORM);
    expect(fake.insertCalls).toHaveLength(1);
    expect(fake.insertCalls[0]).toMatchObject({ sheetNamesToInsert: [FORM], positionType: "After", relativeTo: "Trang 2", insertedNames: [FORM] });
    // Every cell the writer rendered is in the sheet: its value, or its formula.
    const rendered = await renderedStatsSheet(FORM);
    const view = fake.sheet(FORM);
    expect(view.usedAddress()).toBe(`'${FORM}'!A1:G${rendered.maxRow}`);
    expect(rendered.maxRow).toBeGreaterThan(42);
    for (const [key, cell] of rendered.cells) {
      const address = a1(Math.floor(key / cellKey(1, 0)), key % cellKey(1, 0));
      if (cell.kind === "formula" || cell.formula !== undefined) expect([address, view.cell(address).formula]).toEqual([address, `=${cell.formula}`]);
      else expect([address, view.cell(address).value]).toEqual([address, cell.value]);
    }
    expect(view.values("A4")).toEqual([["Trường THCS Kim Đồng"]]);
  });

  it("a second insert under freeSheetNames gets “(2)” and lands after the now active first copy", async () => {
    const fake = installFake({ sheets: [{ name: "Trang 1" }] });
    const port = createExcelPort();
    for (let i = 0; i < 2; i++) {
      const { names } = await port.listSheets();
      const [name] = freeSheetNames([FORM], names) as [string];
      await port.insertSheets({ base64: await statsFormBase64(name), sheetNames: [name] });
    }
    expect(fake.sheetNames()).toEqual(["Trang 1", FORM, `${FORM} (2)`]);
    expect(fake.activeSheetName).toBe(`${FORM} (2)`);
    expect(fake.insertCalls.map((c) => c.insertedNames)).toEqual([[FORM], [`${FORM} (2)`]]);
  });

  it("with ExcelApi 1.12 cannot insert: canInsertSheets() is false and insertSheets refuses before calling Excel", async () => {
    const fake = installFake({ apiVersion: "1.12", sheets: [{ name: "Trang 1" }] });
    const port = createExcelPort();
    expect(port.canInsertSheets()).toBe(false);
    const base64 = await statsFormBase64(FORM);

    const error = await port.insertSheets({ base64, sheetNames: [FORM] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExcelPortError);
    expect(error).toMatchObject({ code: "insertUnsupported", message: expect.stringMatching(/^Excel này không hỗ trợ chèn trang tính từ tệp/) });
    expect(fake.syncCalls).toBe(0);
    expect(fake.operations).toEqual([]);
    expect(fake.insertCalls).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Trang 1"]);
  });

  it("with ExcelApi 1.13 can insert", () => {
    installFake({ apiVersion: "1.13" });
    expect(createExcelPort().canInsertSheets()).toBe(true);
  });

  it("replace overwrites only the named sheets, in their place, keeping the others", async () => {
    const fake = installFake({
      sheets: [
        { name: "Dữ liệu", values: [["giữ nguyên"]] },
        { name: "Tổng hợp", values: [["cũ"]] },
        { name: "Chi tiết", values: [["cũ"]] },
        { name: "Nhật ký", values: [["của người dùng"]] },
      ],
      activeSheet: "Dữ liệu",
    });
    const port = createExcelPort();
    const base64 = await statsFormBase64("Tổng hợp");
    fake.resetSyncCount();

    await port.insertSheets({ base64, sheetNames: ["Tổng hợp"], replace: ["Tổng hợp"] });

    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Dữ liệu", "Tổng hợp", "Chi tiết", "Nhật ký"]);
    expect(fake.sheet("Tổng hợp").values("A4")).toEqual([["Trường THCS Kim Đồng"]]);
    expect(fake.sheet("Chi tiết").values("A1")).toEqual([["cũ"]]);
    expect(fake.sheet("Nhật ký").values("A1")).toEqual([["của người dùng"]]);
    expect(fake.sheet("Dữ liệu").values("A1")).toEqual([["giữ nguyên"]]);
    expect(fake.insertCalls[0]!.insertedNames).toEqual(["Tổng hợp"]);
    expect(fake.activeSheetName).toBe("Tổng hợp");
  });

  it("replaces the workbook's only sheet, which is also the active one, under its own name", async () => {
    const fake = installFake({ sheets: [{ name: "Tổng hợp", values: [["cũ"]] }] });
    const port = createExcelPort();

    await port.insertSheets({ base64: await statsFormBase64("Tổng hợp"), sheetNames: ["Tổng hợp"], replace: ["tổng hợp"] });

    expect(fake.sheetNames()).toEqual(["Tổng hợp"]);
    expect(fake.activeSheetName).toBe("Tổng hợp");
    expect(fake.sheet("Tổng hợp").values("A1")).not.toEqual([["cũ"]]);
    expect(fake.sheet("Tổng hợp").values("A4")).toEqual([["Trường THCS Kim Đồng"]]);
  });

  it("replaces several sheets, the active one among them, with the 3 summary sheets, in tab order after it", async () => {
    const fake = installFake({
      sheets: [filledStatsSeed("Trường A", "Trường A"), { name: "Tổng hợp", values: [["cũ"]] }, { name: "Trường B" }, { name: "Nhật ký", values: [["cũ"]] }],
      activeSheet: "Tổng hợp",
    });
    const port = createExcelPort();
    const checked = checkWorkbook(await port.readSheets(["Trường A"]), { file: "Trường A", today: TODAY });
    const names = defaultSheetNames();
    const base64 = await summaryBase64([checked], names);
    fake.resetSyncCount();

    await port.insertSheets({ base64, sheetNames: [names.summary, names.detail, names.log], replace: ["Tổng hợp", "Nhật ký"] });

    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Trường A", "Tổng hợp", "Chi tiết", "Nhật ký", "Trường B"]);
    expect(fake.activeSheetName).toBe("Tổng hợp");
    expect(fake.sheet("Tổng hợp").values("A1")).not.toEqual([["cũ"]]);
    expect(fake.sheet("Nhật ký").values("A1")).not.toEqual([["cũ"]]);
    expect(fake.sheet("Chi tiết").usedAddress()).not.toBeNull();
  });

  it("when Excel refuses the file, the sheets to replace keep their names and content", async () => {
    const fake = installFake({ sheets: [{ name: "Trang 1" }, { name: "Tổng hợp", values: [["cũ"]] }], parseWorkbook: () => Promise.reject(new Error("not a workbook")) });
    const port = createExcelPort();

    const error = await port.insertSheets({ base64: toBase64(new Uint8Array([1, 2, 3])), sheetNames: ["Tổng hợp"], replace: ["Tổng hợp"] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExcelPortError);
    expect(error).toMatchObject({ code: "invalidArgument", officeCode: "InvalidArgument", message: expect.stringContaining("chèn trang tính") });
    expect(fake.sheetNames()).toEqual(["Trang 1", "Tổng hợp"]);
    expect(fake.sheet("Tổng hợp").values("A1")).toEqual([["cũ"]]);
  });

  it("a sheet to replace that is gone is reported, and nothing is inserted", async () => {
    const fake = installFake({ sheets: [{ name: "Trang 1" }] });
    const port = createExcelPort();

    const error = await port.insertSheets({ base64: await statsFormBase64("Tổng hợp"), sheetNames: ["Tổng hợp"], replace: ["Tổng hợp"] }).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: "ExcelPortError", code: "sheetsChanged", officeCode: "ItemNotFound" });
    expect(fake.sheetNames()).toEqual(["Trang 1"]);
    expect(fake.insertCalls).toEqual([]);
  });
});
