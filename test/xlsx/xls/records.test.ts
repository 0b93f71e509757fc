/**
 * The .xls reader on crafted bytes (test/helpers/xls-bytes.ts): each record written by
 * hand, the expected cells the values written. What LibreOffice's files do not happen to
 * hold is covered here: RK's four encodings, MULRK, a shared string cut by a CONTINUE
 * where its characters change width, a string index past the table, sheets whose starts
 * point into one another, a tiny stream kept in the mini stream.
 */
import { cellKey, type RawWorkbook } from "../../../src/core/cells";
import { OTHER_READERS } from "../../../src/xlsx/other-readers";
import { readAnyWorkbook } from "../../../src/xlsx/read-any";
import { compoundFile, compoundFileMini, concat, f64, latin, rec, u16, u32, wide, workbookStream } from "../../helpers/xls-bytes";

function read(bytes: Uint8Array): RawWorkbook {
  const r = readAnyWorkbook(bytes, {}, OTHER_READERS);
  if (!r.ok) throw new Error(`${r.problem.code} ${JSON.stringify(r.problem.params)}`);
  expect(r.format).toBe("xls");
  return r.workbook;
}

function refused(bytes: Uint8Array): string {
  const r = readAnyWorkbook(bytes, {}, OTHER_READERS);
  if (r.ok) throw new Error("read");
  return r.problem.code;
}

const cell = (row: number, col: number, xf = 0) => [...u16(row), ...u16(col), ...u16(xf)];
const XF_GENERAL = rec(0x00e0, u16(0), u16(0), new Array(16).fill(0));
const XF_DATE = rec(0x00e0, u16(0), u16(14), new Array(16).fill(0));

it("reads RK in its four encodings, MULRK, NUMBER, and a date by its style", () => {
  // RK: integer 42; integer 1234 / 100; the double 1.5 (top 30 bits); the double 1.5 / 100.
  const rkDouble = new DataView(new Float64Array([1.5]).buffer).getUint32(4, true);
  const sheet = [
    rec(0x027e, cell(0, 0), u32((42 << 2) | 2)),
    rec(0x027e, cell(0, 1), u32((1234 << 2) | 3)),
    rec(0x027e, cell(0, 2), u32(rkDouble)),
    rec(0x027e, cell(0, 3), u32(rkDouble | 1)),
    rec(0x027e, cell(0, 4), u32(((-7 << 2) | 2) >>> 0)),
    rec(0x00bd, u16(1), u16(0), u16(0), u32((5 << 2) | 2), u16(0), u32((6 << 2) | 2), u16(1)),
    rec(0x0203, cell(2, 0), f64(1234567.891)),
    rec(0x0203, cell(3, 0, 1), f64(45938)),
  ];
  const wb = read(compoundFile(workbookStream([XF_GENERAL, XF_DATE], [{ name: "S", records: sheet }])));
  const at = (r: number, c: number) => wb.sheets[0]!.cells.get(cellKey(r, c));
  expect([1, 2, 3, 4, 5].map((c) => at(1, c))).toEqual([42, 12.34, 1.5, 0.015, -7].map((value) => ({ kind: "number", value })));
  expect([at(2, 1), at(2, 2), at(2, 3)]).toEqual([{ kind: "number", value: 5 }, { kind: "number", value: 6 }, undefined]);
  expect(at(3, 1)).toEqual({ kind: "number", value: 1234567.891 });
  expect(at(4, 1)).toEqual({ kind: "number", value: 45938, numFmt: "mm-dd-yy" });
});

it("reads shared strings cut by CONTINUE records, the second part in other-width characters", () => {
  // "Trường" in two bytes per character, "ab" + "cd": the cut falls among the characters,
  // and the continuation's own flags byte says the rest is one byte per character.
  const first = [...u16(6), 1, ...wide("Trường")];
  const second = [...u16(4), 0, ...latin("ab")];
  const sst = rec(0x00fc, u32(2), u32(2), first, second);
  const cont = rec(0x003c, [0], latin("cd"));
  const sheet = [rec(0x00fd, cell(0, 0), u32(0)), rec(0x00fd, cell(0, 1), u32(1))];
  const wb = read(compoundFile(workbookStream([concat([sst, cont])], [{ name: "S", records: sheet }])));
  expect(wb.sheets[0]!.cells.get(cellKey(1, 1))).toEqual({ kind: "string", value: "Trường" });
  expect(wb.sheets[0]!.cells.get(cellKey(1, 2))).toEqual({ kind: "string", value: "abcd" });
});

it("refuses a shared-string index past the table, naming the cell", () => {
  const sst = rec(0x00fc, u32(1), u32(1), u16(1), [0], latin("a"));
  const r = readAnyWorkbook(compoundFile(workbookStream([sst], [{ name: "S", records: [rec(0x00fd, cell(4, 2), u32(7))] }])), {}, OTHER_READERS);
  expect(r.ok ? "read" : [r.problem.code, r.problem.params.cell]).toEqual(["read.string-index", "C5"]);
});

it("refuses sheets whose starts point into one another, before reading the file over and over", () => {
  const cells = Array.from({ length: 400 }, (_, i) => rec(0x0203, cell(i % 100, Math.floor(i / 100)), f64(i)));
  const stream = workbookStream([], [{ name: "S", records: cells }]);
  // The one BOUNDSHEET said a thousand times: every sheet is the same sheet.
  const bound = stream.findIndex((_, i) => stream[i] === 0x85 && stream[i + 1] === 0);
  const one = stream.subarray(bound, bound + 4 + (stream[bound + 2]! | (stream[bound + 3]! << 8)));
  const offset = stream[bound + 4]! | (stream[bound + 5]! << 8);
  const many = Array.from({ length: 1000 }, (_, i) => rec(0x0085, u32(offset + 999 * one.length), [0, 0], [1, 0], latin(String.fromCharCode(65 + (i % 26)))));
  const head = stream.subarray(0, bound);
  const rest = stream.subarray(bound + one.length);
  expect(refused(compoundFile(concat([head, ...many, rest])))).toBe("read.xls-corrupt");
});

it("says an Excel 5.0/95 workbook is too old, and refuses an OLE2 file that holds no workbook", () => {
  expect(refused(compoundFile(workbookStream([], []), "Book"))).toBe("read.xls-biff-old");
  expect(refused(compoundFile(new Uint8Array(100), "WordDocument"))).toBe("read.not-spreadsheet");
});

it("reads a workbook small enough to live in the mini stream", () => {
  const sst = rec(0x00fc, u32(1), u32(1), u16(5), [0], latin("nhoxy"));
  const sheet = [rec(0x00fd, cell(0, 0), u32(0)), rec(0x0203, cell(1, 1), f64(2025))];
  const stream = workbookStream([sst], [{ name: "S", records: sheet }]);
  expect(stream.length).toBeLessThan(4096);
  const wb = read(compoundFileMini(stream));
  expect(wb.sheets[0]!.cells.get(cellKey(1, 1))).toEqual({ kind: "string", value: "nhoxy" });
  expect(wb.sheets[0]!.cells.get(cellKey(2, 2))).toEqual({ kind: "number", value: 2025 });
});
