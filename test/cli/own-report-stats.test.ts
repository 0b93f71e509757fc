/**
 * The consolidator's own report states the statistics table's figures where the outline
 * asks for numbers: a statistics table given with --table, or the tables lying in
 * the same inbox as the outlines. The figures are those the test wrote into the tables.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { outlineFormAt, reportOutlineSheet } from "../../src/core/kinds/report-outline";
import { statsTableSheet, type StatsTableForm } from "../../src/core/kinds/stats-table";
import { fillStatsSheet } from "../../src/core/sample";
import { readWorkbook } from "../../src/xlsx/reader";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "./run-cli";

const outline = outlineFormAt();
const table = getForm("stats-table") as StatsTableForm;

async function writeOutline(file: string, unit: string, people: number, state: number): Promise<void> {
  const values = { "1.3.people": people, "1.5.state": state, "1.3.time": "2025-10-06", "1.3.form": "Mít tinh" };
  writeFileSync(file, await renderWorkbook([reportOutlineSheet({ form: outline, year: 2025, sheetName: "Báo cáo Tuần lễ", unit, values })]));
}

async function writeTable(file: string, unit: string, values: Parameters<typeof fillStatsSheet>[2]): Promise<void> {
  writeFileSync(file, await renderWorkbook([fillStatsSheet(statsTableSheet({ form: table, year: 2025, sheetName: "Số liệu", unit }), table, values)]));
}

/** The own report sheet's values, as a reader sees them. */
function ownReport(xlsx: string): unknown[] {
  const read = readWorkbook(new Uint8Array(readFileSync(xlsx)));
  if (!read.ok) throw new Error(read.problem.code);
  const sheet = read.workbook.sheets.find((s) => s.name === "Báo cáo")!;
  return [...sheet.cells.values()].map((c) => ("value" in c ? c.value : undefined));
}

function ownReportText(xlsx: string): string {
  return ownReport(xlsx).filter((v) => typeof v === "string").join("\n");
}

describe("the own report states the statistics table's figures", () => {
  const work = mkdtempSync(join(tmpdir(), "htsd-own-stats-"));
  const inbox = join(work, "inbox");

  beforeAll(async () => {
    mkdirSync(inbox);
    await writeOutline(join(inbox, "a.xlsx"), "Trường TH A", 300, 5_000_000);
    await writeOutline(join(inbox, "b.xlsx"), "Trường TH B", 200, 1_000_000);
    await writeOutline(join(inbox, "c.xlsx"), "Trường TH C", 100, 0);
    // Trainees 40 + 25 (row 1.0 from 1.1), contest people 60 (5.3); state 7.000.000, other 2.500.000.
    await writeTable(join(inbox, "bang-a.xlsx"), "Trường TH A", { "1.1": { count: 2, people: 40 }, "5.3": { count: 1, people: 60 }, "10.1": { amount: 7_000_000 } });
    await writeTable(join(inbox, "bang-b.xlsx"), "Trường TH B", { "1.1": { count: 1, people: 25 }, "10.2": { amount: 2_500_000 } });
    await writeTable(join(work, "tong-hop-so-lieu.xlsx"), "Phòng GD&ĐT", { "1.1": { count: 9, people: 400 }, "6.1": { count: 3, people: 150 }, "10.1": { amount: 80_000_000 }, "10.2": { amount: 20_000_000 } });
  });

  it("from the tables in the same inbox, under the participants and the funding lines", async () => {
    const out = join(work, "tu-thu-muc.xlsx");
    const r = await htsd(["consolidate", inbox, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).form).toBe("report-outline");
    const text = ownReportText(out);
    expect(text).toContain("Theo bảng tổng hợp số liệu (2 đơn vị): tổng số lượt người tham gia 125, trong đó người tham gia các lớp bồi dưỡng 65, người tham gia các cuộc thi và hoạt động 60.");
    expect(text).toContain("Theo bảng tổng hợp số liệu (2 đơn vị): kinh phí 9.500.000 đồng, trong đó ngân sách nhà nước 7.000.000 đồng, huy động từ các nguồn hợp pháp khác 2.500.000 đồng.");
  });

  it("from the table given with --table, the outline sums kept in the report's own cells", async () => {
    const out = join(work, "tu-bang.xlsx");
    const r = await htsd(["consolidate", inbox, "--form", "report-outline", "--table", join(work, "tong-hop-so-lieu.xlsx"), "--out", out, "--json"]);
    expect(r.code).toBe(0);
    // The report's own 1.5 cell is the outlines' sum (5.000.000 + 1.000.000), never the table's.
    expect(JSON.parse(r.stdout).totals.funding.state).toBe(6_000_000);
    expect(ownReport(out)).toContain(6_000_000);
    expect(ownReport(out)).not.toContain(80_000_000);
    const text = ownReportText(out);
    expect(text).toContain("Theo bảng tổng hợp số liệu (1 đơn vị): tổng số lượt người tham gia 550, trong đó người tham gia các lớp bồi dưỡng 400, người tham gia các cuộc thi và hoạt động 150.");
    expect(text).toContain("kinh phí 100.000.000 đồng, trong đó ngân sách nhà nước 80.000.000 đồng, huy động từ các nguồn hợp pháp khác 20.000.000 đồng.");
  });

  it("refuses a --table that holds no table", async () => {
    const r = await htsd(["consolidate", inbox, "--table", join(inbox, "a.xlsx"), "--out", join(work, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không có bảng số liệu");
  });
});
