/** A summary sent up a level names its consolidating unit and carries the date the consolidator gives. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet } from "../../src/core/kinds/stats-table";
import { fillStatsSheet } from "../../src/core/sample";
import { checkWorkbook } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook } from "../../src/xlsx/writer";
import { textAt } from "../../src/core/text";
import { htsd } from "./run-cli";

const form = getForm("stats-table")!;

it("writes --unit and --parent into the summary's header, and the next level reads them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-summary-header-"));
  for (const [i, unit] of ["Trường TH A", "Trường THCS B"].entries()) {
    const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit }), form, { "2": { count: i + 1 } });
    writeFileSync(join(dir, `${i}.xlsx`), await renderWorkbook([sheet]));
  }
  const out = join(dir, "out", "xa-quai-cang.xlsx");
  const r = await htsd(["consolidate", dir, "--out", out, "--unit", "UBND xã Quài Cang", "--parent", "UBND huyện Tuần Giáo", "--place", "Quài Cang", "--date", "2025-10-12"], new Date("2025-10-12T10:00:00"));
  expect(r.code).toBe(0);
  const read = readWorkbook(readFileSync(out));
  if (!read.ok) throw new Error(read.problem.code);
  const again = checkWorkbook(read.workbook, { file: "xa-quai-cang.xlsx", today: "2025-10-12" });
  expect(again.report).toMatchObject({ unit: "UBND xã Quài Cang", parent: "UBND huyện Tuần Giáo", date: "2025-10-12", unitsCovered: 2 });
  expect(again.problems.map((p) => p.code)).not.toContain("locate.unit.fromFileName");
});

it("leaves the summary's day and month to fill, with the report's year, when no date is given", async () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-summary-undated-"));
  const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit: "Trường TH A" }), form, { "2": { count: 3 } });
  writeFileSync(join(dir, "a.xlsx"), await renderWorkbook([sheet]));
  const out = join(dir, "out", "tong-hop.xlsx");
  expect((await htsd(["consolidate", dir, "--out", out, "--place", "Tuần Giáo"], new Date("2026-01-05T10:00:00"))).code).toBe(0);
  const read = readWorkbook(readFileSync(out));
  if (!read.ok) throw new Error(read.problem.code);
  const summary = read.workbook.sheets[0]!;
  const texts = Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => textAt(summary, r + 1, c + 1))).flat();
  expect(texts).toContain("Tuần Giáo, ngày … tháng … năm 2025");
  expect(texts.filter((t) => /CƠ QUAN CHỦ QUẢN|^ĐƠN VỊ$/.test(t))).toEqual([]);
});
