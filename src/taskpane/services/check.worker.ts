/**
 * The check worker: reads and checks the files of each batch it is sent, off the pane's
 * thread. The reader and the checks are this chunk's own code, loaded with the worker.
 */
import type { CheckBatch, WorkerReply } from "./worker-checker";
import { checkOne } from "./check-one";

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckBatch>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.postMessage({ type: "ready" });

/** Batches are checked one after another, each file in order, even while a chunk loads. */
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const batch = event.data;
  queue = queue.then(async () => {
    for (const f of batch.files) {
      scope.postMessage({ type: "checked", index: f.index, result: await checkOne(f.name, new Uint8Array(f.buffer), batch.today) });
    }
  });
};
