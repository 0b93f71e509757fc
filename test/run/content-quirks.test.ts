/**
 * Submitted content that used to stop the whole consolidation (exit 3, a stack trace, no
 * summary): texts that outgrow a cell once quoted or joined, amounts of 1e308 that sum to
 * Infinity, a marker claiming 1e308 units, and a unit name carrying terminal escapes. Each
 * becomes its file's problem or a visible cut; the rest of the inbox is consolidated.
 * Every fixture is filled by openpyxl; the written summary is read back by openpyxl too.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { message } from "../../src/core/messages";
import { htsd } from "../cli/run-cli";
import { PYTHON, schoolFile, type RowSpec } from "./school-files";

const LONG_NAME = ("Trường Tiểu học " + "Nguyễn Thị Minh Khai ".repeat(1555)).trim(); // 32,670 characters: fits a cell, not a message quoting it
/** Short enough for a failing assertion to print. */
const shown = (unit: string) => (unit === LONG_NAME ? "LONG_NAME" : unit.length > 200 ? `${unit.slice(0, 200)}… (${unit.length})` : unit);
const LONG_NOTE = "Ghi chú rất dài. ".repeat(1200); // 20,400 characters: two of them joined outgrow a cell
/** As Excel stores characters XML cannot hold: an OSC 52 (rewrite the clipboard) and a clear-screen. */
const ESCAPED_NAME = "Trường THCS _x001B_]52;c;cm0gLXJmIH4=_x0007_Hồng Quang_x001B_[2J";
const DECODED_NAME = "Trường THCS \u001b]52;c;cm0gLXJmIH4=\u0007Hồng Quang\u001b[2J";

interface Unit {
  file: string;
  unit: string;
  rows: Record<string, RowSpec>;
  marker?: string;
}

const UNITS: Unit[] = [
  { file: "01-tot.xlsx", unit: "Trường THCS Quài Cang", rows: { "1.1": { count: 2, people: 45 }, "10.1": { amount: 2_000_000 } } },
  { file: "02-ghi-chu-dai.xlsx", unit: "Trường TH Chiềng Sinh", rows: { "1.1": { count: 1, people: 10, note: LONG_NOTE }, "1.2": { count: 1, people: 3, note: LONG_NOTE } } },
  { file: "03-ten-dai.xlsx", unit: LONG_NAME, rows: { "1.1": { count: 5, people: 50 } } },
  { file: "04-ten-dai-gui-lai.xlsx", unit: LONG_NAME, rows: { "1.1": { count: 6, people: 60 } } },
  { file: "05-tien-1e308.xlsx", unit: "Trường MN Hoa Ban", rows: { "1.1": { count: 1, people: 1 }, "10.1": { amount: 1e308 } } },
  { file: "06-tien-1e308-nua.xlsx", unit: "Trường MN Hoa Mai", rows: { "10.1": { amount: 1e308 }, "1.2": { count: 1e10, people: 2 } } },
  { file: "07-dau-1e308-don-vi.xlsx", unit: "Trường TH Mường Thín", rows: { "1.1": { count: 3, people: 9 } }, marker: "HTSD|form=stats-table|version=1|year=2025|units=1e308" },
  { file: "08-ten-co-ma-dieu-khien.xlsx", unit: ESCAPED_NAME, rows: { "1.1": { count: 4, people: 8 } } },
];

