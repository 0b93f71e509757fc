/**
 * One unit, several accepted reports. By default the report dated latest wins (a report
 * with no date counts as older than any dated one: the dated one was sent deliberately),
 * then the file given last; or, on request, the unit is refused until it sends one file.
 */
import { groupBy } from "./group";
import type { MessageCode } from "../messages";
import type { Params } from "../problems";
import type { Report } from "../report";
import type { DuplicateGroup } from "./types";
import { dayVi } from "./identity";

export interface Candidate {
  index: number;
  file: string;
  report: Report;
  key: string;
}

export interface Note {
  code: MessageCode;
  params: Params;
}

export interface DuplicateResolution {
  groups: DuplicateGroup[];
  /** Files that lose their place: dropped (latest) or refused (error). */
  dropped: Map<number, Note & { status: "duplicate-dropped" | "rejected" }>;
  /** Why the kept file was kept. */
  kept: Map<number, Note>;
}

export function resolveDuplicates(candidates: readonly Candidate[], mode: "latest" | "error"): DuplicateResolution {
  const byKey = groupBy(candidates, (c) => c.key);
  const res: DuplicateResolution = { groups: [], dropped: new Map(), kept: new Map() };
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const files = group.map((c) => c.file);
    if (mode === "error") {
      const unit = group[0]!.report.unit;
      for (const c of group) res.dropped.set(c.index, { status: "rejected", code: "consolidate.duplicate.refused", params: { unit, files: files.join("; ") } });
      res.groups.push({ unit, files });
      continue;
    }
    const winner = group.reduce((best, c) => (later(c, best) ? c : best));
    const unit = winner.report.unit;
    const winnerDate = winner.report.date ?? "";
    const byDate = winnerDate !== "" && group.every((c) => c === winner || (c.report.date ?? "") < winnerDate);
    res.kept.set(winner.index, byDate ? { code: "consolidate.duplicate.keptByDate", params: { unit, count: group.length, date: dayVi(winnerDate) } } : { code: "consolidate.duplicate.keptByOrder", params: { unit, count: group.length } });
    for (const c of group) if (c !== winner) res.dropped.set(c.index, { status: "duplicate-dropped", code: "consolidate.duplicate.dropped", params: { unit, kept: winner.file } });
    res.groups.push({ unit, files, kept: winner.file });
  }
  return res;
}

function later(a: Candidate, b: Candidate): boolean {
  const da = a.report.date ?? "";
  const db = b.report.date ?? "";
  return da !== db ? da > db : a.index > b.index;
}
