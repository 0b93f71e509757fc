/**
 * A hub started ahead of its run rehearses one, so that the run's consolidation and summary
 * run on code the engine has already compiled and optimised. Cold, they took about twice as
 * long as the same work done a third time in the same worker (1,000 files in Chromium:
 * consolidate 88 → 45 ms, the summary written 380 → 199 ms), and they are the run's last
 * steps, on one thread, after every file is read. The rehearsal writes a few sample schools'
 * forms (with the writer the summary uses), checks them, consolidates them and writes their
 * summary, in short steps: a message from the run is never kept waiting long.
 * The pane starts its hub when the Tổng hợp tab opens, so the rehearsal is over before the
 * user has chosen the files.
 */
import type { CheckedFile } from "../../core/check";
import { message } from "../../core/messages";
import { STATS_FACE, statsFormAt, statsTableSheet } from "../../core/kinds/stats-table";
import { fillStatsSheet, isoToSerial, randomSchoolValues, sampleUnitName, seeded } from "../../core/sample";
import { defaultSheetNames } from "../../core/consolidate/sheets/common";
import { checkFileBytes } from "../../xlsx/check-file";
import { writeWorkbook } from "../../xlsx/stream";
import { loadPipeline } from "./lazy";
import { renderSummary } from "./render-summary";

/** Sample schools: few, so that the rehearsal costs a fraction of a second of one core. */
export const REHEARSED_UNITS = 16;
const TODAY = "2026-10-20";

/**
 * Runs the rehearsal, one step a task; resolves with how many sample files were accepted.
 * Never fails: a rehearsal that cannot run only leaves the code cold (and says 0).
 */
export async function rehearse(): Promise<number> {
  try {
    const { consolidate, summarySheets } = await loadPipeline();
    const form = statsFormAt();
    const rng = seeded(2026);
    const checked: CheckedFile[] = [];
    for (let i = 0; i < REHEARSED_UNITS; i++) {
      await yielded();
      const unit = sampleUnitName(i);
      const sheet = fillStatsSheet(statsTableSheet({ form, year: 2026, sheetName: message(STATS_FACE.labels.sheetName), unit }), form, randomSchoolValues(rng, form), { dateSerial: isoToSerial("2026-10-10") });
      checked.push({ ...checkFileBytes(`${unit}.xlsx`, writeWorkbook([sheet]).bytes, { today: TODAY }), fixes: [] });
    }
    await yielded();
    const consolidation = consolidate(checked, { onDuplicate: "latest", acceptErrors: false });
    await yielded();
    const sheets = summarySheets(consolidation, defaultSheetNames(), { date: TODAY });
    await yielded();
    await renderSummary(sheets, { title: "" });
    return consolidation.files.filter((f) => f.status === "accepted").length;
  } catch {
    // Left cold: the run works the same, only slower.
    return 0;
  }
}

/** Lets whatever waits for the thread (a run's message) go first. */
function yielded(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
