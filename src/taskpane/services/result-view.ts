/**
 * What the pane shows of a consolidation: counts, totals and the few lists the result card
 * names. Made where the consolidation is (a worker), so that only this crosses to the
 * pane's thread, never the whole log or every file's report.
 */
import type { Consolidation, FileStatus, LogLine, Totals } from "../../core/consolidate";
import { message } from "../../core/messages";

export interface ConsolidationView {
  form: string;
  year: number | null;
  deadline?: string;
  files: Record<FileStatus, number>;
  unitsCovered: number;
  totals: Totals;
  missing: string[];
  late: number;
  suggested: Consolidation["suggested"];
  /** How the year was settled, when the log says so. */
  yearNote?: string;
  /** Each file not used, with its reason as the log words it. */
  notUsed: { index: number; file: string; reason: string }[];
  /** The sheets the summary workbook holds, by their default names, in the order they are inserted. */
  sheets: string[];
}

export function viewOf(c: Consolidation, sheets: string[]): ConsolidationView {
  const files: Record<FileStatus, number> = { accepted: 0, rejected: 0, "duplicate-dropped": 0 };
  for (const f of c.files) files[f.status]++;
  // One pass over the log: the line that gave each file its fate, by file.
  const fate = new Map<number, LogLine>();
  for (const l of c.log) {
    if (l.fileIndex !== undefined && l.status === c.files[l.fileIndex]?.status && !fate.has(l.fileIndex)) fate.set(l.fileIndex, l);
  }
  const yearNote = c.log.find((l) => l.fileIndex === undefined && l.code.startsWith("consolidate.year."))?.message;
  return {
    form: c.form,
    year: c.year,
    ...(c.deadline !== undefined ? { deadline: c.deadline } : {}),
    files,
    unitsCovered: c.unitsCovered,
    totals: c.totals,
    missing: c.missing,
    late: c.late.length,
    suggested: c.suggested,
    ...(yearNote !== undefined ? { yearNote } : {}),
    notUsed: c.files.filter((f) => f.status !== "accepted").map((f) => ({ index: f.index, file: f.file, reason: fate.get(f.index)?.message ?? message(f.code, f.params) })),
    sheets,
  };
}
