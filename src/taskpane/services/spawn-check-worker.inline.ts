/**
 * The check worker of the single-file page (dist/htsd.html), which has no file beside it
 * to load a worker from: the build writes the worker's whole bundle into this module as a
 * string, and the worker starts from a blob of it. Replaces spawn-check-worker.ts in that
 * build only (webpack.config.js), with the same export.
 */
import type { WorkerLike } from "./worker-checker";

/** The worker bundle's source, written in by webpack (DefinePlugin) from the worker build. */
declare const HTSD_CHECK_WORKER_SOURCE: string;

let url: string | undefined;

export function spawnCheckWorker(): WorkerLike {
  // One blob for the page's whole life: every worker starts from it.
  url ??= URL.createObjectURL(new Blob([HTSD_CHECK_WORKER_SOURCE], { type: "text/javascript" }));
  return new Worker(url) as unknown as WorkerLike;
}
