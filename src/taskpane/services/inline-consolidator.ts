/**
 * The consolidator of the main thread: the checker's results, the sheets and the summary
 * all made here, with pauses only between files. For tests and hosts without workers;
 * elsewhere the worker consolidator keeps this work off the pane's thread.
 */
import { throwIfAborted, type Checker } from "./checker";
import type { Consolidator } from "./consolidator";
import { loadWriter } from "./lazy";
import { SummaryHub, type SummaryRender } from "./summary-hub";

export function inlineConsolidator(checker: Checker): Consolidator {
  return {
    async consolidate(job, onPhase, signal) {
      const { files, sheets, port, today } = job;
      const hub = new SummaryHub(files.length + (port ? sheets.length : 0));
      if (files.length > 0) onPhase("reading", 0, files.length);
      const checked = await checker.checkFiles(files, (done, total) => onPhase("reading", done, total), signal, { today });
      checked.forEach((result, i) => hub.add(i, result));
      if (port) {
        if (sheets.length > 0) onPhase("sheets", 0, sheets.length);
        for (const [i, sheet] of sheets.entries()) {
          throwIfAborted(signal);
          await hub.addSheet(files.length + i, sheet, await port.readSheets([sheet]), today);
          onPhase("sheets", i + 1, sheets.length);
        }
      }
      throwIfAborted(signal);
      onPhase("consolidating", 0, 0);
      const view = await hub.consolidate(job.options, job.expected);
      throwIfAborted(signal);
      const bytes = async (req: SummaryRender) => {
        const out = await hub.render(req);
        throwIfAborted(signal);
        return out;
      };
      return { view, close() {}, bytes, base64: async (req) => (await loadWriter()).toBase64(await bytes(req)) };
    },
  };
}
