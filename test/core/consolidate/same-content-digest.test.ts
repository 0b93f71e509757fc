/**
 * A consolidation keeps a digest of each report's fingerprint, not the fingerprint: two
 * reports whose digests agree are one report only when their fingerprints, made again,
 * are the same text.
 */
import fc from "fast-check";
import { resolveSameContent, type ContentCandidate } from "../../../src/core/consolidate/same-content";
import { digest } from "../../../src/core/consolidate/digest";
import { statsReport } from "./fixtures";

/** Two copies of a report sent without the unit's name: identical values are proof then. */
function nameless(index: number, print: string, digestOf: (p: string) => string): ContentCandidate {
  const report = statsReport(`bao-cao-${index}`, { "1.1": { count: 1 } }, { unitFromFileName: true, date: "2025-10-08" });
  return { index, file: `bao-cao-${index}.xlsx`, report, fingerprint: digestOf(print), print: () => print, values: 1, key: `bao cao ${index}` };
}

describe("the same report sent twice, found through digests", () => {
  test("two reports whose digests collide but whose values differ stay two reports", () => {
    const collide = () => "same";
    const res = resolveSameContent([nameless(0, "1.1:count=1", collide), nameless(1, "1.1:count=2", collide)]);
    expect(res.dropped.size).toBe(0);
    expect(res.groups).toEqual([]);
  });

  test("the same values under two file names are one report, one of them dropped", () => {
    const res = resolveSameContent([nameless(0, "1.1:count=1", digest), nameless(1, "1.1:count=1", digest), nameless(2, "1.1:count=2", digest)]);
    expect([...res.dropped.keys()]).toHaveLength(1);
    expect(res.groups).toHaveLength(1);
    expect(res.groups[0]!.files.sort()).toEqual(["bao-cao-0.xlsx", "bao-cao-1.xlsx"]);
  });

  test("a digest is the same for the same text and, over many texts, tells them apart", () => {
    fc.assert(
      fc.property(fc.string(), (s) => digest(s) === digest(`${s}`)),
      { seed: 2025 },
    );
    const texts = Array.from({ length: 20_000 }, (_, i) => `1.1:count=${i}|1.2:people=${i * 7}`);
    expect(new Set(texts.map(digest)).size).toBe(texts.length);
  });
});
