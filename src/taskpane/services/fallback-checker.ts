/**
 * A checker that falls back to another when the first fails for a reason other than
 * Cancel: a host may refuse Web Workers (a strict policy, an old webview) only at run time.
 */
import { isAbort, type Checker } from "./checker";

export function withFallback(first: Checker, second: Checker): Checker {
  let broken = false;
  return {
    async checkFiles(files, onProgress, signal, run) {
      if (!broken) {
        try {
          return await first.checkFiles(files, onProgress, signal, run);
        } catch (e) {
          if (isAbort(e)) throw e;
          broken = true;
        }
      }
      return second.checkFiles(files, onProgress, signal, run);
    },
  };
}
