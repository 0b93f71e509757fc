import { renderWorkbook } from "../../../src/xlsx/writer";
import { all } from "./package";
import { XlsxPackage } from "./package";
import { TINY, renderTiny, tiny } from "./tiny";

const names = (pkg: XlsxPackage) => Object.fromEntries(all(pkg.workbook, "definedName").map((n) => [n.attrs.name, n.text]));

describe("defined names", () => {
  it("qualifies, absolutises and quotes ranges; other sheets can be named", async () => {
    const pkg = new XlsxPackage(
      await renderWorkbook([
        tiny([], {
          definedNames: [
            { name: "Bare", formula: "B2:C4" },
            { name: "One", formula: "=$D$7" },
            { name: "Elsewhere", formula: "'Nhật ký'!A1:A9" },
            { name: "Tên_Tiếng_Việt", formula: "Biểu!$A$1" },
          ],
        }),
        { ...tiny([]), name: "Nhật ký" },
      ]),
    );
    expect(names(pkg)).toEqual({
      Bare: `'${TINY}'!$B$2:$C$4`,
      One: `'${TINY}'!$D$7`,
      Elsewhere: "'Nhật ký'!$A$1:$A$9",
      Tên_Tiếng_Việt: `'${TINY}'!$A$1`,
    });
  });

  it("writes a huge area directly rather than cell by cell through ExcelJS", async () => {
    const pkg = await renderTiny([], { definedNames: [{ name: "AllInputs", formula: "$D$1048576:$C$1" }] });
    expect(names(pkg)).toEqual({ AllInputs: `'${TINY}'!$C$1:$D$1048576` });
  });

  it("writes constants and formulas that ExcelJS would silently drop, escaped", async () => {
    const pkg = await renderTiny([], {
      definedNames: [
        { name: "FormId", formula: '"stats-table"' },
        { name: "Version", formula: "3" },
        { name: "Quirky", formula: '"a<b & \'c\'"' },
      ],
    });
    expect(names(pkg)).toEqual({ FormId: '"stats-table"', Version: "3", Quirky: '"a<b & \'c\'"' });
    // The re-zipped package keeps every part ExcelJS wrote.
    expect(Object.keys(pkg.files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]));
  });

  it("places constants into an existing <definedNames> next to print titles", async () => {
    const pkg = await renderTiny([], {
      page: { paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: [1, 2] },
      definedNames: [{ name: "FormId", formula: '"report-outline"' }],
    });
    expect(all(pkg.workbook, "definedNames")).toHaveLength(1);
    expect(names(pkg)).toEqual({ "_xlnm.Print_Titles": `'${TINY}'!$1:$2`, FormId: '"report-outline"' });
  });

  it("refuses invalid, reserved, duplicate and dangling names", async () => {
    const withName = (name: string, formula = "A1") => renderTiny([], { definedNames: [{ name, formula }] });
    await expect(withName("A1")).rejects.toThrow(/cell reference/);
    await expect(withName("R1C1")).rejects.toThrow(/cell reference/);
    await expect(withName("Mã đơn vị")).rejects.toThrow(/not a valid/);
    await expect(withName("1st")).rejects.toThrow(/not a valid/);
    await expect(withName("_xlnm.Print_Area")).rejects.toThrow(/reserved/);
    await expect(withName("Codes", "'Không có'!A1")).rejects.toThrow(/unknown sheet/);
    await expect(withName("Codes", "A0")).rejects.toThrow(/outside the sheet/);
    await expect(withName("Codes", " ")).rejects.toThrow(/empty formula/);
    await expect(renderTiny([], { definedNames: [{ name: "Codes", formula: "A1" }, { name: "CODES", formula: "B1" }] })).rejects.toThrow(/twice/);
  });
});
