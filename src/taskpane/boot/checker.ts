/**
 * The checker and the consolidator the pane uses: Web Workers when the browser has them,
 * falling back to the main thread when they cannot run.
 */
import { withFallback, type Checker } from "../services/checker";
import { consolidatorWithFallback, type Consolidator } from "../services/consolidator";
import { inlineChecker } from "../services/inline-checker";
import { inlineConsolidator } from "../services/inline-consolidator";
import { spawnCheckWorker } from "../services/spawn-check-worker";
import { workerChecker } from "../services/worker-checker";
import { workerConsolidator } from "../services/worker-consolidator";

const hasWorkers = () => typeof Worker === "function" && typeof MessageChannel === "function";

export function defaultChecker(): Checker {
  return hasWorkers() ? withFallback(workerChecker(spawnCheckWorker), inlineChecker()) : inlineChecker();
}

export function defaultConsolidator(): Consolidator {
  const inline = inlineConsolidator(inlineChecker());
  // Chosen files go to the workers as handles, a few at a time (worker-checker.ts): a batch is
  // then only what a crash sends again, so it can be large.
  return hasWorkers() ? consolidatorWithFallback(workerConsolidator(spawnCheckWorker, { batchSize: 64 }), inline) : inline;
}
