/**
 * The same report sent twice under different names: forwarded by a colleague, saved again
 * as "bao-cao (1).xlsx", or sent once with the unit's name and once without. Two accepted
 * reports of one form, year and coverage whose every value is the same are one report,
 * whatever their names: counted once, both files named in the log.
 *
 * Identical values are proof only when one of the two has no unit name of its own (its name
 * is its file's), or when there are many of them under the same report date: two small
 * schools that each wrote only "1 lễ khai mạc" are two schools.
 */
import { groupBy } from "./group";
import type { Note } from "./duplicates";
import { dayVi } from "./identity";
import type { DuplicateGroup } from "./types";
import type { Report } from "../report";

export interface ContentCandidate {
  index: number;
  file: string;
  report: Report;
  /** A digest of the kind's fingerprint of the report's values; undefined when it has none to compare. */
  fingerprint?: string;
  /** The fingerprint itself, made again: compared whenever two digests agree, so a collision never merges two reports. */
  print(): string | undefined;
  /** How many values the report holds: identical values prove sameness from {@link MIN_VALUES} on. */
  values: number;
  /** The unit's name compared the way names are (folded). */
  key: string;
}

/** From this many identical values on (and the same report date), two reports are one whatever their names. */
export const MIN_VALUES = 8;

export interface SameContentResolution {
  groups: DuplicateGroup[];
  dropped: Map<number, Note & { status: "duplicate-dropped" }>;
  kept: Map<number, Note>;
}

export function resolveSameContent(candidates: readonly ContentCandidate[]): SameContentResolution {
  const res: SameContentResolution = { groups: [], dropped: new Map(), kept: new Map() };
  const byDigest = groupBy(candidates, (c) => (c.fingerprint === undefined ? undefined : `${c.report.form}|${c.report.version}|${c.report.year}|${c.report.unitsCovered}|${c.fingerprint}`));
  const byPrint = [...byDigest.values()].flatMap((g) => (g.length < 2 ? [] : [...groupBy(g, (c) => c.print()).values()]));
  for (const group of byPrint) {
    if (group.length < 2) continue;
    // One name throughout: the name's own duplicate rule decides (latest date wins).
    if (new Set(group.map((c) => c.key)).size === 1) continue;
    const nameless = group.some((c) => c.report.unitFromFileName === true);
    // Two named units with the same numbers are one report only when there are many of
    // them and the same date: a copy sent again keeps both, two small schools rarely do.
    if (!nameless && (group[0]!.values < MIN_VALUES || new Set(group.map((c) => c.report.date ?? "")).size > 1)) continue;
    const winner = group.reduce((best, c) => (better(c, best) ? c : best));
    const files = group.map((c) => c.file);
    const unit = winner.report.unit;
    res.kept.set(winner.index, { code: "consolidate.sameContent.kept", params: { unit, count: group.length, files: files.join("; ") } });
    for (const c of group) {
      if (c === winner) continue;
      res.dropped.set(c.index, { status: "duplicate-dropped", code: "consolidate.sameContent.dropped", params: { unit, kept: winner.file, name: c.report.unit, date: dayVi(c.report.date ?? "") } });
    }
    res.groups.push({ unit, files, kept: winner.file });
  }
  return res;
}

/** A report naming its unit beats one named after its file; then the later date; then the later file. */
function better(a: ContentCandidate, b: ContentCandidate): boolean {
  const named = (c: ContentCandidate) => (c.report.unitFromFileName ? 0 : 1);
  if (named(a) !== named(b)) return named(a) > named(b);
  const da = a.report.date ?? "";
  const db = b.report.date ?? "";
  return da !== db ? da > db : a.index > b.index;
}
