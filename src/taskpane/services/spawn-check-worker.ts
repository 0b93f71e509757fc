/**
 * The one place that names the worker script: webpack 5 sees this `new Worker(new URL(…))`
 * and builds check.worker.ts (with the reader and the checks) as its own chunk, named so the
 * build keeps it one script (webpack.config.js).
 * Kept apart because `import.meta` exists only in the bundle, not in the CommonJS tests.
 */
import type { WorkerLike } from "./worker-checker";

export function spawnCheckWorker(): WorkerLike {
  return new Worker(/* webpackChunkName: "pane-worker" */ new URL("./check.worker.ts", import.meta.url)) as unknown as WorkerLike;
}
