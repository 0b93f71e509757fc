/** Hand-built packages: what other writers (and careless ones) put in a worksheet. */
import { buildXlsx, MAIN_NS, sharedStringsXml, STRICT_NS, stylesXml, worksheet } from "./build-xlsx";
import { cellsOf, readFails, readOk, sheetNamed } from "./read-helpers";

describe("cell types written by hand", () => {
  const bytes = buildXlsx({
    sheets: [
      {
        name: "Types",
        sheetData: [
          '<row r="1">',
          '<c r="A1"><v>42</v></c>',
          '<c r="B1" t="n"><v>-1.5E-3</v></c>',
          '<c r="C1" t="s"><v>0</v></c>',
          '<c r="D1" t="inlineStr"><is><t>inline</t></is></c>',
          '<c r="E1" t="inlineStr"><is><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></is></c>',
          '<c r="F1" t="b"><v>1</v></c>',
          '<c r="G1" t="b"><v>0</v></c>',
          '<c r="H1" t="e"><v>#REF!</v></c>',
          '<c r="I1" t="d"><v>2025-10-06</v></c>',
          '<c r="J1" t="d"><v>2025-10-06T12:00:00Z</v></c>',
          '<c r="K1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
          '<c r="L1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
          '<c r="M1" s="0"/>',
          '<c r="N1" s="1"></c>',
          '<c r="O1" t="inlineStr"><is><t><![CDATA[<cdata & more>]]></t></is></c>',
          "</row>",
        ].join(""),
      },
    ],
    sharedStrings: ["shared"],
    styles: stylesXml([0, 3]),
  });

  it("reads every kind of value", () => {
    const { workbook, warnings } = readOk(bytes);
    expect(warnings).toEqual([]);
    const sheet = sheetNamed(workbook, "Types");
    expect(cellsOf(sheet)).toEqual({
      A1: { kind: "number", value: 42 },
      B1: { kind: "number", value: -0.0015 },
      C1: { kind: "string", value: "shared" },
      D1: { kind: "string", value: "inline" },
      E1: { kind: "string", value: "Rich text " },
      F1: { kind: "boolean", value: true },
      G1: { kind: "boolean", value: false },
      H1: { kind: "error", value: "#REF!" },
      I1: { kind: "number", value: 45936, numFmt: "yyyy-mm-dd" },
      J1: { kind: "number", value: 45936.5, numFmt: "yyyy-mm-dd" },
      K1: { kind: "string", value: "ab", formula: '"a"&"b"' },
      L1: { kind: "error", value: "#DIV/0!", formula: "1/0" },
      O1: { kind: "string", value: "<cdata & more>" },
    });
    expect(sheet.maxRow).toBe(1);
    expect(sheet.maxCol).toBe(15);
  });

  it("converts t=\"d\" dates around Excel's phantom 29 February 1900", () => {
    const dates = buildXlsx({
      sheets: [{ name: "D", sheetData: '<row r="1"><c r="A1" t="d"><v>1900-01-01</v></c><c r="B1" t="d"><v>1900-02-28</v></c><c r="C1" t="d"><v>1900-03-01</v></c><c r="D1" t="d"><v>T06:00:00</v></c></row>' }],
    });
    const cells = cellsOf(readOk(dates).workbook.sheets[0]!);
    expect([cells.A1, cells.B1, cells.C1, cells.D1].map((c) => (c?.kind === "number" ? c.value : undefined))).toEqual([1, 59, 61, 0.25]);
  });

  it("refuses a t=\"d\" cell that is not a date", () => {
    const bad = buildXlsx({ sheets: [{ name: "D", sheetData: '<row r="1"><c r="A1" t="d"><v>2025-02-30</v></c></row>' }] });
    expect(readFails(bad).code).toBe("read.corrupt-part");
  });
});

