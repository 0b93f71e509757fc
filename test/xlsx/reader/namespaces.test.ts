/**
 * Reading what Excel shows: elements by namespace, markup compatibility as
 * ECMA-376 Part 3 and Excel apply it, zip part names compared as Excel compares them, and
 * the bounds on attributes, formulas and strings. Every package is crafted here, byte for
 * byte; each case runs on a part small enough for the plain scanner and, where the two
 * parsers could differ, on one padded past 2 MB, which saxes reads as it streams.
 */
import { unzipSync } from "fflate";
import { buildXlsx, MAIN_NS, STRICT_NS, stylesXml } from "./build-xlsx";
import { writeZip } from "./zip-writer";
import { cellsOf, readFails, readOk } from "./read-helpers";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FAKE = "urn:example:hidden";
/** Whitespace enough to take a part past the size the reader inflates whole (2 MB). */
const STREAMED = " ".repeat(2_200_000);

/** A worksheet part: `root` holds extra attributes of `<worksheet>`, `before` goes ahead of `<sheetData>`. */
function sheetXml(sheetData: string, { root = "", before = "", pad = "" }: { root?: string; before?: string; pad?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:mc="${MC}" ${root}>${pad}${before}<sheetData>${sheetData}</sheetData></worksheet>`;
}

const read = (xml: string) => cellsOf(readOk(buildXlsx({ sheets: [{ name: "S", xml }] })).workbook.sheets[0]!);
const refused = (xml: string) => readFails(buildXlsx({ sheets: [{ name: "S", xml }] }));
const both = (test: (pad: string) => void) => {
  test("");
  test(STREAMED);
};

describe("elements are read by namespace", () => {
  it("skips a value, and a whole table, in a namespace the file declares ignorable", () => {
    both((pad) => {
      const root = `mc:Ignorable="x" xmlns:x="${FAKE}"`;
      const before = '<x:sheetData><row r="1"><c r="A1"><v>999</v></c><c r="B1"><v>999</v></c></row></x:sheetData>';
      expect(read(sheetXml('<row r="1"><c r="A1"><v>4</v><x:v>999</x:v></c></row>', { root, before, pad }))).toEqual({ A1: { kind: "number", value: 4 } });
    });
  });

  it("reads SpreadsheetML under any prefix, Transitional or Strict, and nothing of the same names elsewhere", () => {
    const xml = `<s:worksheet xmlns:s="${STRICT_NS}" xmlns:mc="${MC}" xmlns:x="${FAKE}" mc:Ignorable="x"><s:sheetData><s:row r="1"><x:c r="A1"><s:v>999</s:v></x:c><s:c r="B1"><s:v>3</s:v></s:c></s:row></s:sheetData></s:worksheet>`;
    expect(read(xml)).toEqual({ B1: { kind: "number", value: 3 } });
  });

  it("refuses an element of a namespace neither SpreadsheetML's nor ignorable, and a sheet without a namespace", () => {
    both((pad) => {
      const xml = sheetXml(`<row r="1"><c r="A1"><v>4</v></c><h:c xmlns:h="${FAKE}" r="A1"><h:v>999</h:v></h:c></row>`, { pad });
      expect(refused(xml)).toMatchObject({ code: "read.foreign-namespace", params: { part: "xl/worksheets/sheet1.xml" } });
    });
    expect(refused('<worksheet><sheetData><row r="1"><c r="A1"><v>4</v></c></row></sheetData></worksheet>').code).toBe("read.foreign-namespace");
    expect(refused(`<worksheet xmlns="${FAKE}"><sheetData/></worksheet>`).code).toBe("read.foreign-namespace");
  });

  it("skips what Excel's own extensions hold, in an extension list or where Excel writes them", () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>4</v></c></row>', { before: `<x14ac:thing xmlns:x14ac="${X14AC}"><c r="A1"><v>999</v></c></x14ac:thing>` });
    expect(read(xml)).toEqual({ A1: { kind: "number", value: 4 } });
    const bytes = buildXlsx({
      sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      styles: stylesXml([0]).replace("</styleSheet>", `<extLst><ext uri="{X}"><q:any xmlns:q="${FAKE}"><q:numFmt/></q:any></ext></extLst></styleSheet>`),
    });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({ A1: { kind: "number", value: 1 } });
  });

  it("refuses a prefix bound to nothing", () => {
    expect(refused(sheetXml('<row r="1"><q:c r="A1"><v>4</v></q:c></row>')).code).toBe("read.malformed-xml");
  });

  it("reads r:id under whatever prefix is bound to the relationships namespace, and no other", () => {
    const workbook = (attr: string) =>
      `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:rel="${REL_NS}" xmlns:f="${FAKE}"><sheets><sheet name="S" sheetId="1" ${attr}/></sheets></workbook>`;
    const withWorkbook = (attr: string) =>
      buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }], extra: [{ name: "xl/workbook.xml", data: workbook(attr) }] });
    expect(readOk(withWorkbook('rel:id="rId1"')).workbook.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(readFails(withWorkbook('f:id="rId1"')).code).toBe("read.missing-part");
  });

  it("refuses relationships in another namespace, and a main part that is no workbook", () => {
    const rels = buildXlsx({
      sheets: [{ name: "S", sheetData: "" }],
      extra: [{ name: "_rels/.rels", data: `<Relationships xmlns="${FAKE}"><Relationship Id="rId1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>` }],
    });
    expect(readFails(rels)).toMatchObject({ code: "read.foreign-namespace", params: { part: "_rels/.rels" } });
    const foreignWorkbook = buildXlsx({ sheets: [{ name: "S", sheetData: "" }], extra: [{ name: "xl/workbook.xml", data: `<workbook xmlns="${FAKE}"><sheets/></workbook>` }] });
    expect(readFails(foreignWorkbook).code).toBe("read.not-spreadsheet");
  });
});

