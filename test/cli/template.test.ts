import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/xlsx/reader";
import { checkWorkbook } from "../../src/core/pipeline";
import { htsd } from "./run-cli";

describe("htsd template", () => {
  const dir = mkdtempSync(join(tmpdir(), "htsd-cli-template-"));

  it("writes the stats-table form with the unit and parent in its header, and it checks clean", async () => {
    const out = join(dir, "form.xlsx");
    const r = await htsd(["template", "--year", "2025", "--unit", "Trường THCS Quài Cang", "--parent", "Phòng GD&ĐT Tuần Giáo", "--out", out]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("Đã tạo");
    const read = readWorkbook(readFileSync(out));
    if (!read.ok) throw new Error(read.problem.code);
    const checked = checkWorkbook(read.workbook, { file: "form.xlsx", today: "2025-11-24" });
    expect(checked.form).toBe("stats-table");
    expect(checked.year).toBe(2025);
    expect(checked.report?.unit).toBe("Trường THCS Quài Cang");
    expect(checked.report?.parent).toBe("Phòng GD&ĐT Tuần Giáo");
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("writes the report outline", async () => {
    const out = join(dir, "outline.xlsx");
    expect((await htsd(["template", "--form", "report-outline", "--year", "2025", "--out", out])).code).toBe(0);
    const read = readWorkbook(readFileSync(out));
    if (!read.ok) throw new Error(read.problem.code);
    expect(checkWorkbook(read.workbook, { file: "outline.xlsx", today: "2025-11-24" }).form).toBe("report-outline");
  });

  it("defaults to the current year", async () => {
    const out = join(dir, "this-year.xlsx");
    expect((await htsd(["template", "--out", out], new Date("2027-10-02T08:00:00"))).code).toBe(0);
    const read = readWorkbook(readFileSync(out));
    if (!read.ok) throw new Error(read.problem.code);
    expect(checkWorkbook(read.workbook, { file: "x.xlsx", today: "2027-10-02" }).year).toBe(2027);
  });

  it("never overwrites a file without --force", async () => {
    const out = join(dir, "taken.xlsx");
    writeFileSync(out, "keep me");
    const r = await htsd(["template", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("đã có");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await htsd(["template", "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it.each([
    [["template", "--form", "nope", "--out", "x.xlsx"], "Biểu mẫu không có"],
    [["template", "--year", "20x5", "--out", "x.xlsx"], "Năm không hợp lệ"],
    [["template"], "Thiếu --out"],
    [["template", "--bogus"], "Lệnh template không có tùy chọn --bogus"],
    [["frobnicate"], "Lệnh không hợp lệ"],
  ])("answers %j with a clear Vietnamese message", async (args, text) => {
    const r = await htsd(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it("prints its help", async () => {
    const r = await htsd(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("htsd consolidate");
  });
});
