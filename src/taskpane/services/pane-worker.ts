/**
 * What the pane's worker script does, in one of two roles chosen by the messages it gets. A check
 * worker reads (the chosen file itself, here, not in the pane) and checks the files of each
 * batch; its results go back to the pane, or, once given a sink port, straight to the
 * consolidation worker with only a tick to the pane. The consolidation worker (hub-*
 * messages) gathers the results, consolidates and renders the summary. One script for both
 * keeps one worker for the single-file page to inline. Given its scope (check.worker.ts
 * passes `self`), so tests run it in their own thread.
 */
import type { CheckedFile } from "../../core/check";
import { unreadable } from "./checker";
import { checkOne } from "./check-one";
import type { FromHub, ToHub } from "./hub-protocol";
import type { CheckBatch, SinkMessage, WorkerReply } from "./worker-checker";

export interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckBatch | SinkMessage | ToHub>) => void) | null;
  postMessage(message: WorkerReply | FromHub, transfer?: Transferable[]): void;
}

declare const FileReaderSync: { new (): { readAsArrayBuffer(blob: Blob): ArrayBuffer } } | undefined;

export function servePaneWorker(scope: WorkerScope): void {
  /** Batches are checked one after another, each file in order, even while a chunk loads. */
  let queue = Promise.resolve();
  let sink: MessagePort | undefined;
  let hub: Promise<(m: ToHub) => void> | undefined;

  scope.onmessage = (event) => {
    const m = event.data;
    if (m.type === "sink") sink = m.port;
    else if (m.type === "check") queue = queue.then(() => checkBatch(scope, m, sink));
    else {
      hub ??= import("./hub.worker-side").then(({ hubHandler }) => hubHandler((reply, transfer) => scope.postMessage(reply, transfer ?? [])));
      // In arrival order: the chunk loads once, and every message waits for it.
      hub = hub.then((handle) => (handle(m), handle));
    }
  };
  scope.postMessage({ type: "ready" });
}

async function checkBatch(scope: WorkerScope, batch: CheckBatch, sink: MessagePort | undefined): Promise<void> {
  for (const f of batch.files) {
    let result: CheckedFile;
    try {
      result = await checkOne(f.name, new Uint8Array(f.buffer ?? (await read(f.file!))), batch.today);
    } catch (e) {
      result = unreadable(f.name, e);
    }
    if (sink) {
      // The consolidation needs no fixes: what crosses to the hub is kept small.
      sink.postMessage({ index: f.index, result: { ...result, fixes: [] } });
      scope.postMessage({ type: "checked", index: f.index });
    } else scope.postMessage({ type: "checked", index: f.index, result });
  }
}

/** One bounded synchronous read where the worker has it (the thread has nothing else to do), else a promise. */
function read(file: Blob): ArrayBuffer | Promise<ArrayBuffer> {
  return typeof FileReaderSync === "function" ? new FileReaderSync().readAsArrayBuffer(file) : file.arrayBuffer();
}
