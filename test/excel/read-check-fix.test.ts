/** readSheets → checkWorkbook → applyFixes → re-check, and selectCell, against the fake. */
import { cellKey, getCell } from "../../src/core/cells";
import { checkWorkbook } from "../../src/core/pipeline";
import { createExcelPort } from "../../src/excel";
import type { Measure } from "../../src/core/units";
import { cellOf, installFake, renderedStatsSheet, schoolValues, statsFormBase64, TODAY, uninstallFake } from "./helpers";

const FORM = "Số liệu Tuần lễ";

afterEach(uninstallFake);

async function insertedForm() {
  const fake = installFake({ sheets: [{ name: "Trang 1" }] });
  const port = createExcelPort();
  await port.insertSheets({ base64: await statsFormBase64(FORM), sheetNames: [FORM] });
  fake.resetSyncCount();
  return { fake, port };
}

/** What a school does: types a number into every leaf of the form. */
function typeSchoolValues(fake: ReturnType<typeof installFake>): void {
  for (const [code, v] of Object.entries(schoolValues())) {
    for (const [m, n] of Object.entries(v)) fake.setValues(FORM, cellOf(code, m as Measure), [[n as number]]);
  }
}

describe("readSheets", () => {
  it("reads the inserted form back in one sync as the file reader reads the rendered file, and the check finds it (empty)", async () => {
    const { fake, port } = await insertedForm();

    const raw = await port.readSheets([FORM]);

    expect(fake.syncCount).toBe(1);
    expect(raw.sheets.map((s) => [s.name, s.state])).toEqual([[FORM, "visible"]]);
    const rendered = await renderedStatsSheet(FORM);
    const read = raw.sheets[0]!;
    expect([read.maxRow, read.maxCol]).toEqual([rendered.maxRow, rendered.maxCol]);
    // Constants come back exactly; formulas come back with their text and Excel's computed value.
    for (const [key, cell] of rendered.cells) {
      const back = read.cells.get(key);
      if (cell.kind === "formula") expect(back).toMatchObject({ formula: cell.formula });
      else expect([key, back]).toEqual([key, cell]);
    }
    expect([...read.cells.keys()].filter((k) => !rendered.cells.has(k))).toEqual([]);

    const checked = checkWorkbook(raw, { file: FORM, today: TODAY });
    expect(checked).toMatchObject({ sheet: FORM, form: "stats-table", year: 2025, report: { unit: "Trường THCS Kim Đồng" }, fixes: [] });
    expect(checked.problems.map((p) => [p.code, p.severity])).toEqual([["check.form.empty", "warning"]]);
  });

  it("a number typed as text comes back as a string, gives a fix, and applyFixes writes the number in one sync: the re-check is clean", async () => {
    const { fake, port } = await insertedForm();
    typeSchoolValues(fake);
    const cell = cellOf("10.1", "amount");
    fake.setValues(FORM, cell, [["1.500.000"]]);

    const raw = await port.readSheets([FORM]);
    const [row, col] = [Number(cell.slice(1)), 4];
    expect(getCell(raw.sheets[0]!, row, col)).toEqual({ kind: "string", value: "1.500.000" });
    const first = checkWorkbook(raw, { file: FORM, today: TODAY });
    expect(first.problems.map((p) => [p.code, p.where.cell])).toEqual([["check.cell.textNumber", cell]]);
    expect(first.fixes).toEqual([{ sheet: FORM, cell, value: 1_500_000, rowCode: "10.1" }]);

    fake.resetSyncCount();
    await port.applyFixes(first.fixes);

    expect(fake.syncCount).toBe(1);
    expect(fake.sheet(FORM).cell(cell).value).toBe(1_500_000);
    // Not a Text cell, and the form's sheets forbid format changes: the format is left alone.
    expect(fake.operations).not.toContain("Range.numberFormat");
    const again = checkWorkbook(await port.readSheets([FORM]), { file: FORM, today: TODAY });
    expect(again.problems).toEqual([]);
    expect(again.fixes).toEqual([]);
    expect(again.report).toMatchObject({ values: { "10.1": { amount: 1_500_000 } } });
  });

  it("a fix into a Text-formatted (“@”) cell sets a number format first, in the same sync, so Excel keeps a number", async () => {
    const { fake, port } = await insertedForm();
    typeSchoolValues(fake);
    const cell = cellOf("1.1", "people");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem(FORM).getRange(cell);
      range.numberFormat = [["@"]];
      range.values = [["1.200"]];
      await context.sync();
    });
    const checked = checkWorkbook(await port.readSheets([FORM]), { file: FORM, today: TODAY });
    expect(checked.fixes).toEqual([{ sheet: FORM, cell, value: 1200, rowCode: "1.1" }]);
    fake.resetSyncCount();

    await port.applyFixes(checked.fixes);

    expect(fake.syncCount).toBe(1);
    const ops = fake.operations;
    expect(ops.indexOf("Range.numberFormat")).toBeGreaterThanOrEqual(0);
    expect(ops.indexOf("Range.numberFormat")).toBeLessThan(ops.indexOf("Range.values"));
    expect(fake.sheet(FORM).cell(cell)).toMatchObject({ value: 1200, numberFormat: "#,##0" });
    const again = checkWorkbook(await port.readSheets([FORM]), { file: FORM, today: TODAY });
    expect(again.fixes).toEqual([]);
    expect(again.problems.filter((p) => p.code.startsWith("check.cell."))).toEqual([]);
  });

  it("fixes on several sheets go in one sync", async () => {
    const fake = installFake({ sheets: [{ name: "A", values: [["1.500"]] }, { name: "B", values: [[null, "2.000"]] }] });
    const port = createExcelPort();
    await port.applyFixes([
      { sheet: "A", cell: "A1", value: 1500 },
      { sheet: "B", cell: "B1", value: 2000 },
      { sheet: "a", cell: "A2", value: 7 },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheet("A").values("A1:A2")).toEqual([[1500], [7]]);
    expect(fake.sheet("B").values("B1")).toEqual([[2000]]);
  });

  it("no fixes: no round trip at all", async () => {
    const fake = installFake();
    await createExcelPort().applyFixes([]);
    expect(fake.syncCalls).toBe(0);
  });

  it("a formula cell reads with its computed value and its formula; an error value reads as an error, text like one as text", async () => {
    const fake = installFake({
      sheets: [
        {
          name: "Công thức",
          start: "B3",
          values: [
            [10, 32, "=B3+C3", "=SUM(B3:D3)", "#REF!"],
            [true, "", "=NOPE(1)", "=\"\""],
          ],
        },
      ],
    });
    // Typed into a Text cell, "=B3" is text: `formulas` then repeats the value and it is no formula.
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Công thức").getRange("F4");
      range.numberFormat = [["@"]];
      range.values = [["=B3"]];
      await context.sync();
    });
    fake.addSheet({ name: "Lỗi", cells: new Map([[cellKey(2, 2), { kind: "error", value: "#DIV/0!", formula: "1/0" }], [cellKey(1, 1), { kind: "error", value: "#N/A" }]]) });
    const port = createExcelPort();

    fake.resetSyncCount();
    const raw = await port.readSheets(["Công thức", "Lỗi"]);

    expect(fake.syncCount).toBe(2);
    const [f, e] = raw.sheets as [(typeof raw.sheets)[0], (typeof raw.sheets)[0]];
    expect(getCell(f, 3, 2)).toEqual({ kind: "number", value: 10 });
    expect(getCell(f, 3, 4)).toEqual({ kind: "number", value: 42, formula: "B3+C3" });
    expect(getCell(f, 3, 5)).toEqual({ kind: "number", value: 84, formula: "SUM(B3:D3)" });
    // Seeded as a literal string: text that looks like an error stays text.
    expect(getCell(f, 3, 6)).toEqual({ kind: "string", value: "#REF!" });
    expect(getCell(f, 4, 2)).toEqual({ kind: "boolean", value: true });
    expect(getCell(f, 4, 3)).toBeUndefined();
    expect(getCell(f, 4, 4)).toEqual({ kind: "error", value: "#NAME?", formula: "NOPE(1)" });
    expect(getCell(f, 4, 5)).toEqual({ kind: "string", value: "", formula: '""' });
    expect(getCell(f, 4, 6)).toEqual({ kind: "string", value: "=B3" });
    expect([f.maxRow, f.maxCol]).toEqual([4, 6]);
    expect(getCell(e, 2, 2)).toEqual({ kind: "error", value: "#DIV/0!", formula: "1/0" });
    expect(getCell(e, 1, 1)).toEqual({ kind: "error", value: "#N/A" });
  });

  it("reads an empty sheet and a hidden sheet", async () => {
    installFake({ sheets: [{ name: "Trống" }, { name: "Ẩn", values: [["x"]], state: "hidden" }] });
    const raw = await createExcelPort().readSheets(["Trống", "ẩn"]);
    expect(raw.sheets.map((s) => [s.name, s.state, s.maxRow, s.maxCol, s.cells.size])).toEqual([
      ["Trống", "visible", 0, 0, 0],
      ["Ẩn", "hidden", 1, 1, 1],
    ]);
  });

  it("reads the workbook's defined names with the first sheet, and sheet-scoped names with their sheet", async () => {
    const fake = installFake({ sheets: [{ name: "Biểu mẫu", values: [["x"]] }, { name: "Khác" }] });
    await fake.run(async (context) => {
      context.workbook.names.add("HTSD_FORM", "='Biểu mẫu'!$G$1");
      context.workbook.names.add("KIND", '="stats-table"');
      context.workbook.worksheets.getItem("Khác").names.add("HTSD_UNIT", "=Khác!$A$4");
      await context.sync();
    });
    fake.resetSyncCount();

    const raw = await createExcelPort().readSheets(["Biểu mẫu", "Khác"]);

    expect(fake.syncCount).toBe(2);
    expect(raw.definedNames).toEqual([
      { name: "HTSD_FORM", value: "'Biểu mẫu'!$G$1" },
      { name: "KIND", value: '"stats-table"' },
      { name: "HTSD_UNIT", value: "Khác!$A$4", localSheet: 1 },
    ]);
  });

  it("no sheets: nothing read, no round trip", async () => {
    const fake = installFake();
    await expect(createExcelPort().readSheets([])).resolves.toEqual({ sheets: [], definedNames: [] });
    expect(fake.syncCalls).toBe(0);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { fake, port } = await insertedForm();
    await port.selectCell("Trang 1", "B2");
    expect(fake.selection).toEqual({ sheet: "Trang 1", address: "B2" });
    fake.resetSyncCount();

    await port.selectCell(FORM, "D52");

    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheetName).toBe(FORM);
    expect(fake.selection).toEqual({ sheet: FORM, address: "D52" });
  });
});
