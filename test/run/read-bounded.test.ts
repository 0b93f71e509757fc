/**
 * The worker's one-go read (`readBoundedSync`, `checkOneSync`) refuses what the awaited
 * read refuses, for the same reasons and in the same words: a FIFO or a folder where a
 * workbook was expected (never waited on), a file over the size limit (read only up to
 * the limit), and a path that cannot be opened. Inputs are crafted on disk, not mocked.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkOne, checkOneSync } from "../../src/cli/check-one";
import { readBounded, readBoundedSync } from "../../src/cli/files";
import { describe as describeProblem } from "../../src/core/problems";
import { message } from "../../src/core/messages";
import { DEFAULT_LIMITS } from "../../src/xlsx/reader";

const TODAY = "2025-11-24";
const work = mkdtempSync(join(tmpdir(), "htsd-read-"));
const at = (name: string) => join(work, name);

beforeAll(() => {
  execFileSync("mkfifo", [at("ong-dan.xlsx")]);
  mkdirSync(at("thu-muc.xlsx"));
  // One byte over the limit, and far over it: both refused by size, neither read whole.
  writeFileSync(at("qua-lon.xlsx"), new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1));
  writeFileSync(at("rat-lon.xlsx"), new Uint8Array(DEFAULT_LIMITS.maxFileBytes * 3));
  writeFileSync(at("vua.xlsx"), new Uint8Array(DEFAULT_LIMITS.maxFileBytes).fill(7));
  symlinkSync(at("vong-b.xlsx"), at("vong-a.xlsx"));
  symlinkSync(at("vong-a.xlsx"), at("vong-b.xlsx"));
  writeFileSync(at("tep"), "không phải thư mục");
});

const summary = (c: { problems: { code: string; params: object }[] }) => c.problems.map((p) => ({ code: p.code, params: p.params, text: describeProblem(p as never) }));

describe("reading a file in one go", () => {
  test.each([["ong-dan.xlsx"], ["thu-muc.xlsx"]])("refuses %s as not a regular file, at once, as the awaited read does", async (name) => {
    expect(() => readBoundedSync(at(name), DEFAULT_LIMITS.maxFileBytes)).toThrow(expect.objectContaining({ code: "ENOTREG" }));
    const sync = checkOneSync({ path: at(name), name }, TODAY);
    expect(sync.problems.map((p) => p.code)).toEqual(["read.not-regular"]);
    expect(describeProblem(sync.problems[0]!)).toBe(message("read.not-regular", { file: name }));
    expect(summary(sync)).toEqual(summary(await checkOne({ path: at(name), name }, TODAY)));
  });

  test("reads a file over the limit only up to one byte past it, and refuses it by size as the awaited read does", async () => {
    for (const name of ["qua-lon.xlsx", "rat-lon.xlsx"]) {
      expect(readBoundedSync(at(name), DEFAULT_LIMITS.maxFileBytes).length).toBe(DEFAULT_LIMITS.maxFileBytes + 1);
      const sync = checkOneSync({ path: at(name), name }, TODAY);
      expect(sync.problems.map((p) => p.code)).toEqual(["read.too-large"]);
      expect(summary(sync)).toEqual(summary(await checkOne({ path: at(name), name }, TODAY)));
    }
  });

  test("reads a file of exactly the limit whole, byte for byte", async () => {
    const bytes = readBoundedSync(at("vua.xlsx"), DEFAULT_LIMITS.maxFileBytes);
    expect(bytes.length).toBe(DEFAULT_LIMITS.maxFileBytes);
    expect(bytes.every((b) => b === 7)).toBe(true);
    expect(Buffer.from(bytes).equals(Buffer.from(await readBounded(at("vua.xlsx"), DEFAULT_LIMITS.maxFileBytes)))).toBe(true);
  });

  test.each([
    ["vong-a.xlsx", "a loop of links"],
    ["mat-roi.xlsx", "a file gone since the folder was listed"],
    [join("tep", "con.xlsx"), "a path through a file"],
  ])("refuses %s (%s) as a file that cannot be opened, saying why, as the awaited read does", async (name) => {
    const sync = checkOneSync({ path: at(name), name }, TODAY);
    expect(sync.problems.map((p) => p.code)).toEqual(["read.cannot-open"]);
    expect(sync.problems[0]!.params.detail).toMatch(/^E[A-Z]+: /);
    expect(summary(sync)).toEqual(summary(await checkOne({ path: at(name), name }, TODAY)));
  });
});
