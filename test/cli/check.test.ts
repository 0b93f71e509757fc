import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getForm } from "../../src/core/kinds";
import { statsTableSheet } from "../../src/core/kinds/stats-table";
import { fillStatsSheet } from "../../src/core/sample";
import { renderWorkbook } from "../../src/xlsx/writer";
import { htsd } from "./run-cli";

const form = getForm("stats-table")!;

describe("htsd check", () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-cli-check-"));
  const clean = join(dir, "clean.xlsx");
  const warned = join(dir, "text-number.xlsx");
  const broken = join(dir, "negative.xlsx");
  const unreadable = join(dir, "renamed.xlsx");

  beforeAll(async () => {
    const sheet = (values: Parameters<typeof fillStatsSheet>[2], asText: string[] = []) =>
      renderWorkbook([fillStatsSheet(statsTableSheet({ form, year: 2025, sheetName: "Số liệu", unit: "Trường A" }), form, values, { asText: new Set(asText) })]);
    writeFileSync(clean, await sheet({ "1.1": { count: 1, people: 20 } }));
    writeFileSync(warned, await sheet({ "10.1": { amount: 1_500_000 } }, ["10.1/amount"]));
    writeFileSync(broken, await sheet({ "2": { count: -3 } }));
    writeFileSync(unreadable, "STT,Các hoạt động\n1,Lớp\n");
  });

  it("exits 0 for a clean file and for warnings alone", async () => {
    expect((await htsd(["check", clean])).code).toBe(0);
    const r = await htsd(["check", warned]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("CẢNH BÁO");
    expect(r.stdout).toContain("1.500.000");
  });

  it("exits 1 when a file has errors, naming the cell", async () => {
    const r = await htsd(["check", clean, broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/LỖI \[[^\]]*ô D28/);
  });

  it("exits 2 when a file cannot be read, and still checks the others", async () => {
    const r = await htsd(["check", unreadable, broken, clean]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Trường A");
    expect(r.stdout).toContain("3 tệp");
  });

  it("exits 2 for a file that is not there", async () => {
    const r = await htsd(["check", join(dir, "nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Không tìm thấy");
  });

  it("prints the documented JSON", async () => {
    const r = await htsd(["check", warned, unreadable, "--json"]);
    const json = JSON.parse(r.stdout);
    expect(json.files).toHaveLength(2);
    expect(json.files[0]).toMatchObject({ file: warned, unit: "Trường A", form: "stats-table", year: 2025, errors: 0, warnings: 1 });
    expect(json.files[0].issues[0]).toEqual({ code: "check.cell.textNumber", severity: "warning", sheet: "Số liệu", cell: "D52", rowCode: "10.1", message: expect.stringContaining("1.500.000") });
    expect(json.files[1]).toMatchObject({ file: unreadable, unit: null, form: null, errors: 1 });
    expect(json.files[1].issues[0].code).toMatch(/^read\./);
  });
});
