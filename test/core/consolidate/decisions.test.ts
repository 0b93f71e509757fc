/** Each decision consolidation takes about a file, and how it is recorded. */
import { consolidate, toJson } from "../../../src/core/pipeline";
import type { StatsConsolidation } from "../../../src/core/kinds/stats-table";
import { problem } from "../../../src/core/problems";
import { OPTS, checked, excludedCell, found, statsReport, outlineReport } from "./fixtures";

const run = (files: Parameters<typeof consolidate>[0], opts: Partial<typeof OPTS> = {}) => consolidate(files, { ...OPTS, ...opts }) as StatsConsolidation;

describe("files with errors", () => {
  const good = checked(statsReport("Trường A", { "1.1": { count: 2, people: 40 } }));
  const bad = checked(statsReport("Trường B", { "1.1": { count: 3 }, "2": { count: 5 } }), {
    problems: [found("error", "E15", "1.1"), found("warning", "D26", "2")],
    excluded: [excludedCell("1.1", "people")],
  });

  test("are rejected by default, with the reason and their problems in the log", () => {
    const c = run([good, bad]);
    expect(c.files.map((f) => f.status)).toEqual(["accepted", "rejected"]);
    expect(c.files[1]!.code).toBe("consolidate.rejected.errors");
    expect(c.rows["1.1"]).toEqual({ count: 2, people: 40 });
    expect(c.rows["2"]).toEqual({});
    const json = toJson(c);
    expect(json.rejected).toEqual([{ file: "Trường B.xlsx", code: "consolidate.rejected.errors", message: expect.stringContaining("1 lỗi") }]);
    expect(c.log.filter((l) => l.fileIndex === 1).map((l) => [l.status, l.severity, l.cell])).toEqual([
      ["rejected", undefined, undefined],
      ["problem", "error", "E15"],
      ["problem", "warning", "D26"],
    ]);
  });

  test("are used with acceptErrors, their good cells summed and exactly the left-out cells logged", () => {
    const c = run([good, bad], { acceptErrors: true });
    expect(c.files.map((f) => f.status)).toEqual(["accepted", "accepted"]);
    expect(c.files[1]!.code).toBe("consolidate.accepted.withErrors");
    expect(c.rows["1.1"]).toEqual({ count: 5, people: 40 });
    expect(c.rows["2"]).toEqual({ count: 5 });
    const left = c.log.filter((l) => l.status === "excluded");
    expect(left).toEqual([expect.objectContaining({ fileIndex: 1, unit: "Trường B", rowCode: "1.1", cell: "E15", code: "consolidate.excluded" })]);
    expect(left[0]!.message).toContain("E15");
    const json = toJson(c);
    expect(json.accepted[1]!.warnings.map((w) => w.status)).toEqual(["problem", "problem", "excluded"]);
  });

  test("an unreadable file is rejected carrying its problem", () => {
    const unreadable = { file: "hong.xlsx", problems: [problem("read.truncated", "error", { file: "hong.xlsx" })], excluded: [], fixes: [] };
    const c = run([good, unreadable]);
    expect(c.files[1]).toMatchObject({ status: "rejected", code: "consolidate.rejected.unreadable" });
    expect(toJson(c).rejected[0]!.message).toContain("Không dùng được tệp: Tệp bị thiếu phần cuối");
    expect(c.log.some((l) => l.fileIndex === 1 && l.status === "problem" && l.code === "read.truncated")).toBe(true);
    expect(run([good, { file: "trong.xlsx", problems: [], excluded: [], fixes: [] }]).files[1]!.code).toBe("consolidate.rejected.noForm");
  });
});

