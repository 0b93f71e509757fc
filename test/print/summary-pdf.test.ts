/**
 * The summary of a 30-unit inbox printed as a new user prints it: through LibreOffice to
 * PDF, read back with pdftotext. What an official signs must be on the page: the names
 * given, no placeholder words, the date line with the report's year, both signatures, two
 * pages at most with no page of totals alone, and no path of the consolidator's disk.
 */
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { getForm } from "../../src/core/kinds";
import { convertWithLibreOffice, toolsPresent } from "../helpers/libreoffice";
import { htsd } from "../cli/run-cli";
import { PYTHON } from "../helpers/openpyxl";

const form = getForm("stats-table")!;
const flat = (s: string) => s.replace(/\s+/g, " ");

/** The print titles of a sheet as openpyxl reads them from the file: columns repeated on every page, if any. */
function printTitleCols(xlsx: string, sheet: string): string | null {
  const script = "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]; print(ws.print_title_cols or '')";
  const r = spawnSync(PYTHON, ["-c", script, xlsx, sheet], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim() || null;
}

function pdfPages(pdf: string): string[] {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split("\f").filter((p) => p.trim() !== "");
}

describe("Tổng hợp of 30 units printed through LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-print-"));
  const run = toolsPresent(["soffice", "pdftotext"]);
  let pages: string[] = [];
  let titleCols: string | null = null;

  beforeAll(async () => {
    if (!run) return;
    expect((await htsd(["generate", "--count", "30", "--out", join(work, "inbox"), "--seed", "14", "--year", "2025"])).code).toBe(0);
    const out = join(work, "tong-hop.xlsx");
    const args = ["consolidate", join(work, "inbox"), "--out", out, "--unit", "Phòng Giáo dục và Đào tạo", "--parent", "UBND huyện Tuần Giáo", "--place", "Tuần Giáo"];
    // Made in January of the next year: the date line still carries the report's year.
    expect((await htsd(args, new Date("2026-01-05T09:00:00"))).code).toBe(0);
    pages = pdfPages(convertWithLibreOffice(out, "pdf", work));
    titleCols = printTitleCols(out, "Chi tiết");
  }, 300_000);

  const summaryPages = () => {
    const first = pages.findIndex((p) => !p.includes(form.columns.label));
    return pages.slice(0, first < 0 ? pages.length : first);
  };

  it("heads the page with the names given, never the form's placeholder words", () => {
    if (!run) return;
    expect(pages.length).toBeGreaterThan(2);
    // The placeholder words alone on their line, as the blank form prints them.
    expect(pages[0]!).not.toMatch(/(^|\s{2,})(CƠ QUAN CHỦ QUẢN|ĐƠN VỊ)(\s{2,}|$)/m);
    const top = flat(pages[0]!);
    expect(top).toContain("UBND huyện Tuần Giáo");
    expect(top).toContain("Phòng Giáo dục và Đào tạo");
    expect(top).toContain("Số: …/BC-…");
    expect(pages.join("\n")).not.toMatch(/CƠ QUAN CHỦ QUẢN|LÃNH ĐẠO ĐƠN VỊ/);
    expect(top).toContain("Tuần Giáo, ngày … tháng … năm 2025");
  });

  it("ends with both signatures and Nơi nhận", () => {
    if (!run) return;
    const last = flat(summaryPages().at(-1)!);
    for (const t of ["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)", "Nơi nhận:"]) expect(last).toContain(t);
  });

  it("prints on two pages at most, each with five rows of the table or more, numbers the Vietnamese way", () => {
    if (!run) return;
    const summary = summaryPages();
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(2);
    for (const page of summary) {
      const text = flat(page);
      const rows = form.rows.filter((r) => text.includes(flat(r.label).slice(0, 28)));
      expect(rows.length).toBeGreaterThanOrEqual(5);
    }
    summary.forEach((page, i) => expect(flat(page)).toContain(`Trang ${i + 1}/`));
    // Grouped with dots, the unit of measure apart from the number.
    const all = summary.join("\n");
    expect(all).toMatch(/\b\d{1,3}(\.\d{3})+\b/);
    expect(all).not.toMatch(/\d,\d{3}/);
    expect(all).not.toMatch(/\d(người|đồng|lượt)/);
  });

  it("prints Chi tiết one page wide: every page its band's header over all 30 units by STT and name, every row code on one page", () => {
    if (!run) return;
    const start = summaryPages().length;
    const end = pages.findIndex((p) => p.includes("NHẬT KÝ TỔNG HỢP"));
    const detail = pages.slice(start, end);
    expect(detail.length).toBeGreaterThanOrEqual(2);
    // No column repeats on every page, so a page that continued another to its right would
    // hold numbers without STT and names.
    expect(titleCols).toBeNull();
    for (const page of detail) {
      // The band's header above its first unit.
      const top = page.slice(0, page.search(/^\s*1\s+(Trường|Trung tâm)/m));
      expect(top).toMatch(/STT\s+Đơn vị/);
      // Each page lists units 1 to 30, each number followed by the unit's name.
      const units = new Set([...page.matchAll(/^\s*(\d{1,2})\s+(Trường|Trung tâm)/gm)].map((m) => Number(m[1])));
      expect([...units].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    }
    // Each code with measures heads a column on exactly one page: its measures are never split.
    for (const row of form.rows.filter((r) => r.measures.length > 0)) {
      const code = new RegExp(`(^|\\s)${row.code.replace(/\./g, "\\.")}\\. `, "m");
      expect([row.code, detail.filter((p) => code.test(p)).length]).toEqual([row.code, 1]);
    }
  });

  it("shows no path of the consolidator's disk on any page", () => {
    if (!run) return;
    const all = pages.join("\n");
    expect(all).not.toContain(basename(work));
    expect(all).not.toContain(tmpdir());
    expect(all).toContain("01-");
  });
});
