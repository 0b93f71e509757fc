/**
 * Every entry of an inbox folder accounted for: what is read, and what is not and why. A
 * FIFO never blocks the run (it is never opened), a link is never followed, a name that is
 * not valid UTF-8 is read by its bytes, an .xltx is read and an .xlsb gets its own message.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strToU8, zipSync } from "fflate";
import { message } from "../../src/core/messages";
import { htsd } from "../cli/run-cli";
import { schoolFile } from "./school-files";

/** A binary workbook's package as Excel writes one: the workbook part is `xl/workbook.bin`. */
function xlsbBytes(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>'),
    "_rels/.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'),
    "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]),
  });
}

describe("a folder scan", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-scan-"));
  const inbox = join(work, "inbox");
  /** "Trường-Ð" in Windows-1258 bytes: not UTF-8, as a zip made on Windows unpacks on Linux. */
  const latin = Buffer.concat([Buffer.from(inbox + "/07-Tr"), Buffer.from([0xf0, 0xf2]), Buffer.from("ng.xlsx")]);
  let json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let code: number;

  beforeAll(async () => {
    mkdirSync(join(inbox, "dot-2"), { recursive: true });
    await schoolFile(join(inbox, "01-quai-cang.xlsx"), { unit: "Trường THCS Quài Cang", rows: { "1.1": { count: 2, people: 45 } } });
    await schoolFile(join(inbox, "02-mau-excel.xltx"), { unit: "Trường TH Chiềng Sinh", template: true, rows: { "1.1": { count: 1, people: 30 } } });
    await schoolFile(join(work, "latin.xlsx"), { unit: "Trường Mầm non Ð", rows: { "1.1": { count: 4, people: 7 } } });
    copyFileSync(join(work, "latin.xlsx"), latin);
    await schoolFile(join(inbox, "dot-2", "05-muong-thin.xlsx"), { unit: "Trường MN Mường Thín", rows: { "1.1": { count: 3, people: 11 } } });
    writeFileSync(join(inbox, "03-nhi-phan.xlsb"), xlsbBytes());
    copyFileSync(join(inbox, "01-quai-cang.xlsx"), join(inbox, "04-khong-duoi"));
    writeFileSync(join(inbox, "huong-dan.pdf"), "%PDF-1.4\n");
    copyFileSync(join(inbox, "01-quai-cang.xlsx"), join(inbox, ".an.xlsx"));
    copyFileSync(join(inbox, "01-quai-cang.xlsx"), join(inbox, "~$01-quai-cang.xlsx"));
    symlinkSync(join(inbox, "01-quai-cang.xlsx"), join(inbox, "06-lien-ket.xlsx"));
    execFileSync("mkfifo", [join(inbox, "08-ong-dan.xlsx")]);
    const r = await htsd(["consolidate", inbox, "--out", join(work, "tong-hop.xlsx"), "--json"]);
    code = r.code;
    json = JSON.parse(r.stdout);
  }, 60_000);

  it("reads .xlsx, .xltx, a subfolder and a name that is not UTF-8, and writes the summary", () => {
    expect(code).toBe(0);
    expect(json.accepted.map((a: { unit: string }) => a.unit).sort()).toEqual(["Trường MN Mường Thín", "Trường Mầm non Ð", "Trường TH Chiềng Sinh", "Trường THCS Quài Cang"]);
    expect(json.rows["1.1"]).toEqual({ count: 2 + 1 + 4 + 3, people: 45 + 30 + 7 + 11 });
    expect(existsSync(join(work, "tong-hop.xlsx"))).toBe(true);
  });

  it("refuses the .xlsb with its own message", () => {
    expect(json.rejected).toEqual([{ file: join(inbox, "03-nhi-phan.xlsb"), code: "consolidate.rejected.unreadable", message: message("consolidate.rejected.unreadable", { reason: message("read.xlsb") }) }]);
  });

  it("lists every entry it did not read, with why, and never opens the FIFO or follows the link", () => {
    const skipped = Object.fromEntries(json.skipped.map((s: { file: string; reason: string }) => [s.file.slice(inbox.length + 1), s.reason]));
    expect(skipped).toEqual({
      "04-khong-duoi": "no-extension",
      "huong-dan.pdf": "other-format",
      ".an.xlsx": "hidden",
      "~$01-quai-cang.xlsx": "lock-file",
      "06-lien-ket.xlsx": "link",
      "08-ong-dan.xlsx": "fifo",
    });
    for (const s of json.skipped) expect(s.message).toBe(message(`cli.skipped.${s.reason}` as never, { extensions: ".xlsx, .xlsm, .xltx, .xlsb, .xls, .ods, .csv" }));
  });

  it("says the same to a person, before the summary", async () => {
    const r = await htsd(["consolidate", inbox, "--out", join(work, "tong-hop-2.xlsx")]);
    expect(r.stdout).toContain(message("cli.skipped.title", { count: 6 }));
    expect(r.stdout).toContain(`${join(inbox, "08-ong-dan.xlsx")}: ${message("cli.skipped.fifo")}`);
  }, 60_000);

  it("refuses a named FIFO without opening it, and `check` lists a folder's skipped entries too", async () => {
    const r = await htsd(["check", join(inbox, "08-ong-dan.xlsx"), join(inbox, "dot-2"), "--json"]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.skipped).toEqual([{ file: join(inbox, "08-ong-dan.xlsx"), reason: "fifo", message: message("cli.skipped.fifo") }]);
    expect(out.files.map((f: { unit: string }) => f.unit)).toEqual(["Trường MN Mường Thín"]);
  });
});

describe("an input path that does not exist", () => {
  it("is an error with exit 2, and nothing is consolidated or written", async () => {
    const work = mkdtempSync(join(tmpdir(), "htsd-missing-"));
    await schoolFile(join(work, "01.xlsx"), { unit: "Trường A", rows: { "1.1": { count: 1, people: 2 } } });
    const r = await htsd(["consolidate", work, join(work, "khong-co"), "--out", join(work, "out", "tong-hop.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message("cli.error.notFound", { file: join(work, "khong-co") }));
    expect(r.stderr).toContain(message("cli.error.missingInputs", { count: 1 }));
    expect(existsSync(join(work, "out", "tong-hop.xlsx"))).toBe(false);
  }, 30_000);
});