describe("parts as Excel 365 writes them", () => {
  const MS = "http://schemas.microsoft.com/office/spreadsheetml";
  it("reads through its ignorable revisions, its absPath alternative and its extension lists", () => {
    const workbook =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
      `xmlns:x15="${MS}/2010/11/main" xmlns:xr="${MS}/2014/revision" xmlns:xr6="${MS}/2016/revision6" xmlns:xr10="${MS}/2016/revision10" xmlns:xr2="${MS}/2015/revision2">` +
      `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>` +
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\hs\\" xmlns:x15ac="${MS}/2010/11/ac"/></mc:Choice></mc:AlternateContent>` +
      `<xr:revisionPtr revIDLastSave="0" documentId="8_{A}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
      `<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10300" xr2:uid="{B}"/></bookViews>` +
      `<sheets><sheet name="Trang1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/>` +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="${MS}/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>` +
      `<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="${MS}/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/></xcalcf:calcFeatures></ext></extLst></workbook>`;
    const sheet =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr xr2 xr3" ` +
      `xmlns:x14ac="${X14AC}" xmlns:xr="${MS}/2014/revision" xmlns:xr2="${MS}/2015/revision2" xmlns:xr3="${MS}/2016/revision3" xr:uid="{C}">` +
      `<dimension ref="A1"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.5" x14ac:dyDescent="0.35"/>` +
      `<sheetData><row r="1" spans="1:1" x14ac:dyDescent="0.35"><c r="A1"><v>5</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const bytes = buildXlsx({ sheets: [{ name: "Trang1", xml: sheet }], extra: [{ name: "xl/workbook.xml", data: workbook }] });
    const { workbook: read } = readOk(bytes);
    expect(read.sheets.map((s) => s.name)).toEqual(["Trang1"]);
    expect(cellsOf(read.sheets[0]!)).toEqual({ A1: { kind: "number", value: 5 } });
  });
});

describe("mc:AlternateContent, as Excel takes it", () => {
  const alternate = (branches: string) => sheetXml(`<row r="1"><mc:AlternateContent>${branches}</mc:AlternateContent></row>`, { root: `xmlns:x14ac="${X14AC}" xmlns:x="${FAKE}"` });
  const cell = (v: number) => `<c r="A1"><v>${v}</v></c>`;

  it("takes the first Choice whose requirements Excel understands, else the Fallback", () => {
    both(() => {
      expect(read(alternate(`<mc:Choice Requires="x14ac">${cell(4)}</mc:Choice><mc:Fallback>${cell(999)}</mc:Fallback>`))).toEqual({ A1: { kind: "number", value: 4 } });
      expect(read(alternate(`<mc:Choice Requires="x">${cell(999)}</mc:Choice><mc:Fallback>${cell(4)}</mc:Fallback>`))).toEqual({ A1: { kind: "number", value: 4 } });
      expect(read(alternate(`<mc:Choice Requires="x">${cell(999)}</mc:Choice><mc:Choice Requires="x14ac">${cell(4)}</mc:Choice><mc:Choice Requires="x14ac">${cell(999)}</mc:Choice>`))).toEqual({
        A1: { kind: "number", value: 4 },
      });
      expect(read(alternate(`<mc:Choice Requires="x">${cell(999)}</mc:Choice>`))).toEqual({});
    });
  });

  it("refuses what Excel does not write: a Choice alone, one without requirements, nested alternatives, ProcessContent, MustUnderstand of the unknown", () => {
    expect(refused(sheetXml(`<row r="1"><mc:Choice Requires="x14ac">${cell(4)}</mc:Choice></row>`, { root: `xmlns:x14ac="${X14AC}"` })).code).toBe("read.markup-compatibility");
    expect(refused(alternate(`<mc:Choice>${cell(4)}</mc:Choice>`)).code).toBe("read.markup-compatibility");
    expect(refused(alternate(`<mc:AlternateContent><mc:Fallback>${cell(4)}</mc:Fallback></mc:AlternateContent>`)).code).toBe("read.markup-compatibility");
    expect(refused(sheetXml(cell(4), { root: `xmlns:x="${FAKE}" mc:Ignorable="x" mc:ProcessContent="x:wrap"` })).code).toBe("read.markup-compatibility");
    expect(refused(sheetXml(cell(4), { root: `xmlns:x="${FAKE}" mc:MustUnderstand="x"` })).code).toBe("read.markup-compatibility");
    expect(read(sheetXml(`<row r="1">${cell(4)}</row>`, { root: `xmlns:x14ac="${X14AC}" mc:MustUnderstand="x14ac"` }))).toEqual({ A1: { kind: "number", value: 4 } });
  });
});

describe("the zip's part names", () => {
  it("refuses two entries of one name, and of names differing only in case or slash", () => {
    const sheet = (v: number) => sheetXml(`<row r="1"><c r="A1"><v>${v}</v></c></row>`);
    const parts = Object.entries(unzipSync(buildXlsx({ sheets: [{ name: "S", xml: sheet(4) }] }))).map(([name, data]) => ({ name, data }));
    expect(cellsOf(readOk(writeZip(parts)).workbook.sheets[0]!)).toEqual({ A1: { kind: "number", value: 4 } });
    for (const twin of ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.XML", "xl\\worksheets\\sheet1.xml"]) {
      // The twin comes first, with other numbers: a reader taking the first would sum 999.
      const bytes = writeZip([{ name: twin, data: sheet(999) }, ...parts]);
      expect([twin, readFails(bytes)]).toEqual([twin, expect.objectContaining({ code: "read.duplicate-entry" })]);
    }
  });
});

describe("bounds", () => {
  const attributes = (n: number, stem = "a") => Array.from({ length: n }, (_, i) => `${stem}${i}="1"`).join(" ");

  it("refuses an element with more attributes than the limit, and reads one at the limit", () => {
    both((pad) => {
      expect(refused(sheetXml(`<row r="1" ${attributes(1001)}><c r="A1"><v>4</v></c></row>`, { pad })).code).toBe("read.xml-too-many-attributes");
      expect(read(sheetXml(`<row r="1" ${attributes(999)}><c r="A1"><v>4</v></c></row>`, { pad }))).toEqual({ A1: { kind: "number", value: 4 } });
    });
    expect(refused(sheetXml(`<row r="1" ${attributes(180_000)}/>`)).code).toBe("read.xml-too-many-attributes");
  });

  it("finds a duplicate attribute among many", () => {
    both((pad) => {
      expect(refused(sheetXml(`<row r="1" ${attributes(500)} a250="2"><c r="A1"><v>4</v></c></row>`, { pad })).code).toBe("read.malformed-xml");
    });
  });

  it("refuses a formula longer than Excel allows, naming its cell, shared or not", () => {
    const long = "1+".repeat(4096) + "1";
    expect(refused(sheetXml(`<row r="3"><c r="B3"><f>${long}</f><v>4</v></c></row>`))).toMatchObject({ code: "read.formula-too-long", params: { cell: "B3", sheet: "S", limit: 8192 } });
    const shared = `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">${long}</f><v>2</v></c><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>`;
    expect(refused(sheetXml(shared))).toMatchObject({ code: "read.formula-too-long", params: { cell: "A1" } });
  });

  it("gives every cell of a shared group the master's text, within the limit", () => {
    const text = "1+".repeat(4000) + "1";
    const cells = read(sheetXml(`<row r="1"><c r="A1"><f t="shared" ref="A1:C1" si="7">${text}</f><v>2</v></c><c r="B1"><f t="shared" si="7"/><v>2</v></c><c r="C1"><f t="shared" si="7"/></c></row>`));
    expect(cells).toEqual({ A1: { kind: "number", value: 2, formula: text }, B1: { kind: "number", value: 2, formula: text }, C1: { kind: "formula", formula: text } });
  });

  it("refuses a string longer than a cell holds, naming the cell that uses it, shared or inline", () => {
    const long = "ê".repeat(32_768);
    const shared = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="2"><c r="C2" t="s"><v>1</v></c></row>' }], sharedStrings: ["ngắn", long] });
    expect(readFails(shared)).toMatchObject({ code: "read.string-too-long", params: { cell: "C2", sheet: "S", limit: 32_767 } });
    const unused = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="2"><c r="C2" t="s"><v>0</v></c></row>' }], sharedStrings: ["ngắn", long] });
    expect(cellsOf(readOk(unused).workbook.sheets[0]!)).toEqual({ C2: { kind: "string", value: "ngắn" } });
    expect(refused(sheetXml(`<row r="4"><c r="D4" t="inlineStr"><is><t>${long}</t></is></c></row>`))).toMatchObject({ code: "read.string-too-long", params: { cell: "D4" } });
    expect(refused(sheetXml(`<row r="4"><c r="E4" t="str"><f>A1</f><v>${"x".repeat(300_000)}</v></c></row>`))).toMatchObject({ code: "read.string-too-long", params: { cell: "E4" } });
  });

  it("refuses an error value Excel has no such error for", () => {
    expect(read(sheetXml('<row r="1"><c r="A1" t="e"><v>#GETTING_DATA</v></c></row>'))).toEqual({ A1: { kind: "error", value: "#GETTING_DATA" } });
    expect(refused(sheetXml(`<row r="1"><c r="A1" t="e"><v>${"#".repeat(2000)}</v></c></row>`)).code).toBe("read.corrupt-part");
  });
});