describe("form, year and version", () => {
  const a = checked(statsReport("Trường A", { "2": { count: 1 } }));
  const b = checked(statsReport("Trường B", { "2": { count: 2 } }));

  test("a file of the other form is rejected; the default form is the one most files hold", () => {
    const outline = checked(outlineReport("Trường C", { "1.3.people": 100 }));
    const c = run([a, outline, b]);
    expect(c.form).toBe("stats-table");
    expect(c.files[1]).toMatchObject({ status: "rejected", code: "consolidate.rejected.otherForm" });
    expect(c.rows["2"]).toEqual({ count: 3 });
    const o = consolidate([a, outline], { ...OPTS, form: "report-outline" });
    expect(o.form).toBe("report-outline");
    expect(o.files.map((f) => f.status)).toEqual(["rejected", "accepted"]);
  });

  test("a file of another year is rejected; the default year is the one most files hold", () => {
    const old = checked(statsReport("Trường C", { "2": { count: 7 } }, { year: 2023 }));
    const c = run([a, old, b]);
    expect(c.year).toBe(2025);
    expect(c.files[1]).toMatchObject({ status: "rejected", code: "consolidate.rejected.otherYear", params: { year: 2023, expected: 2025 } });
    expect(run([a, old, b], { year: 2023 }).files.map((f) => f.status)).toEqual(["rejected", "accepted", "rejected"]);
  });

  test("a file of a newer form version than known is rejected", () => {
    const newer = checked(statsReport("Trường C", { "2": { count: 7 } }, { version: 99 }));
    const c = run([a, newer]);
    expect(c.files[1]).toMatchObject({ status: "rejected", code: "consolidate.rejected.newerVersion", params: { version: 99, known: 1 } });
    expect(c.rows["2"]).toEqual({ count: 1 });
  });

  test("a value under a code or measure the form does not have is left out and logged", () => {
    const odd = checked(statsReport("Trường C", { "2": { count: 1, people: 9 }, "99": { count: 4 } }));
    const c = run([odd]);
    expect(c.rows["2"]).toEqual({ count: 1 });
    expect(c.log.filter((l) => l.status === "ignored").map((l) => l.rowCode)).toEqual(["2", "99"]);
  });
});

describe("duplicates", () => {
  const early = checked(statsReport("Trường Tiểu học  Quài Cang", { "2": { count: 1 } }, { date: "2025-10-08" }), { file: "quai-cang-1.xlsx" });
  const late = checked(statsReport("trường tiểu học quài cang", { "2": { count: 5 } }, { date: "2025-10-09" }), { file: "quai-cang-2.xlsx" });
  const undated = checked(statsReport("TRƯỜNG TIỂU HỌC QUÀI CANG", { "2": { count: 9 } }), { file: "quai-cang-3.xlsx" });
  // NFD spelling: the same name once normalised.
  const nfd = checked(statsReport("Trường Tiểu học Quài Cang".normalize("NFD"), { "2": { count: 7 } }, { date: "2025-10-08" }), { file: "quai-cang-4.xlsx" });

  test("the later report date wins whatever the order, and the dropped file names the kept one", () => {
    for (const files of [[early, late], [late, early]]) {
      const c = run(files);
      expect(c.rows["2"]).toEqual({ count: 5 });
      expect(c.duplicates).toEqual([{ unit: expect.any(String), files: files.map((f) => f.file), kept: "quai-cang-2.xlsx" }]);
      const dropped = c.files.find((f) => f.file === "quai-cang-1.xlsx")!;
      expect(dropped.status).toBe("duplicate-dropped");
      expect(c.log.find((l) => l.fileIndex === dropped.index)!.message).toContain("quai-cang-2.xlsx");
      expect(c.log.some((l) => l.status === "duplicate-kept" && l.code === "consolidate.duplicate.keptByDate")).toBe(true);
      const json = toJson(c);
      expect(json.rejected).toEqual([{ file: "quai-cang-1.xlsx", code: "consolidate.duplicate.dropped", message: expect.stringContaining("quai-cang-2.xlsx") }]);
    }
  });

  test("a dated report wins over an undated one; on equal dates the file given later wins", () => {
    expect(run([late, undated]).rows["2"]).toEqual({ count: 5 });
    expect(run([undated, late]).rows["2"]).toEqual({ count: 5 });
    const tie = run([early, nfd]);
    expect(tie.rows["2"]).toEqual({ count: 7 });
    expect(tie.duplicates[0]!.kept).toBe("quai-cang-4.xlsx");
    expect(tie.log.some((l) => l.code === "consolidate.duplicate.keptByOrder")).toBe(true);
    expect(run([nfd, early]).duplicates[0]!.kept).toBe("quai-cang-1.xlsx");
  });

  test("onDuplicate error refuses every report of the unit and keeps none", () => {
    const other = checked(statsReport("Trường B", { "2": { count: 100 } }));
    const c = run([early, other, late], { onDuplicate: "error" });
    expect(c.files.map((f) => f.status)).toEqual(["rejected", "accepted", "rejected"]);
    expect(c.files[0]!.code).toBe("consolidate.duplicate.refused");
    expect(c.rows["2"]).toEqual({ count: 100 });
    expect(toJson(c).duplicates).toEqual([{ unit: "Trường Tiểu học  Quài Cang", files: ["quai-cang-1.xlsx", "quai-cang-2.xlsx"], kept: null }]);
  });

  test("a rejected file does not make a duplicate of the unit's good one", () => {
    const broken = checked(statsReport("Trường Tiểu học Quài Cang", { "2": { count: 3 } }, { date: "2025-10-10" }), { file: "broken.xlsx", problems: [found("error")] });
    const c = run([early, broken], { onDuplicate: "error" });
    expect(c.duplicates).toEqual([]);
    expect(c.files.map((f) => [f.status, f.code])).toEqual([
      ["accepted", "consolidate.accepted"],
      ["rejected", "consolidate.rejected.errors"],
    ]);
  });
});

