/** A summary sent up a level names its consolidating unit and is dated the day it was made. */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet } from "../../src/core/kinds/stats-table";
import { fillStatsSheet } from "../../src/core/sample";
import { checkWorkbook } from "../../src/core/pipeline";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "./run-cli";

const form = getForm("stats-table")!;

it("writes --unit and --parent into the summary's header, and the next level reads them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-summary-header-"));
  for (const [i, unit] of ["Trường TH A", "Trường THCS B"].entries()) {
    const sheet = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit }), form, { "2": { count: i + 1 } });
    writeFileSync(join(dir, `${i}.xlsx`), await renderWorkbook([sheet]));
  }
  const out = join(dir, "out", "xa-quai-cang.xlsx");
  const r = await htsd(["consolidate", dir, "--out", out, "--unit", "UBND xã Quài Cang", "--parent", "UBND huyện Tuần Giáo"], new Date("2025-10-12T10:00:00"));
  expect(r.code).toBe(0);
  const read = readWorkbook(readFileSync(out));
  if (!read.ok) throw new Error(read.problem.code);
  const again = checkWorkbook(read.workbook, { file: "xa-quai-cang.xlsx", today: "2025-10-12" });
  expect(again.report).toMatchObject({ unit: "UBND xã Quài Cang", parent: "UBND huyện Tuần Giáo", date: "2025-10-12", unitsCovered: 2 });
  expect(again.problems.map((p) => p.code)).not.toContain("locate.unit.fromFileName");
});