describe("formulas", () => {
  const bytes = buildXlsx({
    sheets: [
      {
        name: "F",
        sheetData: [
          '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>',
          '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>',
          '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c></row>',
          '<row r="4"><c r="A4"><f>SUM(A1:A3)</f></c><c r="B4"><f>SUM(B1:B3)</f><v></v></c><c r="C4"><f>SUM(A1:A3)</f><v/></c></row>',
          '<row r="5"><c r="A5" t="str"><f>IF(A1&gt;5,"x","")</f><v></v></c><c r="B5" t="str"><f>"never"</f></c></row>',
          '<row r="6"><c r="A6"><f t="array" ref="A6:A7">ROW(A1:A2)</f><v>1</v></c></row><row r="7"><c r="A7"><v>2</v></c></row>',
        ].join(""),
      },
    ],
  });

  it("keeps cached values with their formula, and the master's text for shared formulas", () => {
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({
      A1: { kind: "number", value: 1 },
      B1: { kind: "number", value: 2, formula: "A1*2" },
      A2: { kind: "number", value: 2 },
      B2: { kind: "number", value: 4, formula: "A1*2" },
      A3: { kind: "number", value: 3 },
      B3: { kind: "formula", formula: "A1*2" },
      A4: { kind: "formula", formula: "SUM(A1:A3)" },
      B4: { kind: "formula", formula: "SUM(B1:B3)" },
      C4: { kind: "formula", formula: "SUM(A1:A3)" },
      // An empty string result is a computed value, not a missing one.
      A5: { kind: "string", value: "", formula: 'IF(A1>5,"x","")' },
      B5: { kind: "formula", formula: '"never"' },
      A6: { kind: "number", value: 1, formula: "ROW(A1:A2)" },
      A7: { kind: "number", value: 2 },
    });
  });
});

describe("positions", () => {
  it("places cells and rows without an r attribute after the previous ones", () => {
    const bytes = buildXlsx({
      sheets: [
        {
          name: "NoRefs",
          sheetData: [
            "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>",
            "<row><c/><c><v>8</v></c></row>",
            '<row r="5"><c><v>9</v></c></row>',
            "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>",
          ].join(""),
        },
      ],
    });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({
      A1: { kind: "number", value: 1 },
      B1: { kind: "number", value: 2 },
      E1: { kind: "number", value: 5 },
      F1: { kind: "number", value: 6 },
      B2: { kind: "number", value: 8 },
      A5: { kind: "number", value: 9 },
      A6: { kind: "string", value: "x" },
    });
  });

  it("refuses a cell reference that is not one", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="1A"><v>1</v></c></row>' }] });
    expect(readFails(bytes)).toMatchObject({ code: "read.corrupt-part", params: { part: "xl/worksheets/sheet1.xml", sheet: "S" } });
  });
});

