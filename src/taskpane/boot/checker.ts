/** The checker the pane uses: Web Workers when the browser has them, falling back to the main thread. */
import { withFallback, type Checker } from "../services/checker";
import { inlineChecker } from "../services/inline-checker";
import { spawnCheckWorker } from "../services/spawn-check-worker";
import { workerChecker } from "../services/worker-checker";

export function defaultChecker(): Checker {
  return typeof Worker === "function" ? withFallback(workerChecker(spawnCheckWorker), inlineChecker()) : inlineChecker();
}