describe("expected units and the deadline", () => {
  const a = checked(statsReport("Trường Mầm non Hoa Ban", { "2": { count: 1 } }, { date: "2025-10-10" }));
  const b = checked(statsReport("Trường THCS Chiềng Sinh", { "2": { count: 2 } }, { date: "2025-10-11" }));
  const c0 = checked(statsReport("Trường Tiểu học Tỏa Tình", { "2": { count: 4 } }));

  test("units that sent nothing are missing; accepted units off the list are flagged and still summed", () => {
    const bad = checked(statsReport("Trường TH Nà Sáy", { "2": { count: 8 } }), { problems: [found("error")] });
    const c = run([a, b, bad], { expected: ["trường mầm non  hoa ban", "Trường TH Nà Sáy", "Trường TH Mường Thín"] });
    expect(c.missing).toEqual(["Trường TH Nà Sáy", "Trường TH Mường Thín"]);
    expect(c.unexpected).toEqual(["Trường THCS Chiềng Sinh"]);
    expect(c.rows["2"]).toEqual({ count: 3 });
    const missingLines = c.log.filter((l) => l.status === "missing");
    expect(missingLines.map((l) => l.code)).toEqual(["consolidate.missing.rejected", "consolidate.missing"]);
    expect(c.log.find((l) => l.status === "unexpected")!.message).toContain("vẫn được tổng hợp");
    const none = run([a, b]);
    expect([none.missing, none.unexpected]).toEqual([[], []]);
  });

  test("a report dated after the deadline is late, on the day is on time, with no date cannot be judged", () => {
    const c = run([a, b, c0], { deadline: "2025-10-10" });
    expect(c.files.map((f) => f.timeliness)).toEqual(["on-time", "late", "no-date"]);
    expect(c.late).toEqual(["Trường THCS Chiềng Sinh"]);
    expect(c.undated).toEqual(["Trường Tiểu học Tỏa Tình"]);
    expect(c.log.find((l) => l.status === "late")!.message).toBe("Báo cáo ngày 11/10/2025, sau hạn nộp 10/10/2025.");
    expect(c.log.find((l) => l.status === "undated")!.code).toBe("consolidate.timeliness.noDate");
    expect(toJson(c).accepted[2]!.warnings.map((w) => w.code)).toEqual(["consolidate.timeliness.noDate"]);
    expect(c.rows["2"]).toEqual({ count: 7 });
  });

  test("without a deadline timeliness is not judged; a deadline that is no date is said so", () => {
    expect(run([a, b]).files.map((f) => f.timeliness)).toEqual([undefined, undefined]);
    const c = run([a, b], { deadline: "2025-02-30" });
    expect(c.late).toEqual([]);
    expect(c.log.slice(0, 2)).toMatchObject([
      { status: "note", code: "consolidate.year.majority" },
      { status: "note", code: "consolidate.deadline.invalid" },
    ]);
  });
});

test("a summary sent up counts for every unit it covers", () => {
  const district = checked(statsReport("Phòng GD&ĐT Tuần Giáo", { "2": { count: 30 } }, { unitsCovered: 12 }));
  const school = checked(statsReport("Trường A", { "2": { count: 1 } }));
  expect(run([district, school]).unitsCovered).toBe(13);
});