describe("namespaces", () => {
  it("reads a Strict OOXML workbook by local names", () => {
    const bytes = buildXlsx({
      strict: true,
      sheets: [{ name: "Strict", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row>' }],
      sharedStrings: ["nghiêm"],
      styles: stylesXml([0, 14], {}, STRICT_NS),
      definedNames: '<definedName name="form">"stats-table"</definedName>',
    });
    const { workbook } = readOk(bytes);
    expect(cellsOf(workbook.sheets[0]!)).toEqual({ A1: { kind: "string", value: "nghiêm" }, B1: { kind: "number", value: 45000, numFmt: "mm-dd-yy" } });
    expect(workbook.definedNames).toEqual([{ name: "form", value: '"stats-table"' }]);
  });

  it("reads elements under a prefix", () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${STRICT_NS}"><x:dimension ref="A1"/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = buildXlsx({ sheets: [{ name: "P", xml }] });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({ A1: { kind: "string", value: "p" }, B1: { kind: "number", value: 3 } });
  });
});

describe("strings", () => {
  it("decodes _xHHHH_ escapes, keeps escaped underscores and whitespace", () => {
    const bytes = buildXlsx({
      sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>a_x000D_b</t></is></c></row>' }],
      sharedStrings: { xml: `<?xml version="1.0"?><sst xmlns="${"http://schemas.openxmlformats.org/spreadsheetml/2006/main"}"><si><t>line_x000D_\nnext</t></si><si><t>_x005F_x000D_ literal</t></si><si><t xml:space="preserve">  padded  </t></si></sst>` },
    });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({
      A1: { kind: "string", value: "line\r\nnext" },
      B1: { kind: "string", value: "_x000D_ literal" },
      C1: { kind: "string", value: "  padded  " },
      D1: { kind: "string", value: "a\rb" },
    });
  });

  it("leaves cells holding an empty string out, like blank ones", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t></t></is></c><c r="C1"><v>1</v></c></row>' }], sharedStrings: [""] });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({ C1: { kind: "number", value: 1 } });
  });

  it("refuses a shared-string index past the table, naming the cell", () => {
    const bytes = buildXlsx({ sheets: [{ name: "Biểu", sheetData: '<row r="3"><c r="B3" t="s"><v>1</v></c></row>' }], sharedStrings: ["only"] });
    expect(readFails(bytes)).toMatchObject({ code: "read.string-index", params: { sheet: "Biểu", cell: "B3" } });
  });

  it("refuses a shared-string index when there is no table at all", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] });
    expect(readFails(bytes).code).toBe("read.string-index");
  });

  it("refuses a string longer than a cell may hold, and accepts one at the limit", () => {
    const atLimit = buildXlsx({ sheets: [{ name: "S", sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(32767)}</t></is></c></row>` }] });
    expect(readOk(atLimit).workbook.sheets[0]!.cells.size).toBe(1);
    const over = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], sharedStrings: ["x".repeat(32768)] });
    expect(readFails(over)).toMatchObject({ code: "read.string-too-long", params: { limit: 32767 } });
  });

  it("refuses more shared strings than the limit", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S" }], sharedStrings: ["a", "b", "c"] });
    expect(readFails(bytes, { limits: { maxSharedStrings: 2 } })).toMatchObject({ code: "read.too-many-strings", params: { limit: 2 } });
    expect(readOk(bytes, { limits: { maxSharedStrings: 3 } }).workbook.sheets).toHaveLength(1);
  });
});

describe("number formats", () => {
  it("carries non-General formats: builtin dates by code, custom ones as declared", () => {
    const styles = stylesXml([0, 14, 22, 45, 46, 47, 164, 3, 165], { 164: "#,##0 \"đồng\"", 165: "General" })
      // A differential format's numFmt must not be taken for a cell format.
      .replace("</styleSheet>", '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="WRONG"/></dxf></dxfs></styleSheet>');
    const row = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>45000</v></c>`).join("");
    const bytes = buildXlsx({ sheets: [{ name: "N", sheetData: `<row r="1">${row}<c r="J1" s="1" t="s"><v>0</v></c></row>` }], styles, sharedStrings: ["text"] });
    const cells = cellsOf(readOk(bytes).workbook.sheets[0]!);
    const formats = Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.kind === "number" ? c.numFmt : c.kind]));
    expect(formats).toEqual({ A1: undefined, B1: "mm-dd-yy", C1: "m/d/yy h:mm", D1: "mm:ss", E1: "[h]:mm:ss", F1: "mmss.0", G1: '#,##0 "đồng"', H1: "#,##0", I1: undefined, J1: "string" });
  });
});

