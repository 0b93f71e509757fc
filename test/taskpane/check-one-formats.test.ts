/**
 * The pane's one path for a file (worker and inline alike): an .xls or .ods picked in the
 * pane is read, its readers fetched on demand, to the numbers written into it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { StatsReport } from "../../src/core/kinds/stats-table";
import { checkOne } from "../../src/taskpane/services/check-one";
import { FORMATS_DIR, FORMS } from "../fixtures/formats/make-formats";

it.each(["xls", "ods"] as const)("checks an .%s form picked in the pane", async (ext) => {
  const f = FORMS[0]!;
  const checked = await checkOne(`${f.name}.${ext}`, new Uint8Array(readFileSync(join(FORMATS_DIR, `${f.name}.${ext}`))), "2025-11-24");
  expect(checked.format).toBe(ext);
  expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
  const report = checked.report as StatsReport;
  expect(report.unit).toBe(f.unit);
  for (const [code, v] of Object.entries(f.values)) expect([code, report.values[code]]).toEqual([code, v]);
});
