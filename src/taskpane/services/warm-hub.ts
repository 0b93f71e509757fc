/**
 * A hub started ahead of its run rehearses one, so that the run's consolidation and summary
 * run on code the engine has already compiled and optimised. Cold, they took about twice as
 * long as the same work done a third time in the same worker (1,000 files in Chromium:
 * consolidate 88 → 45 ms, the summary written 380 → 199 ms), and they are the run's last
 * steps, on one thread, after every file is read. The rehearsal writes a few sample schools'
 * forms (with the writer the summary uses), checks them, consolidates them and writes their
 * summary (`write`: as the run will), in short steps: a message from the run is never kept waiting long.
 * The pane starts its hub when the Tổng hợp tab opens, so the rehearsal is over before the
 * user has chosen the files.
 */
import type { CheckedFile } from "../../core/check";
import { defaultSheetNames } from "../../core/consolidate/sheets/common";
import { checkFileBytes } from "../../xlsx/check-file";
import { loadPipeline } from "./lazy";
import { renderSummary } from "./render-summary";
import { SAMPLE_TODAY, sampleForms, yielded } from "./sample-forms";
import type { SummaryWriter } from "./summary-hub";

/** Sample schools: few, so that the rehearsal costs a fraction of a second of one core. */
export const REHEARSED_UNITS = 16;

/**
 * Runs the rehearsal, one step a task, until it is over or `stopped()` says the run has begun
 * (the run's own work then warms the code; a rehearsal going on would only take the cores from
 * the check workers). Resolves with how many sample files were accepted, 0 when stopped short.
 * Never fails: a rehearsal that cannot run only leaves the code cold.
 */
export async function rehearse(stopped: () => boolean = () => false, write: SummaryWriter = renderSummary): Promise<number> {
  const step = async () => {
    await yielded();
    if (stopped()) throw STOPPED;
  };
  try {
    const { consolidate, summarySheets } = await loadPipeline();
    const next = sampleForms();
    const checked: CheckedFile[] = [];
    for (let i = 0; i < REHEARSED_UNITS; i++) {
      await step();
      const { name, bytes } = next();
      checked.push({ ...checkFileBytes(name, bytes, { today: SAMPLE_TODAY }), fixes: [] });
    }
    await step();
    const consolidation = consolidate(checked, { onDuplicate: "latest", acceptErrors: false });
    await step();
    const sheets = summarySheets(consolidation, defaultSheetNames(), { date: SAMPLE_TODAY });
    await step();
    await write(sheets, { title: "" });
    return consolidation.files.filter((f) => f.status === "accepted").length;
  } catch {
    // Stopped, or left cold: the run works the same, only slower.
    return 0;
  }
}

const STOPPED = new Error("the run began");
