/**
 * The checker that runs on the main thread: one file, then a pause for the browser to
 * paint the progress bar and handle a click on Cancel. Used by the jsdom tests and
 * wherever Web Workers are not available.
 */
import type { CheckedFile } from "../../core/check";
import { throwIfAborted, unreadable, type Checker } from "./checker";

const pause = () => new Promise<void>((resolve) => setTimeout(resolve));

export function inlineChecker(): Checker {
  return {
    async checkFiles(files, onProgress, signal, run) {
      throwIfAborted(signal);
      // The reader and the checks load with the first file, not with the pane.
      const { checkOne } = await import("./check-one");
      const out: CheckedFile[] = [];
      for (const file of files) {
        throwIfAborted(signal);
        let checked: CheckedFile;
        try {
          checked = await checkOne(file.name, new Uint8Array(await file.bytes()), run.today);
        } catch (e) {
          checked = unreadable(file.name, e);
        }
        out.push(checked);
        onProgress(out.length, files.length);
        await pause();
      }
      throwIfAborted(signal);
      return out;
    },
  };
}
