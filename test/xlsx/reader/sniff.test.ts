/** Files that are not zips: told apart so the message says what was actually sent. */
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { readWorkbook } from "../../../src/xlsx/reader";
import { UNREADABLE_DIR } from "../../fixtures/unreadable/make-fixtures";
import { readFails } from "./read-helpers";

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * A minimal compound file (512-byte sectors): sector 0 holds the FAT, the directory
 * follows in as many sectors as it needs, four entries each.
 */
function compoundFile(names: string[]): Uint8Array {
  const entries = ["Root Entry", ...names];
  const dirSectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  const dv = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  dv.setUint16(0x1a, 0x3e, true);
  dv.setUint16(0x1c, 0x03, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint32(0x2c, 1, true); // one FAT sector
  dv.setUint32(0x30, 1, true); // directory starts at sector 1
  dv.setUint32(0x44, 0xfffffffe, true);
  dv.setUint32(0x4c, 0, true); // FAT in sector 0
  for (let i = 1; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  const fat = 512;
  dv.setUint32(fat, 0xfffffffd, true);
  for (let s = 1; s <= dirSectors; s++) dv.setUint32(fat + s * 4, s === dirSectors ? 0xfffffffe : s + 1, true);
  entries.forEach((name, i) => {
    const at = 512 * (2 + Math.floor(i / 4)) + (i % 4) * 128;
    for (let c = 0; c < name.length; c++) dv.setUint16(at + c * 2, name.charCodeAt(c), true);
    dv.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

describe("compound (OLE2) files", () => {
  it("tells an old workbook from an encrypted one by the streams in its directory", () => {
    expect(readFails(compoundFile(["Workbook", "\u0005SummaryInformation"])).code).toBe("read.old-xls");
    expect(readFails(compoundFile(["Book"])).code).toBe("read.old-xls");
    expect(readFails(compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"])).code).toBe("read.encrypted");
    expect(readFails(compoundFile(["WordDocument", "1Table"])).code).toBe("read.not-spreadsheet");
  });

  it("walks a directory longer than one sector", () => {
    expect(readFails(compoundFile(["A", "B", "C", "D", "E", "F", "EncryptedPackage"])).code).toBe("read.encrypted");
  });

  it("falls back to calling a damaged compound file an old workbook", () => {
    const broken = compoundFile(["EncryptedPackage"]);
    new DataView(broken.buffer).setUint32(0x30, 0x7fffffff, true);
    expect(readFails(broken).code).toBe("read.old-xls");
    expect(readFails(broken.subarray(0, 100)).code).toBe("read.old-xls");
  });

  it("answers for damaged real compound files", () => {
    const files = ["old-format.xls", "password-protected.xlsx"].map((n) => new Uint8Array(readFileSync(join(UNREADABLE_DIR, n))));
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 12 }), (file, edits) => {
        const bytes = file.slice();
        for (const [at, v] of edits) bytes[8 + (at % (bytes.length - 8))] = v;
        const result = readWorkbook(bytes);
        return !result.ok && ["read.old-xls", "read.encrypted", "read.not-spreadsheet"].includes(result.problem.code);
      }),
      { numRuns: 300 },
    );
  });
});

describe("text files", () => {
  it("names CSV in any of its usual shapes", () => {
    expect(readFails(text("STT;Các hoạt động;Số lớp\n1;Bồi dưỡng;12\n")).code).toBe("read.csv");
    expect(readFails(text("a\tb\tc\n1\t2\t3\n")).code).toBe("read.csv");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("a,b\r\n1,2\r\n").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(readFails(utf16).code).toBe("read.csv");
    // Windows-1258 bytes are not UTF-8, but the file is still text.
    expect(readFails(new Uint8Array([0x53, 0x54, 0x54, 0x2c, 0xd0, 0xf5, 0x6e, 0x20, 0x76, 0xf2, 0x0d, 0x0a, 0x31, 0x2c, 0x32])).code).toBe("read.csv");
  });

  it("names web pages, including Excel's own 'web page' exports", () => {
    expect(readFails(text("\uFEFF<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>")).code).toBe("read.html");
    expect(readFails(text("<table border=1><tr><td>STT</td></tr></table>")).code).toBe("read.html");
    expect(readFails(text('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html\r\n')).code).toBe("read.html");
  });

  it("names other text, and binary files it does not know", () => {
    expect(readFails(text("Kính gửi Phòng Giáo dục và Đào tạo.\n")).code).toBe("read.text");
    expect(readFails(text("%PDF-1.7\n%âãÏÓ\n")).code).toBe("read.unknown-format");
    expect(readFails(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04, 0x05])).code).toBe("read.unknown-format");
  });

  it("calls a file that starts like a zip but has no end truncated", () => {
    expect(readFails(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])).code).toBe("read.truncated");
  });
});