describe("content that no longer stops the run", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-content-"));
  const inbox = join(work, "inbox");
  const expectedList = join(work, "danh-sach.txt");

  beforeAll(async () => {
    mkdirSync(inbox);
    for (const u of UNITS) await schoolFile(join(inbox, u.file), { unit: u.unit, rows: u.rows, ...(u.marker ? { marker: u.marker } : {}) });
    writeFileSync(expectedList, "Trường THCS Quài Cang\nTrường TH Chiềng Sinh\n");
  }, 120_000);

  const summaryOf = (file: string) => JSON.parse(execFileSync(PYTHON, [join(__dirname, "read-summary.py"), file], { encoding: "utf8" }));

  it("consolidates the inbox; an amount or count beyond any unit's is an error on its cell that keeps its file out", async () => {
    const out = join(work, "tong-hop.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out, "--expected", expectedList, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    const rejected = Object.fromEntries(json.rejected.map((x: { file: string; code: string }) => [x.file.slice(inbox.length + 1), x.code]));
    expect(rejected).toEqual({ "05-tien-1e308.xlsx": "consolidate.rejected.errors", "06-tien-1e308-nua.xlsx": "consolidate.rejected.errors", "03-ten-dai.xlsx": "consolidate.duplicate.dropped" });
    // Read for the cells' own messages with `htsd check`.
    const check = JSON.parse((await htsd(["check", join(inbox, "05-tien-1e308.xlsx"), join(inbox, "06-tien-1e308-nua.xlsx"), "--json"])).stdout);
    const tooLarge = check.files.map((f: { issues: { code: string; cell: string }[] }) => f.issues.filter((i) => i.code === "check.cell.tooLarge").map((i) => i.cell));
    expect(tooLarge).toEqual([["D52"], ["D16", "D52"]]);
    const accepted = ["Trường THCS Quài Cang", "Trường TH Chiềng Sinh", "LONG_NAME", "Trường TH Mường Thín", DECODED_NAME];
    expect(json.accepted.map((a: { unit: string }) => shown(a.unit)).sort()).toEqual([...accepted].sort());
    expect(json.rows["1.1"]).toEqual({ count: 2 + 1 + 6 + 3 + 4, people: 45 + 10 + 60 + 9 + 8 });
    expect(json.rows["10.1"]).toEqual({ amount: 2_000_000 });
    const written = summaryOf(out);
    expect(written.tooLong).toEqual([]);
    expect(written.notFinite).toEqual([]);
  }, 120_000);

  it("cuts texts that outgrow a cell, visibly, and names each cut cell", async () => {
    const out = join(work, "tong-hop-cat.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out, "--expected", expectedList, "--json"]);
    const json = JSON.parse(r.stdout);
    const cut = json.unfit.map((u: { sheet: string; cell: string }) => `${u.sheet}!${u.cell}`).sort();
    expect(cut).toEqual(summaryOf(out).cut.sort());
    // The joined notes in Chi tiết, and Nhật ký's lines quoting the long name (kept over a duplicate, off the list).
    expect(cut.some((c: string) => c.startsWith("Chi tiết!"))).toBe(true);
    expect(cut.filter((c: string) => c.startsWith("Nhật ký!")).length).toBeGreaterThanOrEqual(2);
    for (const u of json.unfit) expect(u.message).toBe(message("cli.warning.clipped", { where: `'${u.sheet}'!${u.cell}`, length: u.length, limit: 32_767, mark: "…[đã cắt]" }));
    const human = await htsd(["consolidate", inbox, "--out", join(work, "tong-hop-3.xlsx"), "--expected", expectedList]);
    for (const u of json.unfit) expect(human.stdout).toContain(u.message);
  }, 120_000);

  it("with --accept-errors the 1e308 cells are left out and every sum stays finite; 1e308 units never reach the summary", async () => {
    const out = join(work, "tong-hop-loi.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out, "--accept-errors"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Infinity|NaN/);
    expect(r.stdout).toContain(message("cli.consolidate.funding", { state: "2.000.000", other: "—", total: "2.000.000" }));
    const written = summaryOf(out);
    expect(written.notFinite).toEqual([]);
    expect(written.tooLong).toEqual([]);
  }, 120_000);

  it("shows control characters of a unit's name escaped on the terminal, and exact in --json", async () => {
    const human = await htsd(["check", join(inbox, "08-ten-co-ma-dieu-khien.xlsx")]);
    expect(human.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
    expect(human.stdout).toContain("Trường THCS \\u001B]52;c;cm0gLXJmIH4=\\u0007Hồng Quang\\u001B[2J");
    const json = JSON.parse((await htsd(["check", join(inbox, "08-ten-co-ma-dieu-khien.xlsx"), "--json"])).stdout);
    expect(json.files[0].unit).toBe(DECODED_NAME);
  }, 60_000);
});
