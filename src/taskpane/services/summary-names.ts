/**
 * Which sheets a consolidation inserts, and under which names: the summary, the detail and
 * the log, and the consolidator's own report where the kind drafts one (the report
 * outline), the same rendering the command line writes. The names are asked of the
 * descriptions themselves, so the pane never decides by form which sheets there are.
 */
import type { SummaryNames } from "../../core/consolidate";

/** The names chosen (free ones, or the defaults to replace) by the role of each sheet. */
export function namesByRole(defaults: SummaryNames, wanted: readonly string[], chosen: readonly string[]): SummaryNames {
  const as = (name: string) => chosen[wanted.indexOf(name)] ?? name;
  const report = defaults.report !== undefined && wanted.includes(defaults.report) ? { report: as(defaults.report) } : {};
  return { summary: as(defaults.summary), detail: as(defaults.detail), log: as(defaults.log), ...report };
}
