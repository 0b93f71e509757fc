/** Every code consolidation emits has Vietnamese text, with every placeholder filled. */
import { consolidate, summarySheets, toJson } from "../../../src/core/pipeline";
import { statusLabel, defaultSheetNames, type Consolidation } from "../../../src/core/consolidate";
import { catalogue } from "../../../src/core/messages";
import { consolidateMessages } from "../../../src/core/messages/consolidate";
import { OPTS, checked, excludedCell, found, outlineReport, statsReport } from "./fixtures";

/** A run that takes every decision at least once. */
function everything(): Consolidation[] {
  const s = (unit: string, extra = {}) => statsReport(unit, { "2": { count: 1 } }, extra);
  const stats = consolidate(
    [
      checked(s("A", { date: "2025-10-09" })),
      checked(s("a", { date: "2025-10-12" }), { file: "a2.xlsx" }),
      checked(s("B")),
      checked(s("B"), { file: "b2.xlsx" }),
      checked(s("C", { year: 2023 })),
      checked(s("D", { version: 7 })),
      checked(s("E", { version: 0 })),
      checked(statsReport("F", { "2": { count: 1, people: 2 } }), { problems: [found("error", "D20", "2"), found("warning"), found("info")], excluded: [excludedCell("2", "count")] }),
      checked(outlineReport("G", {})),
      { file: "h.xlsx", problems: [found("error")], excluded: [], fixes: [] },
      { file: "i.xlsx", problems: [], excluded: [], fixes: [] },
    ],
    { ...OPTS, acceptErrors: true, expected: ["A", "Z", "E"], deadline: "2025-10-10" },
  );
  const strict = consolidate([checked(s("F"), { problems: [found("error")] }), checked(s("X")), checked(s("x"))], { ...OPTS, onDuplicate: "error", deadline: "10/10/2025" });
  const outline = consolidate([checked(outlineReport("O", { "1.3.people": "nhiều", "1.3.form": "Khác" }))], OPTS);
  const listed = ["Trường Tiểu học Ta Ma", "Trường THCS Quài Cang", "Trường Mầm non Hoa Ban"];
  const roster = consolidate(
    [checked(s("TH Ta Ma", { labelRows: { matched: 40, unmatched: 1 } })), checked(s("THCS Quài Cang")), checked(s("Trường Mầm non Hoa Ban", { yearAssumed: true, year: 2026 }))],
    { ...OPTS, expected: listed, aliases: [{ from: "THCS Quài Cang", to: "Trường THCS Quài Cang" }], year: 2025 },
  );
  const noYear = consolidate([checked(s("K", { yearAssumed: true, year: 2026 }))], OPTS);
  return [stats, strict, outline, roster, noYear];
}

test("every consolidation message is non-empty Vietnamese text", () => {
  const neutral = new Set(["consolidate.detail.stt", "consolidate.log.head.stt", "consolidate.own.byUnit"]);
  for (const [code, text] of Object.entries(consolidateMessages)) {
    expect(text.trim()).not.toBe("");
    if (!neutral.has(code)) expect([...text].some((ch) => ch.charCodeAt(0) > 127)).toBe(true);
  }
});

test("every code emitted, in the log, the JSON and the sheets, has a message, and no placeholder is left unfilled", () => {
  const emitted = new Set<string>();
  for (const c of everything()) {
    for (const l of c.log) {
      emitted.add(l.code);
      expect(l.message.trim()).not.toBe("");
      expect(l.message).not.toMatch(/\{\w+\}/);
      expect(statusLabel(l).trim()).not.toBe("");
    }
    for (const r of toJson(c).rejected) expect(r.message).not.toMatch(/\{\w+\}/);
    for (const sheet of summarySheets(c, defaultSheetNames(), { date: "2025-10-12" })) {
      for (const cell of sheet.cells) if (typeof cell.value === "string") expect(cell.value).not.toMatch(/\{\w+\}/);
    }
  }
  for (const code of emitted) expect((catalogue as Record<string, string>)[code]?.trim()).toBeTruthy();
  const decisions = [...emitted].filter((c) => c.startsWith("consolidate."));
  expect(decisions.sort()).toEqual(
    [
      "consolidate.accepted",
      "consolidate.accepted.withErrors",
      "consolidate.deadline.invalid",
      "consolidate.duplicate.dropped",
      "consolidate.duplicate.keptByDate",
      "consolidate.duplicate.keptByOrder",
      "consolidate.duplicate.refused",
      "consolidate.excluded",
      "consolidate.ignored.field",
      "consolidate.ignored.value",
      "consolidate.missing",
      "consolidate.missing.rejected",
      "consolidate.rejected.errors",
      "consolidate.rejected.newerVersion",
      "consolidate.rejected.noForm",
      "consolidate.rejected.otherForm",
      "consolidate.rejected.otherYear",
      "consolidate.rejected.unknownVersion",
      "consolidate.rejected.unreadable",
      "consolidate.timeliness.late",
      "consolidate.timeliness.noDate",
      "consolidate.unexpected",
      "consolidate.roster.suggested",
      "consolidate.roster.aliased",
      "consolidate.labelRows",
      "consolidate.year.given",
      "consolidate.year.majority",
      "consolidate.year.none",
      "consolidate.year.assumedFile",
    ].sort(),
  );
});