describe("workbook structure", () => {
  it("keeps sheet order, states and defined names as text; targets absolute or relative", () => {
    for (const absoluteTargets of [false, true]) {
      const bytes = buildXlsx({
        absoluteTargets,
        sheets: [
          { name: "Biểu mẫu", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { name: "Ẩn", state: "hidden" },
          { name: "Rất ẩn", state: "veryHidden" },
        ],
        definedNames: [
          '<definedName name="form_id">"stats-table"</definedName>',
          "<definedName name=\"year\" localSheetId=\"0\">'Biểu mẫu'!$G$1</definedName>",
          '<definedName name="_xlnm.Print_Area" localSheetId="2">\'Rất ẩn\'!$A$1:$XFD$1048576</definedName>',
        ].join(""),
      });
      const { workbook } = readOk(bytes);
      expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
        ["Biểu mẫu", "visible"],
        ["Ẩn", "hidden"],
        ["Rất ẩn", "veryHidden"],
      ]);
      expect(workbook.definedNames).toEqual([
        { name: "form_id", value: '"stats-table"' },
        { name: "year", value: "'Biểu mẫu'!$G$1", localSheet: 0 },
        { name: "_xlnm.Print_Area", value: "'Rất ẩn'!$A$1:$XFD$1048576", localSheet: 2 },
      ]);
    }
  });

  it("reads only the sheets the filter keeps, and never opens the others", () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "Keep", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        // Not even well-formed: reading it would fail.
        { name: "Skip", xml: `<worksheet xmlns="${MAIN_NS}"><sheetData><row>` },
      ],
      definedNames: '<definedName name="local" localSheetId="1">Skip!$A$1</definedName><definedName name="kept" localSheetId="0">Keep!$A$1</definedName>',
    });
    expect(readFails(bytes).code).toBe("read.malformed-xml");
    const seen: [string, number][] = [];
    const { workbook } = readOk(bytes, { sheetFilter: (name, index) => (seen.push([name, index]), name === "Keep") });
    expect(seen).toEqual([["Keep", 0], ["Skip", 1]]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Keep"]);
    expect(workbook.definedNames).toEqual([{ name: "kept", value: "Keep!$A$1", localSheet: 0 }]);
  });

  it("finds parts whatever the case of their names", () => {
    const bytes = buildXlsx({
      sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ["x"],
    });
    const renamed = bytes.slice();
    // Same length, different case: the zip says SharedStrings, the relationship sharedStrings.
    const text = new TextDecoder("latin1").decode(renamed);
    let at = text.indexOf("xl/sharedStrings.xml");
    while (at >= 0) {
      renamed[at + 3] = "S".charCodeAt(0);
      at = text.indexOf("xl/sharedStrings.xml", at + 1);
    }
    expect(cellsOf(readOk(renamed).workbook.sheets[0]!)).toEqual({ A1: { kind: "string", value: "x" } });
  });

  it("reports a sheet whose part is missing, or empty", () => {
    expect(readOk(buildXlsx({ sheets: [{ name: "S" }] })).workbook.sheets).toHaveLength(1);
    const missing = buildXlsx({ sheets: [{ name: "S" }], omit: ["xl/worksheets/sheet1.xml"] });
    expect(readFails(missing)).toMatchObject({ code: "read.missing-part", params: { part: "xl/worksheets/sheet1.xml", sheet: "S" } });
    const empty = buildXlsx({ sheets: [{ name: "S" }], extra: [{ name: "xl/worksheets/sheet1.xml", data: "" }] });
    expect(readFails(empty).code).toBe("read.malformed-xml");
  });

  it("refuses a package without a workbook, or whose main part is not one", () => {
    const noWorkbook = buildXlsx({ sheets: [], omit: ["xl/workbook.xml"] });
    expect(readFails(noWorkbook).code).toBe("read.not-spreadsheet");
    const document = buildXlsx({ sheets: [], extra: [{ name: "xl/workbook.xml", data: '<?xml version="1.0"?><w:document xmlns:w="urn:x"/>' }] });
    expect(readFails(document).code).toBe("read.not-spreadsheet");
  });
});

describe("ranges are never expanded", () => {
  it("ignores the declared dimension, merges, validations and conditional formats", () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/>' +
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' +
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations></worksheet>';
    const sheet = readOk(buildXlsx({ sheets: [{ name: "S", xml }] })).workbook.sheets[0]!;
    expect(cellsOf(sheet)).toEqual({ A1: { kind: "number", value: 1 } });
    expect([sheet.maxRow, sheet.maxCol]).toEqual([1, 1]);
  });
});

