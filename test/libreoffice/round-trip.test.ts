/**
 * Round trips through LibreOffice, headless: the form `htsd template` writes is filled in
 * LibreOffice (fill-form.py, through UNO) and saved as .xlsx; htsd checks and consolidates
 * what LibreOffice saved; and LibreOffice recalculates the summary htsd wrote, to the same
 * totals.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { getForm } from "../../src/core/kinds";
import type { MeasureValues } from "../../src/core/report";
import { htsd } from "../cli/run-cli";
import { fillInLibreOffice, libreOfficeWithUno, type FillEntry, type Filled } from "./libreoffice-uno";
import { firstSheetAsCsv, shownNumber, withoutCachedValues } from "./recalc";

const form = getForm("stats-table")!;
type Rows = Record<string, MeasureValues>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NA_TAU = "Trường Tiểu học Nà Tấu";
const MUONG_PHANG = "Trường THCS Mường Phăng";

// Nà Tấu types one entry the form's validation must refuse (a negative count in a part of
// total 5) and one money amount as text, as a cell formatted as Text keeps it.
const REFUSED: FillEntry = { row: "5.1", measure: "count", value: -5 };
const TEXT_NUMBER: FillEntry = { row: "10.2", measure: "amount", text: "1.500.000" };
const naTau: FillEntry[] = [
  { row: "1.1", measure: "count", value: 2 },
  { row: "1.1", measure: "people", value: 45 },
  { row: "1.7", measure: "count", value: 3 },
  { row: "1.7", measure: "people", value: 90 },
  { row: "2", measure: "count", value: 4 },
  REFUSED,
  { row: "5.3", measure: "count", value: 1 },
  { row: "5.3", measure: "people", value: 120 },
  { row: "6.1", measure: "count", value: 2 },
  { row: "6.1", measure: "people", value: 150 },
  { row: "7.2", measure: "count", value: 1 },
  { row: "9.2", measure: "people", value: 3 },
  { row: "10.1", measure: "amount", value: 2_000_000 },
  TEXT_NUMBER,
];
const muongPhang: FillEntry[] = [
  { row: "1.1", measure: "count", value: 1 },
  { row: "1.1", measure: "people", value: 30 },
  { row: "1.9", measure: "count", value: 2 },
  { row: "1.9", measure: "people", value: 60 },
  { row: "3", measure: "count", value: 25 },
  { row: "4.1", measure: "count", value: 2 },
  { row: "4.1", measure: "people", value: 5 },
  { row: "4.2", measure: "count", value: 120 },
  { row: "5.5", measure: "count", value: 1 },
  { row: "5.5", measure: "people", value: 40 },
  { row: "6.2", measure: "count", value: 1 },
  { row: "6.2", measure: "people", value: 200 },
  { row: "8", measure: "count", value: 1 },
  { row: "10.1", measure: "amount", value: 3_000_000 },
];

/** What the summary must say: the good entries summed by code, text read as its number, and the form's totals over them. */
function expectedRows(entries: FillEntry[]): Rows {
  const rows: Rows = {};
  for (const e of entries) {
    if (e === REFUSED) continue;
    const n = e.value ?? Number(e.text!.replace(/\./g, ""));
    const row = (rows[e.row] ??= {});
    row[e.measure] = (row[e.measure] ?? 0) + n;
  }
  for (const row of form.rows) {
    if (!row.totalOf) continue;
    const parts = row.totalOf.codes.map((c) => rows[c]?.[row.totalOf!.measure]).filter((n): n is number => n !== undefined);
    if (parts.length > 0) (rows[row.code] ??= {})[row.totalOf.measure] = parts.reduce((a, b) => a + b, 0);
  }
  return rows;
}

const reported = (rows: Json) => Object.fromEntries(Object.entries(rows).filter(([, v]) => Object.keys(v as object).length > 0));

