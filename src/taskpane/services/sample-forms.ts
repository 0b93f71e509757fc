/**
 * Sample schools' filled forms, written in the pane's workers for their rehearsals
 * (warm-hub.ts, warm-checks.ts): the official form as the pane inserts it, numbers as the
 * command line's `generate` fills them, seeded so that every rehearsal reads the same files.
 */
import { message } from "../../core/messages";
import { STATS_FACE, statsFormAt, statsTableSheet } from "../../core/kinds/stats-table";
import { fillStatsSheet, isoToSerial, randomSchoolValues, sampleUnitName, seeded } from "../../core/sample";
import { writeWorkbook } from "../../xlsx/stream";

/** The day the rehearsals check as of: after the samples' report date, in their year. */
export const SAMPLE_TODAY = "2026-10-20";

/** Writes the samples one at a time, as asked: each is a step of its own in a rehearsal. */
export function sampleForms(): () => { name: string; bytes: Uint8Array } {
  const form = statsFormAt();
  const rng = seeded(2026);
  let i = 0;
  return () => {
    const unit = sampleUnitName(i++);
    const sheet = fillStatsSheet(statsTableSheet({ form, year: 2026, sheetName: message(STATS_FACE.labels.sheetName), unit }), form, randomSchoolValues(rng, form), { dateSerial: isoToSerial("2026-10-10") });
    return { name: `${unit}.xlsx`, bytes: writeWorkbook([sheet]).bytes };
  };
}

/** Lets whatever waits for the thread (a run's message) go first. */
export function yielded(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
