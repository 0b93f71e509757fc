/**
 * `htsd consolidate` on a consolidator's real inbox: every number of the summary, the log,
 * the fate of every file, the sources untouched, and the formulas recomputed by LibreOffice.
 */
import { createHash } from "crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbook } from "../../src/xlsx/reader";
import { checkWorkbook } from "../../src/core/pipeline";
import type { RawSheet } from "../../src/core/cells";
import type { StatsReport } from "../../src/core/kinds/stats-table";
import { convertWithLibreOffice, toolsPresent } from "../helpers/libreoffice";
import { makeInbox, type Inbox } from "./mixed-folder";
import { htsd } from "./run-cli";

const hashes = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));

describe("htsd consolidate on a mixed inbox", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-consolidate-"));
  const out = join(work, "tong-hop.xlsx");
  const withLibreOffice = toolsPresent(["soffice"]);
  let inbox: Inbox;
  let before: Record<string, string>;
  let json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let code: number;

  beforeAll(async () => {
    inbox = await makeInbox(work, withLibreOffice);
    before = hashes(inbox.dir);
    const r = await htsd(["consolidate", inbox.dir, "--out", out, "--expected", inbox.expectedList, "--deadline", "2025-10-09", "--json"]);
    code = r.code;
    json = JSON.parse(r.stdout);
  }, 240_000);

  it("writes the summary and leaves every source byte as it was", () => {
    expect(code).toBe(0);
    expect(hashes(inbox.dir)).toEqual(before);
  });

  it("accepts the good files, rejects the unreadable one and the superseded duplicate", () => {
    expect(json.accepted.map((a: { unit: string }) => a.unit).sort()).toEqual([...inbox.accepted].sort());
    const rejected = Object.fromEntries(json.rejected.map((r: { file: string; code: string }) => [r.file.split("/").pop(), r.code]));
    expect(rejected).toEqual({ "06-unreadable.xlsx": "consolidate.rejected.unreadable", "03-muong-thin-first.xlsx": "consolidate.duplicate.dropped" });
    expect(json.duplicates).toEqual([{ unit: "Trường Mầm non Mường Thín", files: [expect.stringContaining("03-muong-thin-first.xlsx"), expect.stringContaining("04-muong-thin-corrected.xlsx")], kept: expect.stringContaining("04-muong-thin-corrected.xlsx") }]);
    expect(json.missing).toEqual(["Trường THCS Chiềng Sinh"]);
    expect(json.unexpected).toEqual(["Trung tâm GDNN-GDTX huyện"]);
    expect(json.late).toEqual(["Trường Mầm non Mường Thín"]);
  });

  it("sums every row by code, exactly, and leaves rows every unit left blank empty", () => {
    const reported = Object.fromEntries(Object.entries(json.rows).filter(([, v]) => Object.keys(v as object).length > 0));
    expect(reported).toEqual(inbox.rows);
    expect(json.rows["1.12"]).toEqual({});
  });

  it("states the participation and funding totals as forms.md defines them", () => {
    const r = inbox.rows;
    const people = (codes: string[]) => codes.reduce((s, c) => s + (r[c]?.people ?? 0), 0);
    const trainees = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13"].reduce((s, c) => s + (r[c]?.people ?? 0), 0);
    const activities = people(["5.3", "5.4", "5.5", "5.6", "6.1", "6.2", "6.3"]);
    expect(json.totals.participation).toEqual({ trainees, activities, total: trainees + activities });
    const state = r["10.1"]!.amount!;
    const other = r["10.2"]!.amount!;
    expect(json.totals.funding).toEqual({ state, other, total: state + other });
  });

  it("logs the text-numbers it read, file by file", () => {
    const quaiNua = json.accepted.find((a: { unit: string }) => a.unit === "Trường Tiểu học Quài Nưa");
    expect(quaiNua.warnings.filter((w: { code: string }) => w.code === "check.cell.textNumber").map((w: { cell: string }) => w.cell).sort()).toEqual(["D53", "E36"]);
  });

  describe("the summary workbook", () => {
    let sheets: Map<string, RawSheet>;
    beforeAll(() => {
      const read = readWorkbook(readFileSync(out));
      if (!read.ok) throw new Error(read.problem.code);
      sheets = new Map(read.workbook.sheets.map((s) => [s.name, s]));
    });

    it("has Tổng hợp, Chi tiết and Nhật ký", () => {
      expect([...sheets.keys()]).toEqual(["Tổng hợp", "Chi tiết", "Nhật ký"]);
    });

    it("keeps a formula-looking unit name as inert text", () => {
      const detail = sheets.get("Chi tiết")!;
      const cells = [...detail.cells.values()].filter((c) => c.kind === "string" && c.value.startsWith("=HYPERLINK"));
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c.formula).toBeUndefined();
      const xml = strFromU8(unzipSync(readFileSync(out))["xl/worksheets/sheet2.xml"]!);
      expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    });

    it("lists every file and the missing unit in Nhật ký", () => {
      const log = sheets.get("Nhật ký")!;
      const text = [...log.cells.values()].map((c) => (c.kind === "string" ? c.value : "")).join("\n");
      for (const f of readdirSync(inbox.dir)) expect(text).toContain(f);
      expect(text).toContain("Trường THCS Chiềng Sinh");
    });

    it("is itself a form that consolidates again to the same numbers", async () => {
      const read = readWorkbook(readFileSync(out));
      if (!read.ok) throw new Error(read.problem.code);
      const again = checkWorkbook(read.workbook, { file: "tong-hop.xlsx", today: "2025-11-24" });
      expect(again.form).toBe("stats-table");
      expect((again.report as StatsReport).unitsCovered).toBe(inbox.accepted.length);
      const values = Object.fromEntries(Object.entries((again.report as StatsReport).values).filter(([, v]) => Object.keys(v).length > 0));
      expect(values).toEqual(inbox.rows);
    });
  });

  it("gives the same totals when LibreOffice recalculates every formula itself", () => {
    if (!withLibreOffice) return;
    // With the cached values removed, what LibreOffice shows is only what it computed.
    const files = unzipSync(readFileSync(out));
    const sheet1 = strFromU8(files["xl/worksheets/sheet1.xml"]!).replace(/(<c [^>]*?)(?: t="(?:str|n|e|b)")?(>\s*<f>[^<]*<\/f>)\s*<v>[^<]*<\/v>/g, "$1$2");
    expect(sheet1).not.toMatch(/<\/f>\s*<v>/);
    files["xl/worksheets/sheet1.xml"] = strToU8(sheet1);
    const uncached = join(work, "uncached.xlsx");
    writeFileSync(uncached, zipSync(files));
    // Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8).
    const csv = readFileSync(convertWithLibreOffice(uncached, "csv:Text - txt - csv (StarCalc):44,34,76", work), "utf8");
    const grab = (label: string) => {
      const line = csv.split("\n").find((l) => l.includes(label))!;
      return Number(/,"?([\d.,]+)"?,/.exec(line.slice(line.indexOf(label)))![1]!.replace(/[.,]/g, ""));
    };
    expect(grab("Tổng số lượt người tham gia")).toBe(json.totals.participation.total);
    expect(grab("Tổng kinh phí")).toBe(json.totals.funding.total);
    const row = csv.split("\n").find((l) => l.includes("Ngân sách nhà nước") && !l.includes("dòng"))!;
    expect(row).toMatch(new RegExp(String(json.rows["10.1"].amount).replace(/\B(?=(\d{3})+(?!\d))/g, "[.,]?")));
  }, 120_000);
});
