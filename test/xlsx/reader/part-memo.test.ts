/**
 * Parts kept from one file and given again to the next (part-memo.ts): a file reads the
 * same whether another file with the same parts was read before it or not, and nothing
 * the reader checks (limits, the budget, a lying directory, a damaged part) is skipped
 * because a part was kept. Each case is read twice: after a file that shares its parts,
 * and afresh with nothing kept; the outcomes must be equal, and what the test wrote.
 */
import { readWorkbook, forgetKeptParts, type ReadOptions, type ReadResult } from "../../../src/xlsx/reader";
import { buildXlsx, stylesXml, worksheet, type XlsxSpec } from "./build-xlsx";
import { cellsOf, sheetNamed } from "./read-helpers";

const STYLES = stylesXml([0, 164, 3], { 164: "dd/mm/yyyy" });
const spec = (sheetData: string, extra: Partial<XlsxSpec> = {}): XlsxSpec => ({ sheets: [{ name: "Biểu mẫu", sheetData }], styles: STYLES, ...extra });
const FIRST_CELLS = '<row r="1"><c r="A1" s="1"><v>45931</v></c></row>';
const first = buildXlsx(spec(FIRST_CELLS));

/** `bytes` read right after `first` (its parts kept), and read with nothing kept. */
function bothWays(bytes: Uint8Array, options?: ReadOptions): { afterFirst: ReadResult; fresh: ReadResult } {
  forgetKeptParts();
  expect(readWorkbook(first).ok).toBe(true);
  const afterFirst = readWorkbook(bytes, options);
  forgetKeptParts();
  const fresh = readWorkbook(bytes, options);
  return { afterFirst, fresh };
}

function problemOf(r: ReadResult): string {
  return r.ok ? "read" : r.problem.code;
}

describe("parts kept from one file for the next", () => {
  afterAll(() => forgetKeptParts());

  it("reads a second file with the same styles, workbook and rels as it reads alone", () => {
    const second = buildXlsx(spec('<row r="2"><c r="B2" s="1"><v>45000</v></c><c r="C2" s="2"><v>1500</v></c></row>'));
    const { afterFirst, fresh } = bothWays(second);
    expect(afterFirst).toEqual(fresh);
    if (!afterFirst.ok) throw new Error(afterFirst.problem.code);
    expect(cellsOf(sheetNamed(afterFirst.workbook, "Biểu mẫu"))).toEqual({
      B2: { kind: "number", value: 45000, numFmt: "dd/mm/yyyy" },
      C2: { kind: "number", value: 1500, numFmt: "#,##0" },
    });
  });

  it("reads the styles of a file whose styles differ, not the kept ones", () => {
    const other = buildXlsx(spec('<row r="1"><c r="A1" s="1"><v>45931</v></c></row>', { styles: stylesXml([0, 4]) }));
    const { afterFirst, fresh } = bothWays(other);
    expect(afterFirst).toEqual(fresh);
    if (!afterFirst.ok) throw new Error(afterFirst.problem.code);
    expect(cellsOf(afterFirst.workbook.sheets[0]!)).toEqual({ A1: { kind: "number", value: 45931, numFmt: "#,##0.00" } });
  });

  it("still applies tighter limits to a part kept under looser ones", () => {
    // Only the styles' `<xf>` has five attributes: the other parts pass this limit.
    const { afterFirst, fresh } = bothWays(first, { limits: { maxXmlAttributes: 4 } });
    expect(problemOf(afterFirst)).toBe("read.xml-too-many-attributes");
    expect(afterFirst).toEqual(fresh);
  });

  it("still counts kept parts against the budget of all parts", () => {
    const size = (xml: string): number => new TextEncoder().encode(xml).length;
    // Room for the styles and the sheet, not for the package and workbook parts read before them.
    const limit = size(STYLES) + size(worksheet(FIRST_CELLS)) + 50;
    const { afterFirst, fresh } = bothWays(first, { limits: { maxTotalBytes: limit } });
    expect(problemOf(afterFirst)).toBe("read.total-too-large");
    expect(afterFirst).toEqual(fresh);
  });

  it("refuses a part whose directory lies about its size, even when its bytes were kept", () => {
    const styles = new TextEncoder().encode(STYLES);
    const lying = buildXlsx(spec('<row r="1"><c r="A1" s="1"><v>45931</v></c></row>', { extra: [{ name: "xl/styles.xml", data: styles, declaredSize: styles.length + 7 }] }));
    const { afterFirst, fresh } = bothWays(lying);
    expect(problemOf(afterFirst)).toBe("read.zip-corrupt");
    expect(afterFirst).toEqual(fresh);
  });

  it("refuses a styles part damaged in one byte, even when the intact one was kept", () => {
    const damaged = first.slice();
    const at = findPart(damaged, "xl/styles.xml");
    damaged[at + 20] ^= 0x01;
    const { afterFirst, fresh } = bothWays(damaged);
    expect(afterFirst.ok).toBe(false);
    expect(afterFirst).toEqual(fresh);
  });
});

/** Where an entry's compressed data starts, from its local header. */
function findPart(zip: Uint8Array, name: string): number {
  const want = new TextEncoder().encode(name);
  for (let p = 0; p + 30 < zip.length; p++) {
    if (zip[p] !== 0x50 || zip[p + 1] !== 0x4b || zip[p + 2] !== 3 || zip[p + 3] !== 4) continue;
    const nameLength = zip[p + 26]! | (zip[p + 27]! << 8);
    const extraLength = zip[p + 28]! | (zip[p + 29]! << 8);
    if (nameLength === want.length && want.every((b, i) => zip[p + 30 + i] === b)) return p + 30 + nameLength + extraLength;
  }
  throw new Error(`no ${name}`);
}
