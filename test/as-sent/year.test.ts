/**
 * "A report dated 'ngày 10/10/2025' (text) is taken as the clock's year and rejected as
 * 'năm 2026'": the year comes from the marker, else the report's date however it is
 * written, else the title; a file that states none is never rejected for the clock's year.
 * Files written by openpyxl; the consolidation runs in January 2026, after the 2025 Week.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkFileBytes } from "../../src/xlsx/check-file";
import { htsd } from "../cli/run-cli";
import { writeTypedReport, type TypedReport } from "./typed-report";

const JANUARY_2026 = new Date("2026-01-15T09:00:00");
const TODAY = "2026-01-15";

/** One school per way of writing the date; the title names no year unless said. */
const SCHOOLS: { file: string; report: TypedReport; year?: number }[] = [
  { file: "ngay-gach-cheo.xlsx", report: { school: "TRƯỜNG TH QUÀI CANG", dateLine: "Quài Cang, ngày 10/10/2025", numbers: { "1": [3], "1.1": [3, 90] } }, year: 2025 },
  { file: "ngay-gach-ngang.xlsx", report: { school: "TRƯỜNG THCS QUÀI NƯA", dateLine: "Quài Nưa, ngày 10-10-2025", numbers: { "1": [2], "1.1": [2, 50] } }, year: 2025 },
  { file: "ngay-thang-nam.xlsx", report: { school: "TRƯỜNG MN MƯỜNG THÍN", dateLine: "Mường Thín, ngày 9 tháng 10 năm 2025", numbers: { "1": [1], "1.1": [1, 30] } }, year: 2025 },
  { file: "o-ngay.xlsx", report: { school: "TRƯỜNG TH TỎA TÌNH", dateCell: "2025-10-08", numbers: { "1": [4], "1.1": [4, 120] } }, year: 2025 },
  { file: "tieu-de.xlsx", report: { school: "TRƯỜNG THCS NÀ SÁY", title: "BÁO CÁO TỔNG KẾT TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2025", numbers: { "1": [5], "1.1": [5, 150] } }, year: 2025 },
  { file: "khong-ghi-nam.xlsx", report: { school: "TRƯỜNG TH CHIỀNG SINH", numbers: { "1": [1], "1.1": [1, 20] } } },
];

const dir = mkdtempSync(join(tmpdir(), "htsd-year-"));
const inbox = join(dir, "inbox");

beforeAll(() => {
  mkdirSync(inbox);
  for (const s of SCHOOLS) writeTypedReport(inbox, s.file, s.report);
});

test.each(SCHOOLS.filter((s) => s.year !== undefined))("$file: the year is the report's own, not the clock's", ({ file, year }) => {
  const c = checkFileBytes(file, new Uint8Array(readFileSync(join(inbox, file))), { today: TODAY });
  expect(c.year).toBe(year);
  expect(c.yearAssumed).toBeUndefined();
  expect(c.problems.map((p) => p.code)).not.toContain("locate.year.assumed");
});

test("a file that states no year is assumed this year, and says so", () => {
  const c = checkFileBytes("khong-ghi-nam.xlsx", new Uint8Array(readFileSync(join(inbox, "khong-ghi-nam.xlsx"))), { today: TODAY });
  expect(c).toMatchObject({ year: 2026, yearAssumed: true });
  expect(c.problems.map((p) => p.code)).toContain("locate.year.assumed");
});

test("consolidated in January 2026, every file is taken for 2025 (the year most state), none rejected for the clock's year", async () => {
  const out = join(dir, "tong-hop.xlsx");
  const r = await htsd(["consolidate", inbox, "--out", out, "--json"], JANUARY_2026);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.year).toBe(2025);
  expect(json.rejected).toEqual([]);
  expect(json.accepted).toHaveLength(SCHOOLS.length);
  // The sums are those of what was written into the six files.
  const written = SCHOOLS.map((s) => s.report.numbers["1.1"] as number[]);
  const expected = { count: written.reduce((n, [c]) => n + c!, 0), people: written.reduce((n, [, p]) => n + p!, 0) };
  expect(json.rows["1.1"]).toEqual(expected);
  const noYear = json.accepted.find((a: { file: string }) => a.file.endsWith("khong-ghi-nam.xlsx"));
  expect(noYear.warnings.map((w: { code: string }) => w.code)).toContain("consolidate.year.assumedFile");

  const text = await htsd(["consolidate", inbox, "--out", join(dir, "tong-hop-2.xlsx")], JANUARY_2026);
  expect(text.stdout).toContain("Tổng hợp báo cáo năm 2025: năm ghi trong 5/5 tệp có ghi năm");
});

test("--year states the consolidation's year: a file of another year is refused for that reason, and the log says which year was used", async () => {
  const other = join(dir, "other-year");
  mkdirSync(other);
  writeTypedReport(other, "nam-2024.xlsx", { school: "TRƯỜNG TH TA MA", dateLine: "Ta Ma, ngày 10/10/2024", numbers: { "1": [1] } });
  writeTypedReport(other, "nam-2025.xlsx", SCHOOLS[0]!.report);
  const r = await htsd(["consolidate", other, "--out", join(dir, "tong-hop-3.xlsx"), "--year", "2024", "--json"], JANUARY_2026);
  const json = JSON.parse(r.stdout);
  expect(json.year).toBe(2024);
  expect(json.accepted.map((a: { unit: string }) => a.unit)).toEqual(["TRƯỜNG TH TA MA"]);
  expect(json.rejected).toEqual([expect.objectContaining({ code: "consolidate.rejected.otherYear" })]);
  const said = await htsd(["consolidate", other, "--out", join(dir, "tong-hop-4.xlsx"), "--year", "2024"], JANUARY_2026);
  expect(said.stdout).toContain("Tổng hợp báo cáo năm 2024 (năm được chọn khi tổng hợp).");
  const bad = await htsd(["consolidate", other, "--out", join(dir, "x.xlsx"), "--year", "20x5"], JANUARY_2026);
  expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining("Năm không hợp lệ: 20x5") });
});

test("a title typed without diacritics ('NAM 2025') gives the year", () => {
  const path = writeTypedReport(dir, "tieu-de-khong-dau.xlsx", { school: "TRUONG TH TA MA", title: "BAO CAO TONG KET TUAN LE HUONG UNG HOC TAP SUOT DOI NAM 2025", numbers: { "1": [1] } });
  expect(checkFileBytes("tieu-de-khong-dau.xlsx", new Uint8Array(readFileSync(path)), { today: TODAY })).toMatchObject({ year: 2025 });
});
