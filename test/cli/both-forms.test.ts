/**
 * A school keeps its report outline and its statistics table in one workbook: checked,
 * the table is read (and the outline named); consolidated, either form can be chosen.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { formSheet } from "../../src/core/pipeline";
import { statsTableSheet } from "../../src/core/kinds/stats-table";
import { fillStatsSheet } from "../../src/core/sample";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "./run-cli";

const form = getForm("stats-table")!;

describe("a workbook holding both forms", () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-both-forms-"));
  const file = join(dir, "truong-a.xlsx");

  beforeAll(async () => {
    const table = fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu Tuần lễ", unit: "Trường A" }), form, { "2": { count: 4 } });
    writeFileSync(file, await renderWorkbook([table, formSheet("report-outline", { year: 2025, unit: "Trường A" })]));
  });

  it("is checked as its statistics table, naming the outline beside it", async () => {
    const r = await htsd(["check", file, "--json"]);
    expect(r.code).toBe(0);
    const [f] = JSON.parse(r.stdout).files;
    expect(f).toMatchObject({ form: "stats-table", unit: "Trường A", errors: 0 });
    expect(f.issues.map((i: { code: string }) => i.code)).toContain("locate.form.otherFormToo");
  });

  it("consolidates either form", async () => {
    const table = JSON.parse((await htsd(["consolidate", file, "--out", join(dir, "bang.xlsx"), "--json"])).stdout);
    expect(table).toMatchObject({ form: "stats-table", rows: { "2": { count: 4 } } });
    const outline = JSON.parse((await htsd(["consolidate", file, "--form", "report-outline", "--out", join(dir, "de-cuong.xlsx"), "--json"])).stdout);
    expect(outline.form).toBe("report-outline");
    expect(outline.accepted.map((a: { unit: string }) => a.unit)).toEqual(["Trường A"]);
  });

  it("refuses an unknown --form", async () => {
    const r = await htsd(["consolidate", file, "--form", "nope", "--out", join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Biểu mẫu không có");
  });
});
