/**
 * A worker thread of the command line: it reads and checks the files it is sent, one
 * message each, and answers with the checked report only (plain data), so the main thread
 * never holds another file's bytes. Its heap and time are budgeted by worker-pool.ts.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { checkOne } from "./check-one";
import type { FormId } from "../core/forms";
import type { CheckedFile } from "../core/check";

export interface WorkerRequest {
  id: number;
  /** A name that is not valid UTF-8 arrives as its bytes. */
  file: string | Uint8Array;
  name: string;
  today: string;
  form?: FormId;
}

export interface WorkerAnswer {
  id: number;
  result: CheckedFile;
  /** The stack of an unexpected failure, for `--debug`. */
  internal?: string;
  /** Milliseconds this thread has been busy so far (its event loop's active time), for `--stats`. */
  busyMs: number;
}

if (parentPort) {
  const port = parentPort;
  const busyMs = () => performance.eventLoopUtilization().active;
  port.on("message", (req: WorkerRequest) => {
    let internal: string | undefined;
    const path = typeof req.file === "string" ? req.file : Buffer.from(req.file);
    void checkOne({ path, name: req.name }, req.today, req.form, (e) => (internal = String((e as Error).stack ?? e))).then((result) =>
      port.postMessage({ id: req.id, result, busyMs: busyMs(), ...(internal !== undefined ? { internal } : {}) } satisfies WorkerAnswer),
    );
  });
}