describe("sheets too large to keep", () => {
  const rows = (n: number): string => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

  it("leaves out a sheet with content past the row limit, with a warning naming it", () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "Biểu mẫu", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: "Dữ liệu lớn", sheetData: rows(2001) },
      ],
      definedNames: '<definedName name="big" localSheetId="1">\'Dữ liệu lớn\'!$A$1</definedName>',
    });
    const { workbook, warnings } = readOk(bytes);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Biểu mẫu"]);
    expect(workbook.definedNames).toEqual([]);
    expect(warnings).toEqual([{ code: "read.sheet-too-large", severity: "warning", where: {}, params: { sheet: "Dữ liệu lớn", maxRows: 2000, maxCols: 100 } }]);
  });

  it("keeps a sheet of exactly the limits, and one whose far cells only carry a style", () => {
    const styledOnly = Array.from({ length: 50 }, (_, i) => `<row r="${3000 + i}"><c r="A${3000 + i}" s="1"/><c r="CZ${3000 + i}" s="1"/></row>`).join("");
    const bytes = buildXlsx({ sheets: [{ name: "S", sheetData: `${rows(2000)}<row r="2000"><c r="CV2000"><v>1</v></c></row>${styledOnly}` }] });
    const { workbook, warnings } = readOk(bytes);
    expect(warnings).toEqual([]);
    expect([workbook.sheets[0]!.maxRow, workbook.sheets[0]!.maxCol]).toEqual([2000, 100]);
  });

  it("leaves out a sheet with content past the column limit", () => {
    const bytes = buildXlsx({ sheets: [{ name: "Wide", sheetData: '<row r="1"><c r="CW1"><v>1</v></c></row>' }] });
    const { workbook, warnings } = readOk(bytes);
    expect(workbook.sheets).toEqual([]);
    expect(warnings.map((w) => [w.code, w.params.sheet])).toEqual([["read.sheet-too-large", "Wide"]]);
  });
});

describe("the XML itself", () => {
  it("refuses malformed XML and undefined entities", () => {
    for (const sheetData of ['<row r="1"><c r="A1"><v>1</v></row>', '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>']) {
      expect(readFails(buildXlsx({ sheets: [{ name: "S", sheetData }] }))).toMatchObject({ code: "read.malformed-xml", params: { part: "xl/worksheets/sheet1.xml" } });
    }
  });

  it("refuses elements nested deeper than the limit", () => {
    const nested = (n: number): string => "<x>".repeat(n) + "</x>".repeat(n);
    expect(readOk(buildXlsx({ sheets: [{ name: "S", sheetData: nested(97) }] })).workbook.sheets).toHaveLength(1);
    expect(readFails(buildXlsx({ sheets: [{ name: "S", sheetData: nested(99) }] }))).toMatchObject({ code: "read.xml-too-deep", params: { limit: 100 } });
  });

  it("refuses any DOCTYPE, even a harmless one, in any part", () => {
    const doctype = '<?xml version="1.0"?><!DOCTYPE sst>';
    const bytes = buildXlsx({ sheets: [{ name: "S" }], sharedStrings: { xml: sharedStringsXml(["a"]).replace(/^<\?xml[^>]*>\n?/, doctype) } });
    expect(readFails(bytes)).toMatchObject({ code: "read.doctype", params: { part: "xl/sharedStrings.xml" } });
  });

  it("reads a part saved as UTF-16 with a byte order mark", () => {
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Tiếng Việt</t></is></c></row>').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const bytes = buildXlsx({ sheets: [{ name: "S" }], extra: [{ name: "xl/worksheets/sheet1.xml", data: utf16 }] });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({ A1: { kind: "string", value: "Tiếng Việt" } });
  });
});
