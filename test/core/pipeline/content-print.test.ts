/**
 * The command line's workers make each report's content print beside the check; the
 * consolidation then uses it instead of going through every unit's numbers once more.
 * Whichever thread made it, the consolidation's decisions must be the same, and a print
 * that lies (a digest shared by two different reports) must never merge them.
 */
import fc from "fast-check";
import { consolidate } from "../../../src/core/pipeline";
import { contentPrint, withContentPrint } from "../../../src/core/pipeline/content-print";
import { PackedFile, packCheckedFile } from "../../../src/core/consolidate/packed-file";
import type { CheckedFile } from "../../../src/core/check";
import { checked, OPTS, OUTLINE, statsReport, outlineReport, CELLS } from "../consolidate/fixtures";

/** What a consolidation decided about each file, and what it summed. */
function decisions(files: readonly CheckedFile[]) {
  const c = consolidate(files, OPTS);
  return { files: c.files.map((f) => [f.file, f.status, f.code, f.params]), duplicates: c.duplicates, totals: c.totals };
}

/** A school's values: a few cells of the table, from a seed. */
function values(seed: number) {
  const out: Record<string, Record<string, number>> = {};
  for (let k = 0; k < 10; k++) {
    const { code, measure } = CELLS[(seed * 7 + k * 13) % CELLS.length]!;
    (out[code] ??= {})[measure] = (seed * 31 + k) % 97;
  }
  return out;
}

describe("content prints made beside the check", () => {
  test("the consolidation decides the same with prints made in the worker as without", () => {
    // An inbox of named and nameless reports, some sent again under another name, some by two units with the same values.
    const inbox = fc.array(fc.record({ seed: fc.integer({ min: 0, max: 6 }), nameless: fc.boolean(), unit: fc.integer({ min: 0, max: 4 }), day: fc.integer({ min: 1, max: 3 }) }), { minLength: 2, maxLength: 14 });
    let merged = 0;
    fc.assert(
      fc.property(inbox, (sent) => {
        const files = sent.map((s, i) =>
          checked(statsReport(s.nameless ? `bao-cao-${i}` : `Trường ${s.unit}`, values(s.seed), { date: `2025-10-0${s.day}`, ...(s.nameless ? { unitFromFileName: true as const } : {}), source: { file: `tep-${i}.xlsx`, sheet: "Biểu mẫu" } }), { file: `tep-${i}.xlsx` }),
        );
        const withPrints = files.map((f) => withContentPrint({ ...f }));
        expect(withPrints.every((f) => f.content !== undefined)).toBe(true);
        const made = decisions(withPrints);
        expect(made).toEqual(decisions(files));
        if (made.duplicates.length > 0) merged++;
      }),
      { seed: 1610, numRuns: 150 },
    );
    // The inboxes held reports sent twice: the prints were compared, not merely made.
    expect(merged).toBeGreaterThan(20);
  });

  test("two different reports whose prints claim the same digest stay two reports", () => {
    const a = checked(statsReport("bao-cao-1", values(1), { unitFromFileName: true, date: "2025-10-08", source: { file: "bao-cao-1.xlsx", sheet: "Biểu mẫu" } }), { file: "bao-cao-1.xlsx" });
    const b = checked(statsReport("bao-cao-2", values(2), { unitFromFileName: true, date: "2025-10-08", source: { file: "bao-cao-2.xlsx", sheet: "Biểu mẫu" } }), { file: "bao-cao-2.xlsx" });
    const forged = { digest: "same", values: 10 };
    const c = consolidate([{ ...a, content: forged }, { ...b, content: forged }], OPTS);
    expect(c.files.map((f) => f.status)).toEqual(["accepted", "accepted"]);
    expect(c.duplicates).toEqual([]);
  });

  test("the same values sent under two names are one report, found through the workers' prints", () => {
    const a = withContentPrint(checked(statsReport("bao-cao", values(3), { unitFromFileName: true, date: "2025-10-08", source: { file: "bao-cao.xlsx", sheet: "Biểu mẫu" } }), { file: "bao-cao.xlsx" }));
    const b = withContentPrint(checked(statsReport("Trường Tiểu học Quài Cang", values(3), { date: "2025-10-08", source: { file: "quai-cang.xlsx", sheet: "Biểu mẫu" } }), { file: "quai-cang.xlsx" }));
    const c = consolidate([a, b], OPTS);
    expect(c.files.map((f) => f.status)).toEqual(["duplicate-dropped", "accepted"]);
    expect(c.duplicates).toHaveLength(1);
  });

  test("a report without values has a print of none, and an outline its own", () => {
    expect(contentPrint(statsReport("Trường A", {}))).toEqual({ values: 0 });
    const field = OUTLINE.fields.find((f) => !f.header)!;
    const outline = contentPrint(outlineReport("Trường A", { [field.code]: "Có" }));
    expect(outline.values).toBe(1);
    expect(typeof outline.digest).toBe("string");
  });

  test("a packed file keeps its print", () => {
    const f = withContentPrint(checked(statsReport("Trường A", values(4))));
    expect(new PackedFile(packCheckedFile(f)).content).toEqual(f.content);
    expect(new PackedFile(packCheckedFile(checked(statsReport("Trường B", values(4))))).content).toBeUndefined();
  });
});
