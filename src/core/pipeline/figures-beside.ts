/**
 * Figures of another form lying beside the one consolidated, for the consolidator's own
 * report: a report outline's report states the statistics table's participants and funding.
 * The files of the other form (the units' own tables in the same inbox, or a summary of
 * them given apart) are consolidated as that form is, so the numbers stated are the ones its
 * own summary of the same files would print.
 */
import type { CheckedFile } from "../check";
import type { ConsolidateOptions, StatsFigures } from "../consolidate";
import { ALL_KINDS, type FormKind } from "../kinds";
import { consolidate } from "./consolidate";
import { formOf } from "./decide";

/** None when no file of another form could be summed. */
export function figuresBeside(files: readonly CheckedFile[], consolidated: string, options: ConsolidateOptions, kinds: readonly FormKind[] = ALL_KINDS): StatsFigures | undefined {
  const others = files.filter((f) => {
    const form = formOf(f);
    return form !== undefined && form !== consolidated && f.report !== undefined;
  });
  if (others.length === 0) return undefined;
  const { form: _form, ...rest } = options;
  const c = consolidate(others, rest, kinds);
  if (!c.files.some((f) => f.status === "accepted")) return undefined;
  return { form: c.form, units: c.unitsCovered, participation: c.totals.participation, funding: c.totals.funding };
}
