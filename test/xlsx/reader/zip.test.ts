/** The zip container: what the central directory says is all that is trusted. */
import { buildXlsx, worksheet } from "./build-xlsx";
import { cellsOf, readFails, readOk } from "./read-helpers";
import { unzipSync } from "fflate";
import { writeZip } from "./zip-writer";

const sheetData = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c></row>';
const expected = { A1: { kind: "string", value: "xin chào" }, B1: { kind: "number", value: 2.5 } };
const spec = { sheets: [{ name: "S", sheetData }], sharedStrings: ["xin chào"] };

/** Offsets of the central directory records, in order. */
function centralRecords(bytes: Uint8Array): number[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let p = 0; p + 4 <= bytes.length; p++) if (dv.getUint32(p, true) === 0x02014b50) out.push(p);
  return out;
}

describe("reading entries", () => {
  it("reads entries named with backslashes or a leading slash as the ordinary names", () => {
    const parts = unzipSync(buildXlsx(spec));
    const names = (name: string, i: number) => (i % 3 === 0 ? name.replace(/\//g, "\\") : i % 3 === 1 ? `//${name}` : `\\${name.replace(/\//g, "\\")}`);
    const renamed = writeZip(Object.entries(parts).map(([name, data], i) => ({ name: names(name, i), data })));
    expect(cellsOf(readOk(renamed).workbook.sheets[0]!)).toEqual(expected);
  });

  it("does not rely on sizes in local headers (streamed zips leave them zero)", () => {
    expect(cellsOf(readOk(buildXlsx({ ...spec, zip: { zeroLocalSizes: true } })).workbook.sheets[0]!)).toEqual(expected);
  });

  it("ignores sizes in local headers that lie", () => {
    expect(cellsOf(readOk(buildXlsx({ ...spec, zip: { lyingLocalSize: 0x7fffffff } })).workbook.sheets[0]!)).toEqual(expected);
  });

  it("reads stored (uncompressed) entries", () => {
    const stored = buildXlsx({
      ...spec,
      extra: [{ name: "xl/worksheets/sheet1.xml", data: worksheet(sheetData), method: 0 }],
    });
    expect(cellsOf(readOk(stored).workbook.sheets[0]!)).toEqual(expected);
  });

  it("finds the end record behind a comment", () => {
    expect(cellsOf(readOk(buildXlsx({ ...spec, zip: { comment: "PK\u0005\u0006 not the end" } })).workbook.sheets[0]!)).toEqual(expected);
  });
});

describe("archives it refuses", () => {
  it("refuses ZIP64", () => {
    expect(readFails(buildXlsx({ ...spec, zip: { zip64Locator: true } })).code).toBe("read.zip64");
    expect(readFails(buildXlsx({ ...spec, zip: { end: { total: 0xffff, entriesHere: 0xffff } } })).code).toBe("read.zip64");
  });

  it("refuses a part of a multi-disk archive", () => {
    expect(readFails(buildXlsx({ ...spec, zip: { end: { disk: 1 } } })).code).toBe("read.zip-multi-disk");
    expect(readFails(buildXlsx({ ...spec, zip: { end: { entriesHere: 1 } } })).code).toBe("read.zip-multi-disk");
  });

  it("calls a file without its end truncated", () => {
    const whole = buildXlsx(spec);
    for (const keep of [0.9, 0.5, 0.1]) expect(readFails(whole.subarray(0, Math.floor(whole.length * keep))).code).toBe("read.truncated");
  });

  it("calls a file whose entry runs past its end truncated", () => {
    const bytes = buildXlsx(spec).slice();
    const dv = new DataView(bytes.buffer);
    const last = centralRecords(bytes).at(-1)!;
    dv.setUint32(last + 20, bytes.length, true);
    expect(readFails(bytes).code).toBe("read.truncated");
  });

  it("refuses a directory that does not fit before its end record", () => {
    expect(readFails(buildXlsx({ ...spec, zip: { end: { offset: 3 } } })).code).toBe("read.zip-directory-corrupt");
    const bytes = buildXlsx(spec);
    expect(readFails(buildXlsx({ ...spec, zip: { end: { offset: bytes.length } } })).code).toBe("read.zip-directory-corrupt");
  });

  it("refuses more entries than the limit, from the directory alone", () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}`, data: "", method: 0 as const }));
    expect(readFails(writeZip(items))).toMatchObject({ code: "read.too-many-entries", params: { limit: 1000 } });
    expect(readFails(buildXlsx(spec), { limits: { maxEntries: 5 } }).code).toBe("read.too-many-entries");
  });

  it("refuses damaged compressed data", () => {
    const bytes = buildXlsx(spec).slice();
    const dv = new DataView(bytes.buffer);
    // Scribble over the deflated worksheet, keeping the zip structure intact.
    const sheet = centralRecords(bytes).map((p) => ({ p, name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + dv.getUint16(p + 28, true))) })).find((r) => r.name === "xl/worksheets/sheet1.xml")!;
    const local = dv.getUint32(sheet.p + 42, true);
    const start = local + 30 + dv.getUint16(local + 26, true);
    bytes.fill(0xff, start, start + dv.getUint32(sheet.p + 20, true));
    expect(readFails(bytes)).toMatchObject({ code: "read.zip-corrupt", params: { part: "xl/worksheets/sheet1.xml" } });
  });

  it("refuses an unknown compression method, and a password-encrypted zip entry", () => {
    const method = buildXlsx({ ...spec, extra: [{ name: "xl/worksheets/sheet1.xml", data: worksheet(sheetData), declaredMethod: 12 }] });
    expect(readFails(method)).toMatchObject({ code: "read.zip-method", params: { part: "xl/worksheets/sheet1.xml" } });
    const encrypted = buildXlsx({ ...spec, extra: [{ name: "xl/worksheets/sheet1.xml", data: worksheet(sheetData), flags: 1 }] });
    expect(readFails(encrypted).code).toBe("read.encrypted");
  });

  it("refuses a local header that is not one", () => {
    const bytes = buildXlsx(spec).slice();
    const dv = new DataView(bytes.buffer);
    const workbook = centralRecords(bytes).find((p) => new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + dv.getUint16(p + 28, true))) === "xl/workbook.xml")!;
    dv.setUint32(dv.getUint32(workbook + 42, true), 0x12345678, true);
    expect(readFails(bytes)).toMatchObject({ code: "read.zip-corrupt", params: { part: "xl/workbook.xml" } });
  });
});

describe("byte budgets", () => {
  it("refuses a part that inflates past the part limit, and the whole past the total limit", () => {
    const big = worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>${" ".repeat(200_000)}`);
    const bytes = buildXlsx({ sheets: [{ name: "A", xml: big }, { name: "B", xml: big }] });
    expect(readFails(bytes, { limits: { maxPartBytes: 100_000 } })).toMatchObject({ code: "read.part-too-large", params: { part: "xl/worksheets/sheet1.xml" } });
    expect(readFails(bytes, { limits: { maxTotalBytes: 300_000 } }).code).toBe("read.total-too-large");
    expect(readOk(bytes, { limits: { maxTotalBytes: 500_000 } }).workbook.sheets).toHaveLength(2);
  });

  it("counts stored entries too", () => {
    const bytes = buildXlsx({ sheets: [{ name: "A" }], extra: [{ name: "xl/worksheets/sheet1.xml", data: worksheet(" ".repeat(5000)), method: 0 }] });
    expect(readFails(bytes, { limits: { maxPartBytes: 4000 } }).code).toBe("read.part-too-large");
  });

  it("refuses a file over the size limit before looking inside", () => {
    const bytes = buildXlsx(spec);
    expect(readFails(bytes, { limits: { maxFileBytes: bytes.length - 1 } })).toMatchObject({ code: "read.too-large", params: { limit: expect.any(Number), size: expect.any(Number) } });
  });
});

describe("zips that are not workbooks", () => {
  it("names OpenDocument spreadsheets, and refuses other OpenDocument files", () => {
    const ods = writeZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 }, { name: "content.xml", data: "<x/>" }]);
    expect(readFails(ods).code).toBe("read.ods");
    const odt = writeZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text", method: 0 }]);
    expect(readFails(odt).code).toBe("read.not-spreadsheet");
  });

  it("names a binary workbook (.xlsb)", () => {
    const xlsb = writeZip([
      { name: "_rels/.rels", data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>' },
      { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00]) },
    ]);
    expect(readFails(xlsb).code).toBe("read.xlsb");
  });

  it("refuses an empty archive and an archive of other things", () => {
    expect(readFails(writeZip([])).code).toBe("read.not-spreadsheet");
    expect(readFails(writeZip([{ name: "word/document.xml", data: "<w:document/>" }])).code).toBe("read.not-spreadsheet");
  });
});