describe("typed values where a number belongs", () => {
  it("keeps a t=\"d\" date a date whatever the cell's number format", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" s="1" t="d"><v>2025-10-01</v></c><c r="B1" s="2" t="d"><v>2025-10-01</v></c></row>' }], styles: stylesXml([0, 3, 14]) });
    expect(cellsOf(readOk(bytes).workbook.sheets[0]!)).toEqual({
      A1: { kind: "number", value: 45931, numFmt: "yyyy-mm-dd" },
      B1: { kind: "number", value: 45931, numFmt: "mm-dd-yy" },
    });
  });
});

describe("the encoding", () => {
  it("refuses bytes that are not UTF-8 anywhere in a part it reads, even past where it stops parsing", () => {
    both((pad) => {
      const xml = new TextEncoder().encode(sheetXml('<row r="1"><c r="A1"><v>4</v></c></row>', { root: `xmlns:x="${FAKE}" mc:Ignorable="x"` }) + `<!--${pad}-->`);
      const at = xml.length - 3;
      const bytes = new Uint8Array([...xml.subarray(0, at), 0xc3, 0x28, ...xml.subarray(at)]);
      expect(readFails(buildXlsx({ sheets: [{ name: "S", xml: "" }], extra: [{ name: "xl/worksheets/sheet1.xml", data: bytes }] }))).toMatchObject({ code: "read.invalid-utf8" });
    });
  });
});
