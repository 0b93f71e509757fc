/**
 * Summaries in the inbox. A summary this product wrote names the units it sums (its
 * `contains`), so a run holding a summary and a unit it already holds counts that unit
 * once: the summary is kept and the separate file is set aside ("already inside"), with a
 * warning when the separate file is newer (then the level below should consolidate again).
 * A summary whose every unit is here as its own file is a previous output of this very
 * consolidation left in the inbox: it is the one set aside. Two summaries sharing a unit
 * cannot both be counted: the larger is kept, the other refused with the units they share.
 */
import { groupBy } from "./group";
import type { Note } from "./duplicates";
import type { Report } from "../report";

export interface SummaryCandidate {
  index: number;
  file: string;
  report: Report;
  /** Formulas whose values were never calculated (saved by a program that does not calculate). */
  uncalculated: boolean;
  /** The unit's name compared the way names are (folded). */
  key: string;
}

export interface SummaryResolution {
  dropped: Map<number, Note & { status: "duplicate-dropped" | "rejected" }>;
}

export function resolveSummaries(candidates: readonly SummaryCandidate[], keyOf: (name: string) => string): SummaryResolution {
  const res: SummaryResolution = { dropped: new Map() };
  const summaries = candidates.filter((c) => (c.report.contains?.length ?? 0) > 0).sort((a, b) => b.report.contains!.length - a.report.contains!.length || a.index - b.index);
  if (summaries.length === 0) return res;
  const units = candidates.filter((c) => !(c.report.contains?.length ?? 0));
  const unitsByKey = groupBy(units, (u) => u.key);

  const claimed = new Map<string, SummaryCandidate>();
  for (const s of summaries) {
    // Saved by a program that does not calculate, a summary's formulas have no values: taking
    // it over its units' own files would lose their numbers.
    if (s.uncalculated) {
      res.dropped.set(s.index, { status: "rejected", code: "consolidate.summary.noValues", params: { count: s.report.contains!.length } });
      continue;
    }
    const keys = [...new Set(s.report.contains!.map(keyOf))];
    const present = keys.filter((k) => unitsByKey.has(k));
    if (present.length === keys.length) {
      res.dropped.set(s.index, { status: "duplicate-dropped", code: "consolidate.summary.previous", params: { count: keys.length } });
      continue;
    }
    const shared = keys.filter((k) => claimed.has(k));
    if (shared.length > 0) {
      const other = claimed.get(shared[0]!)!;
      const sharedKeys = new Set(shared);
      const names = s.report.contains!.filter((n) => sharedKeys.has(keyOf(n)));
      res.dropped.set(s.index, { status: "rejected", code: "consolidate.summary.overlap", params: { other: other.file, units: names.join("; ") } });
      continue;
    }
    for (const k of keys) claimed.set(k, s);
    for (const k of present) {
      for (const u of unitsByKey.get(k)!) {
        const newer = (u.report.date ?? "") > (s.report.date ?? "\uffff");
        res.dropped.set(u.index, { status: "duplicate-dropped", code: newer ? "consolidate.summary.insideNewer" : "consolidate.summary.inside", params: { unit: u.report.unit, summary: s.file } });
      }
    }
  }
  return res;
}
