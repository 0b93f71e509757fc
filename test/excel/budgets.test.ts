/**
 * Round trips to Excel, counted by the fake: each operation has a fixed budget that does not
 * grow with the rows of a sheet, and a consolidation costs one sync per source sheet plus 3.
 */
import { checkWorkbook, consolidate, summarySheets } from "../../src/core/pipeline";
import type { CheckedFile } from "../../src/core/check";
import { defaultSheetNames } from "../../src/core/consolidate";
import { createExcelPort } from "../../src/excel";
import { freeSheetNames, type WorkbookPort } from "../../src/excel/port";
import { renderWorkbook, toBase64 } from "../../src/xlsx/writer";
import type { FakeExcel, SheetSeed } from "../fakes/excel-fake";
import { filledStatsSeed, installFake, statsFormBase64, TODAY, uninstallFake } from "./helpers";

afterEach(uninstallFake);

/** The pane's consolidation of sheets of the open workbook: list, read, check, consolidate, insert. */
async function consolidateSheets(port: WorkbookPort) {
  const { names } = await port.listSheets();
  const sources = names.filter((n) => n.startsWith("Trường"));
  const raw = await port.readSheets(sources);
  const checked: CheckedFile[] = raw.sheets.map((sheet) => checkWorkbook({ sheets: [sheet], definedNames: raw.definedNames }, { file: sheet.name, today: TODAY }));
  const result = consolidate(checked, { onDuplicate: "latest", acceptErrors: false });
  const defaults = defaultSheetNames();
  const [summary, detail, log] = freeSheetNames([defaults.summary, defaults.detail, defaults.log], names) as [string, string, string];
  const bytes = await renderWorkbook(summarySheets(result, { summary, detail, log }, { date: TODAY }), { title: summary });
  await port.insertSheets({ base64: toBase64(bytes), sheetNames: [summary, detail, log] });
  return { result, sources };
}

function schools(count: number, extraRows = 0): SheetSeed[] {
  return Array.from({ length: count }, (_, i) => {
    // Each school its own numbers: fifty identical tables would be one report sent fifty times.
    const seed = filledStatsSeed(`Trường ${i + 1}`, `Trường Tiểu học số ${i + 1}`, i + 1);
    // Notes a school keeps under its form: the used range grows, the round trips must not.
    return extraRows > 0 ? { ...seed, start: "A120", values: Array.from({ length: extraRows }, (_, r) => [`ghi chú ${r + 1}`, r]) } : seed;
  });
}

function counted<T>(fake: FakeExcel, work: () => Promise<T>): Promise<{ syncs: number; value: T }> {
  fake.resetSyncCount();
  return work().then((value) => ({ syncs: fake.syncCount, value }));
}

describe("sync budgets", () => {
  it("insert: 2; check (list + read): 2; a batch of fixes: 1; select: 1", async () => {
    const fake = installFake({ sheets: [{ name: "Trang 1" }, ...schools(1)] });
    const port = createExcelPort();
    const base64 = await statsFormBase64("Số liệu Tuần lễ");

    expect((await counted(fake, () => port.insertSheets({ base64, sheetNames: ["Số liệu Tuần lễ"] }))).syncs).toBe(2);
    const check = await counted(fake, async () => {
      const { names } = await port.listSheets();
      return checkWorkbook(await port.readSheets([names[names.length - 1]!]), { file: "x", today: TODAY });
    });
    expect(check.syncs).toBe(2);
    expect(check.value.form).toBe("stats-table");
    const fixes = Array.from({ length: 30 }, (_, i) => ({ sheet: "Trang 1", cell: `B${i + 1}`, value: i }));
    expect((await counted(fake, () => port.applyFixes(fixes))).syncs).toBe(1);
    expect((await counted(fake, () => port.selectCell("Trường 1", "D20"))).syncs).toBe(1);
    expect((await counted(fake, () => port.listSheets())).syncs).toBe(1);
  });

  it.each([1, 50])("consolidating %i source sheets of the workbook: listSheets 1 + readSheets N + insertSheets 2", async (n) => {
    const fake = installFake({ sheets: [{ name: "Hướng dẫn" }, ...schools(n)] });
    const port = createExcelPort();

    const { syncs, value } = await counted(fake, () => consolidateSheets(port));

    expect(syncs).toBe(3 + n);
    expect(value.result.files.filter((f) => f.status === "accepted")).toHaveLength(n);
    expect(fake.sheetNames().slice(0, 4)).toEqual(["Hướng dẫn", "Tổng hợp", "Chi tiết", "Nhật ký"]);
    expect(fake.sheetNames()).toHaveLength(4 + n);
  });

  it("a second consolidation next to the first gets free names and costs the same", async () => {
    const fake = installFake({ sheets: schools(3) });
    const port = createExcelPort();
    await consolidateSheets(port);
    const { syncs } = await counted(fake, () => consolidateSheets(port));
    expect(syncs).toBe(3 + 3);
    // After the first summary, which became the active sheet.
    expect(fake.sheetNames()).toEqual(["Trường 1", "Tổng hợp", "Tổng hợp (2)", "Chi tiết (2)", "Nhật ký (2)", "Chi tiết", "Nhật ký", "Trường 2", "Trường 3"]);
    expect(fake.activeSheetName).toBe("Tổng hợp (2)");
  });

  it("the number of round trips does not grow with the rows of the sheets", async () => {
    const syncsFor = async (extraRows: number) => {
      const fake = installFake({ sheets: schools(3, extraRows) });
      const port = createExcelPort();
      const raw = await counted(fake, () => port.readSheets(["Trường 1", "Trường 2", "Trường 3"]));
      const flow = await counted(fake, () => consolidateSheets(port));
      return { read: raw.syncs, flow: flow.syncs, maxRow: raw.value.sheets[0]!.maxRow };
    };
    const short = await syncsFor(0);
    const long = await syncsFor(5000);
    expect(long.maxRow).toBe(119 + 5000);
    expect(short.maxRow).toBeLessThan(120);
    expect(long.read).toBe(3);
    expect({ read: long.read, flow: long.flow }).toEqual({ read: short.read, flow: short.flow });
  });
});
