/**
 * The pane's worker script (pane-worker.ts): webpack builds it as its own chunk from
 * spawn-check-worker.ts, and as one inlined script for the single-file page.
 */
import { servePaneWorker, type WorkerScope } from "./pane-worker";

servePaneWorker(self as unknown as WorkerScope);
