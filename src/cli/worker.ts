/**
 * A worker thread of `htsd consolidate --jobs N`: it reads and checks the files it is
 * sent, one message each, and answers with the checked report only (plain data), so
 * the main thread never holds another file's bytes.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { checkOne } from "./commands/check";
import type { FormId } from "../core/forms";
import type { CheckedFile } from "../core/check";

export interface WorkerRequest {
  id: number;
  file: string;
  today: string;
  form?: FormId;
}

export interface WorkerAnswer {
  id: number;
  result?: CheckedFile;
  error?: string;
  /** Milliseconds this thread has been busy so far (its event loop's active time), for `--stats`. */
  busyMs: number;
}

if (parentPort) {
  const port = parentPort;
  const busyMs = () => performance.eventLoopUtilization().active;
  port.on("message", (req: WorkerRequest) => {
    checkOne(req.file, req.today, req.form).then(
      (result) => port.postMessage({ id: req.id, result, busyMs: busyMs() } satisfies WorkerAnswer),
      (e: unknown) => port.postMessage({ id: req.id, error: String((e as Error).stack ?? e), busyMs: busyMs() } satisfies WorkerAnswer),
    );
  });
}
