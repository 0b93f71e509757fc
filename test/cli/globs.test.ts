/**
 * File-name patterns expanded by htsd itself, as Windows' shells never do and as a quoted
 * pattern arrives on any system.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { expandGlobs, segmentRegExp } from "../../src/cli/globs";
import { htsd } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "htsd-globs-"));
const inbox = join(root, "nhan");

beforeAll(() => {
  for (const f of ["[2025] nhan/08-muong-phang.xlsx", "a/01-kim-dong.xlsx", "a/02-hoa-ban.XLSX", "a/ghi-chu.txt", "a/.an.xlsx", "b/c/03-quai-cang.xlsx", "[2025] bc.xlsx", "x1.xlsx", "x2.xlsx", "y1.xlsx"]) {
    mkdirSync(join(inbox, f, ".."), { recursive: true });
    writeFileSync(join(inbox, f), "");
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rel = (paths: string[]) => paths.map((p) => p.slice(inbox.length + 1));

describe("expandGlobs", () => {
  it("expands * within a folder, leaving out other extensions and hidden files", async () => {
    expect(rel(await expandGlobs([`${inbox}/a/*.xlsx`], { platform: "linux" }))).toEqual(["a/01-kim-dong.xlsx"]);
  });

  it("expands ** through any depth of folders, and ?, [..], [!..], {a,b}", async () => {
    expect(rel(await expandGlobs([`${inbox}/**/*.xlsx`], { platform: "linux" }))).toEqual(["[2025] bc.xlsx", "[2025] nhan/08-muong-phang.xlsx", "a/01-kim-dong.xlsx", "b/c/03-quai-cang.xlsx", "x1.xlsx", "x2.xlsx", "y1.xlsx"]);
    expect(rel(await expandGlobs([`${inbox}/x?.xlsx`], { platform: "linux" }))).toEqual(["x1.xlsx", "x2.xlsx"]);
    expect(rel(await expandGlobs([`${inbox}/[xy]1.xlsx`], { platform: "linux" }))).toEqual(["x1.xlsx", "y1.xlsx"]);
    expect(rel(await expandGlobs([`${inbox}/[!x]*.xlsx`], { platform: "linux" }))).toEqual(["[2025] bc.xlsx", "y1.xlsx"]);
    expect(rel(await expandGlobs([`${inbox}/{x2,y1}.xlsx`], { platform: "linux" }))).toEqual(["x2.xlsx", "y1.xlsx"]);
  });

  it("acts as Windows does: backslashes separate folders and case is ignored", async () => {
    const windowsStyle = `${inbox}\\a\\*.xlsx`;
    expect(rel(await expandGlobs([windowsStyle], { platform: "win32" }))).toEqual(["a/01-kim-dong.xlsx", "a/02-hoa-ban.XLSX"]);
  });

  it("keeps a name that exists as written, and a pattern that matches nothing, unexpanded", async () => {
    const literal = join(inbox, "[2025] bc.xlsx");
    const none = `${inbox}/*.ods`;
    expect(await expandGlobs([literal, none, join(inbox, "x1.xlsx")], { platform: "linux" })).toEqual([literal, none, join(inbox, "x1.xlsx")]);
  });

  it("takes a folder whose name looks like a pattern by its name", async () => {
    expect(rel(await expandGlobs([`${inbox}/[2025] nhan/*.xlsx`], { platform: "linux" }))).toEqual(["[2025] nhan/08-muong-phang.xlsx"]);
  });

  it("matches one name per segment, never across folders", () => {
    expect(segmentRegExp("*.xlsx").test("a/b.xlsx")).toBe(false);
    expect(segmentRegExp("*.xlsx").test(".b.xlsx")).toBe(false);
    expect(segmentRegExp(".*").test(".b.xlsx")).toBe(true);
    expect(segmentRegExp("bao (cao)+.xlsx").test("bao (cao)+.xlsx")).toBe(true);
    expect(segmentRegExp("bao (cao)+.xlsx").test("bao cao.xlsx")).toBe(false);
  });
});

describe("a pattern on the command line", () => {
  it("`htsd check 'nhan/a/*.xlsx'` checks every file the pattern matches", async () => {
    const r = await htsd(["check", `${inbox}/a/*.xlsx`, `${inbox}/x?.xlsx`, "--json"]);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => basename(f.file));
    expect(files).toEqual(["01-kim-dong.xlsx", "x1.xlsx", "x2.xlsx"]);
  });

  it("a pattern matching nothing is reported as not found, by name", async () => {
    const r = await htsd(["check", `${inbox}/*.ods`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Không tìm thấy ${inbox}/*.ods.`);
  });
});
