/**
 * Older Excels: no member of a requirement set the host lacks is ever called (the fake, like
 * Office.js, throws ApiNotFound at the call), and what can work with older sets still does.
 */
import type { RawWorkbook } from "../../src/core/cells";
import { checkWorkbook } from "../../src/core/pipeline";
import { createExcelPort, ExcelPortError } from "../../src/excel";
import type { FakeExcel, SheetSeed } from "../fakes/excel-fake";
import { filledStatsSeed, installFake, statsFormBase64, TODAY, uninstallFake } from "./helpers";

afterEach(uninstallFake);

function seeds(): SheetSeed[] {
  return [{ name: "Trống" }, filledStatsSeed("Trường A", "Trường Tiểu học A"), { name: "Ẩn", values: [[1, "x"]], state: "hidden", start: "C3" }];
}

/** Names put straight into the model: adding them through the API needs ExcelApi 1.4. */
function addNames(fake: FakeExcel): void {
  const sheet = fake.sheet("Trường A").model;
  fake.model.names.push(
    { name: "HTSD_UNIT", scope: null, comment: "", visible: true, target: { kind: "range", sheet, bounds: { r1: 3, c1: 0, r2: 3, c2: 0 } } },
    { name: "KIND", scope: null, comment: "", visible: true, target: { kind: "formula", text: '"stats-table"' } },
    { name: "COUNT", scope: null, comment: "", visible: true, target: { kind: "formula", text: "42" } },
  );
}

async function readAll(apiVersion: string): Promise<{ fake: FakeExcel; raw: RawWorkbook }> {
  const fake = installFake({ apiVersion, sheets: seeds() });
  addNames(fake);
  const raw = await createExcelPort().readSheets(["Trống", "Trường A", "Ẩn"]);
  return { fake, raw };
}

describe("requirement sets", () => {
  it.each([
    ["1.1", "Worksheet.getUsedRange"],
    ["1.3", "Worksheet.getUsedRange"],
    ["1.6", "Worksheet.getUsedRangeOrNullObject"],
  ])("ExcelApi %s: readSheets reads the same cells and names as the newest Excel, one sync per sheet, through %s", async (version, usedRange) => {
    const newest = (await readAll("1.20")).raw;
    const { fake, raw } = await readAll(version);
    expect(fake.syncCount).toBe(3);
    expect(raw.sheets).toEqual(newest.sheets);
    expect(raw.definedNames).toEqual(newest.definedNames);
    expect(raw.definedNames).toEqual([
      { name: "HTSD_UNIT", value: "'Trường A'!$A$4" },
      { name: "KIND", value: '"stats-table"' },
      { name: "COUNT", value: "42" },
    ]);
    // Without 1.4 the null-object variant is not there: the plain used range stands in.
    expect(new Set(fake.operations.filter((op) => op.startsWith("Worksheet.getUsedRange")))).toEqual(new Set([usedRange]));
    expect(checkWorkbook({ sheets: [raw.sheets[1]!], definedNames: raw.definedNames }, { file: "A", today: TODAY }).problems).toEqual([]);
  });

  it("ExcelApi 1.4 and later: the null-object used range, and sheet-scoped names", async () => {
    const { fake, raw } = await readAll("1.4");
    expect(fake.operations).toContain("Worksheet.getUsedRangeOrNullObject");
    expect(fake.operations.filter((op) => op === "NamedItemCollection.load")).toHaveLength(1 + 3);
    expect(raw.sheets[0]).toMatchObject({ name: "Trống", maxRow: 0, maxCol: 0 });
  });

  it("ExcelApi 1.1: listing, selecting and fixing work; inserting is refused before any call", async () => {
    const fake = installFake({ apiVersion: "1.1", sheets: seeds() });
    const port = createExcelPort();

    await expect(port.listSheets()).resolves.toEqual({ names: ["Trống", "Trường A", "Ẩn"], active: "Trống" });
    await port.selectCell("Trường A", "C14");
    expect(fake.selection).toEqual({ sheet: "Trường A", address: "C14" });
    await port.applyFixes([{ sheet: "Trống", cell: "B2", value: 1500 }]);
    expect(fake.sheet("Trống").values("B2")).toEqual([[1500]]);

    expect(port.canInsertSheets()).toBe(false);
    fake.resetSyncCount();
    const error = await port.insertSheets({ base64: await statsFormBase64("Mẫu"), sheetNames: ["Mẫu"], replace: ["Trống"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelPortError);
    expect((error as ExcelPortError).code).toBe("insertUnsupported");
    expect(fake.operations).toEqual([]);
    expect(fake.sheetNames()).toEqual(["Trống", "Trường A", "Ẩn"]);
  });

  it("a host without ExcelApi 1.1 (or without Office at all) is refused with a clear error, not a crash", async () => {
    const fake = installFake({ apiVersion: "1.0" });
    const port = createExcelPort();
    for (const call of [() => port.listSheets(), () => port.readSheets(["Sheet1"]), () => port.selectCell("Sheet1", "A1"), () => port.applyFixes([{ sheet: "Sheet1", cell: "A1", value: 1 }])]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelPortError);
      expect(error).toMatchObject({ code: "apiUnsupported", message: expect.stringContaining("ExcelApi 1.1") });
    }
    expect(fake.syncCalls).toBe(0);
    uninstallFake();
    expect(port.canInsertSheets()).toBe(false);
    await expect(port.listSheets()).rejects.toMatchObject({ code: "apiUnsupported" });
  });
});
