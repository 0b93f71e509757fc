/**
 * A text longer than a cell may hold, in an .xls or an .ods: refused, and the message says
 * where, with every blank of the message filled. Found by widening the format fuzz test
 * (FUZZ_SEED=777123): the .xls and .ods readers gave no cell, so the message showed its
 * "{cell}" and "{sheet}" as written in the catalogue. Files crafted byte by byte.
 */
import { strToU8, zipSync } from "fflate";
import { describe as describeProblem } from "../../../src/core/problems";
import { OTHER_READERS } from "../../../src/xlsx/other-readers";
import { readAnyWorkbook } from "../../../src/xlsx/read-any";
import { compoundFile, latin, rec, u16, u32, workbookStream } from "../../helpers/xls-bytes";

const LIMIT = 32_767;

function refusal(bytes: Uint8Array): { code: string; params: Record<string, unknown>; text: string } {
  const r = readAnyWorkbook(bytes, {}, OTHER_READERS);
  if (r.ok) throw new Error("read");
  return { code: r.problem.code, params: r.problem.params, text: describeProblem(r.problem) };
}

const holes = (text: string) => text.match(/\{\w+\}/g) ?? [];

describe(".xls", () => {
  const cell = (row: number, col: number) => [...u16(row), ...u16(col), ...u16(0)];

  it("a cell's own text (LABEL) too long: refused, naming the cell and its sheet", () => {
    const label = rec(0x0204, cell(6, 3), u16(LIMIT + 1), [0], latin("x".repeat(60)));
    // The helper writes sheet names one byte a character: an ASCII name.
    const r = refusal(compoundFile(workbookStream([], [{ name: "So lieu", records: [label] }])));
    expect([r.code, r.params.cell, r.params.sheet, r.params.limit]).toEqual(["read.string-too-long", "D7", "So lieu", LIMIT]);
    expect(holes(r.text)).toEqual([]);
    expect(r.text).toContain("D7");
  });

  it("a shared string too long: refused, naming the table it is in", () => {
    const sst = rec(0x00fc, u32(1), u32(1), u16(LIMIT + 1), [0], latin("x".repeat(60)));
    const r = refusal(compoundFile(workbookStream([sst], [{ name: "S", records: [rec(0x00fd, cell(0, 0), u32(0))] }])));
    expect([r.code, r.params.limit]).toEqual(["read.string-too-long.file", LIMIT]);
    expect(holes(r.text)).toEqual([]);
    expect(r.text).toContain(String(r.params.part));
  });
});

describe(".ods", () => {
  const ods = (cells: string) =>
    zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "META-INF/manifest.xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
      "content.xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>' +
          `<table:table table:name="Số liệu"><table:table-row><table:table-cell/></table:table-row><table:table-row>${cells}</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
      ),
    });

  it.each([
    ["text", `<table:table-cell/><table:table-cell office:value-type="string"><text:p>${"x".repeat(LIMIT + 1)}</text:p></table:table-cell>`],
    ["spaces", `<table:table-cell/><table:table-cell office:value-type="string"><text:p>a<text:s text:c="${LIMIT + 1}"/></text:p></table:table-cell>`],
  ])("a cell's %s too long: refused, naming the cell and its sheet", (_, cells) => {
    const r = refusal(ods(cells));
    expect([r.code, r.params.cell, r.params.sheet, r.params.limit]).toEqual(["read.string-too-long", "B2", "Số liệu", LIMIT]);
    expect(holes(r.text)).toEqual([]);
  });

  it("reads the same sheet whose text fits", () => {
    const r = readAnyWorkbook(ods(`<table:table-cell/><table:table-cell office:value-type="string"><text:p>vừa</text:p></table:table-cell>`), {}, OTHER_READERS);
    expect(r.ok && r.format).toBe("ods");
  });
});