describe("a form filled and saved in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-libreoffice-"));
  const inbox = join(work, "inbox");
  const run = libreOfficeWithUno();
  let naTauFilled: Filled;
  let muongPhangFilled: Filled;

  beforeAll(async () => {
    if (!run) return;
    mkdirSync(inbox);
    for (const [unit, file] of [[NA_TAU, "na-tau.xlsx"], [MUONG_PHANG, "muong-phang.xlsx"]] as const) {
      const r = await htsd(["template", "--year", "2025", "--unit", unit, "--out", join(work, file)]);
      if (r.code !== 0) throw new Error(r.stderr);
    }
    [naTauFilled, muongPhangFilled] = fillInLibreOffice(
      [
        { source: join(work, "na-tau.xlsx"), target: join(inbox, "na-tau-libreoffice.xlsx"), reportDate: "2025-10-08", entries: naTau },
        { source: join(work, "muong-phang.xlsx"), target: join(inbox, "muong-phang-libreoffice.xlsx"), reportDate: "2025-10-09", entries: muongPhang },
      ],
      work,
    ) as [Filled, Filled];
  }, 180_000);

  it("is judged by LibreOffice's own validation: the negative count is refused, the valid numbers are not", () => {
    if (!run) return;
    const refused = naTauFilled.cells["5.1/count"]!;
    const text = naTauFilled.cells["10.2/amount"]!;
    expect(refused).toBe("D34");
    // A whole-number rule refuses text as well: Excel's Circle Invalid Data marks the same
    // cell. That is why the check reads such text and offers to write it as a number.
    expect(naTauFilled.invalid).toEqual([refused, text].sort());
    expect(muongPhangFilled.invalid).toEqual([]);
    expect(naTauFilled.drawingsLeft).toBe(0);
  });

  it("keeps the form's guards through LibreOffice's save: validations, protection, the hidden code column", () => {
    if (!run) return;
    const sheetXml = (file: string) => strFromU8(unzipSync(readFileSync(file))["xl/worksheets/sheet1.xml"]!);
    const template = sheetXml(join(work, "na-tau.xlsx"));
    const saved = sheetXml(naTauFilled.target);
    const validations = (xml: string) => (xml.match(/<dataValidation /g) ?? []).length;
    expect(validations(saved)).toBe(validations(template));
    expect(saved).toMatch(/<sheetProtection [^>]*sheet="(?:1|true)"/);
    expect(saved).toMatch(/<col [^>]*hidden="(?:1|true)"[^>]*max="7" min="7"|<col [^>]*min="7" max="7"[^>]*hidden="(?:1|true)"/);
  });

  it("htsd check: the text-number is a warning with the number it reads as, the refused entry an error at its cell, nothing else", async () => {
    if (!run) return;
    const r = await htsd(["check", naTauFilled.target, muongPhangFilled.target, "--json"]);
    expect(r.code).toBe(1);
    const [a, b] = JSON.parse(r.stdout).files as Json[];
    expect(a!.unit).toBe(NA_TAU);
    expect(a!.issues.map((i: Json) => [i.code, i.severity, i.cell, i.rowCode])).toEqual([
      ["check.cell.negative", "error", "D34", "5.1"],
      ["check.cell.textNumber", "warning", naTauFilled.cells["10.2/amount"], "10.2"],
    ]);
    expect(a!.issues[1].message).toContain('"1.500.000"');
    expect(a!.issues[1].message).toContain("đã đọc là 1.500.000");
    expect(b).toMatchObject({ unit: MUONG_PHANG, year: 2025, errors: 0, warnings: 0, issues: [] });
  });

  it("htsd consolidate keeps a file with an error out unless told to accept it", async () => {
    if (!run) return;
    const r = await htsd(["consolidate", inbox, "--out", join(work, "only-clean.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.accepted.map((x: Json) => x.unit)).toEqual([MUONG_PHANG]);
    expect(json.rejected).toEqual([expect.objectContaining({ file: naTauFilled.target, code: "consolidate.rejected.errors" })]);
    expect(reported(json.rows)).toEqual(expectedRows(muongPhang));
  });

  describe("consolidated with --accept-errors", () => {
    const summary = join(work, "tong-hop.xlsx");
    let json: Json;

    beforeAll(async () => {
      if (!run) return;
      const r = await htsd(["consolidate", inbox, "--out", summary, "--accept-errors", "--deadline", "2025-10-10", "--json"]);
      if (r.code !== 0) throw new Error(r.stderr);
      json = JSON.parse(r.stdout);
    });

    it("sums both files by code, leaving the refused entry out and reading the text-number", () => {
      if (!run) return;
      expect(json.accepted.map((x: Json) => x.unit).sort()).toEqual([MUONG_PHANG, NA_TAU].sort());
      expect(json.rejected).toEqual([]);
      expect(json.late).toEqual([]);
      const rows = reported(json.rows);
      expect(rows).toEqual(expectedRows([...naTau, ...muongPhang]));
      expect(rows["10.2"]).toEqual({ amount: 1_500_000 });
      // Nà Tấu's total 5 holds LibreOffice's own sum, -5 + 1: totals are derived from the good
      // parts only, so row 5 is 5.3 of Nà Tấu plus 5.5 of Mường Phăng.
      expect(rows["5"]).toEqual({ count: 2 });
      expect(rows["5.1"]).toBeUndefined();
      const naTauNotes = json.accepted.find((x: Json) => x.unit === NA_TAU).warnings.map((w: Json) => [w.code, w.cell]);
      expect(naTauNotes).toEqual(expect.arrayContaining([["check.cell.negative", "D34"]]));
    });

    it("states the participation and funding totals", () => {
      if (!run) return;
      expect(json.totals.participation).toEqual({ trainees: 45 + 90 + 30 + 60, activities: 120 + 150 + 40 + 200, total: 225 + 510 });
      expect(json.totals.funding).toEqual({ state: 5_000_000, other: 1_500_000, total: 6_500_000 });
    });

    it("is recalculated by LibreOffice to the same numbers, row by row and in the totals lines", () => {
      if (!run) return;
      const uncached = join(work, "tong-hop-uncached.xlsx");
      expect(withoutCachedValues(summary, uncached).formulas).toBeGreaterThan(40);
      const csv = firstSheetAsCsv(uncached, work);
      const header = csv.findIndex((r) => r.includes("Số lớp/số cuộc thi"));
      const countCol = csv[header]!.indexOf("Số lớp/số cuộc thi");
      const peopleCol = csv[header]!.indexOf("Người");
      const codeCol = csv.find((r) => r.includes("1.1"))!.indexOf("1.1");
      const shown: Rows = {};
      for (const row of form.rows) {
        const line = csv.find((r) => r[codeCol] === row.code);
        if (!line) throw new Error(`row ${row.code} is not in the CSV`);
        const v: MeasureValues = {};
        const first = shownNumber(line[countCol]);
        const people = shownNumber(line[peopleCol]);
        if (first !== undefined) v[row.measures.includes("amount") ? "amount" : "count"] = first;
        if (people !== undefined) v.people = people;
        if (Object.keys(v).length > 0) shown[row.code] = v;
      }
      expect(shown).toEqual(reported(json.rows));
      const line = (label: string) => csv.find((r) => r.some((c) => c.startsWith(label)))!;
      const total = (label: string) => shownNumber(line(label).find((c, i) => i > 1 && /\d/.test(c)));
      expect(total("Tổng số lượt người tham gia")).toBe(json.totals.participation.total);
      expect(total("- Người tham gia các lớp")).toBe(json.totals.participation.trainees);
      expect(total("- Người tham gia các cuộc thi")).toBe(json.totals.participation.activities);
      expect(total("Tổng kinh phí")).toBe(json.totals.funding.total);
      expect(total("- Ngân sách nhà nước")).toBe(json.totals.funding.state);
      expect(total("- Kinh phí huy động")).toBe(json.totals.funding.other);
    }, 120_000);
  });
});
