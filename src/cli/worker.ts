/**
 * A worker thread of the command line: it reads and checks the files it is sent, a batch
 * per message, and answers each batch with one buffer holding every file's packed report
 * (`core/consolidate/packed-file.ts`), transferred rather than copied, so the main thread
 * never holds another file's bytes nor spends time per file. Before each file it writes
 * the file's id into memory shared with the main thread: the watchdog and the blame for
 * a crash or an exhausted heap (worker-pool.ts) know which file the thread is on without
 * a message per file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { checkOneSync } from "./check-one";
import type { FormId } from "../core/forms";
import { packCheckedFile } from "../core/consolidate/packed-file";
import { withContentPrint } from "../core/pipeline/content-print";

export interface WorkerStart {
  /** One Int32: the id of the file the thread is reading, -1 between batches. */
  progress: SharedArrayBuffer;
}

export interface WorkerRequest {
  files: { id: number; /** A name that is not valid UTF-8 arrives as its bytes. */ file: string | Uint8Array; name: string }[];
  today: string;
  form?: FormId;
  /** Make each report's content print beside its check (the files are to be consolidated). */
  contentPrints?: boolean;
}

export interface WorkerAnswer {
  /** Each file's packed report: `bytes[at, at + length)`. */
  answers: { id: number; at: number; length: number; /** The stack of an unexpected failure, for `--debug`. */ internal?: string }[];
  bytes: ArrayBuffer;
  /** Milliseconds this thread has been busy so far (its event loop's active time), for `--stats`. */
  busyMs: number;
}

if (parentPort) {
  const port = parentPort;
  const current = new Int32Array((workerData as WorkerStart).progress);
  port.on("message", (req: WorkerRequest) => {
    const answers: WorkerAnswer["answers"] = [];
    const packed: Uint8Array[] = [];
    let at = 0;
    for (const f of req.files) {
      Atomics.store(current, 0, f.id);
      let internal: string | undefined;
      const path = typeof f.file === "string" ? f.file : Buffer.from(f.file);
      const checked = checkOneSync({ path, name: f.name }, req.today, req.form, (e) => (internal = String((e as Error).stack ?? e)));
      const bytes = packCheckedFile(req.contentPrints ? withContentPrint(checked) : checked);
      answers.push({ id: f.id, at, length: bytes.length, ...(internal !== undefined ? { internal } : {}) });
      packed.push(bytes);
      at += bytes.length;
    }
    const all = new Uint8Array(at);
    at = 0;
    for (const p of packed) {
      all.set(p, at);
      at += p.length;
    }
    // The last file stays blamed until its answer is out: a crash while answering is still its.
    port.postMessage({ answers, bytes: all.buffer, busyMs: performance.eventLoopUtilization().active } satisfies WorkerAnswer, [all.buffer]);
    Atomics.store(current, 0, -1);
  });
}
