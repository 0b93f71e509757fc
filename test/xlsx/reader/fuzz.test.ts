/**
 * Whatever the bytes, the reader answers with a result, never an exception: damaged
 * files are data. Mutations of a real workbook reach deep into the zip, inflate and XML
 * layers; random worksheets reach the cell parser.
 */
import fc from "fast-check";
import { readWorkbook } from "../../../src/xlsx/reader";
import { buildXlsx } from "./build-xlsx";
import { allTypesWorkbook } from "./exceljs-workbook";
import { writeZip } from "./zip-writer";

function answers(bytes: Uint8Array): boolean {
  const result = readWorkbook(bytes);
  return result.ok ? Array.isArray(result.workbook.sheets) : typeof result.problem.code === "string";
}

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await allTypesWorkbook();
});

it("answers for a real workbook with bytes overwritten", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
      const bytes = workbook.slice();
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      return answers(bytes);
    }),
    { numRuns: 400 },
  );
});

it("answers for a real workbook cut anywhere", () => {
  fc.assert(
    fc.property(fc.nat(), (n) => answers(workbook.subarray(0, n % workbook.length))),
    { numRuns: 200 },
  );
});

it("answers for stored parts with arbitrary content", () => {
  // Stored entries put arbitrary bytes straight into the XML parser.
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"), (data, name) =>
      answers(buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: ["a"], styles: "<styleSheet/>", extra: [{ name, data, method: 0 }] })),
    ),
    { numRuns: 300 },
  );
});

it("answers for random cells", () => {
  const attr = (name: string, values: string[]) => fc.option(fc.constantFrom(...values).map((v) => ` ${name}="${v}"`), { nil: "" });
  const cell = fc
    .tuple(
      attr("r", ["A1", "B2", "XFD1", "XFE1", "A0", "A1048577", "", "1", "$A$1", "zz9"]),
      attr("t", ["s", "n", "b", "e", "str", "inlineStr", "d", "x", ""]),
      attr("s", ["0", "1", "9", "-1", "x"]),
      fc.constantFrom("", "<v>1</v>", "<v>0</v>", "<v>-1.5e3</v>", "<v>x</v>", "<v/>", "<v>2025-13-01</v>", "<v>2025-10-06</v>", "<f>A1</f>", '<f t="shared" si="0"/>', '<f t="shared" si="0" ref="A1:A2">B1</f>', "<is><t>x</t></is>", "<is/>"),
    )
    .map(([r, t, s, body]) => `<c${r}${t}${s}>${body}</c>`);
  const row = fc.tuple(attr("r", ["1", "2", "0", "3000", "x"]), fc.array(cell, { maxLength: 5 })).map(([r, cells]) => `<row${r}>${cells.join("")}</row>`);
  fc.assert(
    fc.property(fc.array(row, { maxLength: 5 }), (rows) =>
      answers(buildXlsx({ sheets: [{ name: "S", sheetData: rows.join("") }], sharedStrings: ["a", "b"], styles: '<styleSheet><cellXfs><xf numFmtId="14"/><xf numFmtId="0"/></cellXfs></styleSheet>' })),
    ),
    { numRuns: 500 },
  );
});

it("answers for random bytes, zipped or not", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => answers(data) && answers(writeZip([{ name: "xl/workbook.xml", data, method: 0 }]))),
    { numRuns: 300 },
  );
});
