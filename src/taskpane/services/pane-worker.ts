/**
 * What the pane's worker script does, in one of two roles chosen by the messages it gets. A check
 * worker reads (the chosen file itself, here, not in the pane) and checks the files of each
 * batch; its results go back to the pane, or, once given a sink port, straight to the
 * consolidation worker with only a tick to the pane; its files all checked, it may be given
 * the summary's pieces to deflate (deflate-serve.ts). The consolidation worker (hub-*
 * messages) gathers the results, consolidates and renders the summary. One script for both
 * keeps one worker for the single-file page to inline. Given its scope (check.worker.ts
 * passes `self`), so tests run it in their own thread.
 */
import type { CheckedFile } from "../../core/check";
import { unreadable } from "./checker";
import { checkOne } from "./check-one";
import type { FromHub, HubResult, HubResults, ToHub } from "./hub-protocol";
import { ReadAhead, type Read } from "./read-ahead";
import type { CheckBatch, DeflateMessage, RehearseMessage, SinkMessage, WorkerReply } from "./worker-checker";

export interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckBatch | SinkMessage | RehearseMessage | DeflateMessage | ToHub>) => void) | null;
  postMessage(message: WorkerReply | FromHub, transfer?: Transferable[]): void;
}

export function servePaneWorker(scope: WorkerScope): void {
  /** Batches are checked one after another, each file in order, even while a chunk loads. */
  let queue = Promise.resolve();
  let sink: MessagePort | undefined;
  let hub: Promise<(m: ToHub) => void> | undefined;
  const ahead = new ReadAhead();
  /** A run's first file came: a rehearsal still going ends. */
  let checking = false;

  scope.onmessage = (event) => {
    const m = event.data;
    if (m.type === "sink") sink = m.port;
    else if (m.type === "rehearse") void import("./warm-checks").then(({ rehearseChecks }) => rehearseChecks(() => checking));
    // The port's messages wait, in order, until the code that answers them has loaded.
    else if (m.type === "deflate") void import("./deflate-serve").then(({ serveDeflate }) => serveDeflate(m.port));
    else if (m.type === "check") {
      checking = true;
      // The message's files are read together, from now; each is checked when its turn comes.
      const reads = m.files.map((f) => (f.buffer ? Promise.resolve<Read>({ bytes: f.buffer }) : ahead.read(f.file!)));
      queue = queue.then(() => checkBatch(scope, m, reads, ahead, sink));
    } else {
      hub ??= import("./hub.worker-side").then(({ hubHandler }) => hubHandler((reply, transfer) => scope.postMessage(reply, transfer ?? [])));
      // In arrival order: the chunk loads once, and every message waits for it.
      hub = hub.then((handle) => (handle(m), handle));
    }
  };
  scope.postMessage({ type: "ready" });
}

/**
 * Answers for this many files at most, or of this many milliseconds, go in one message each to
 * the hub and the pane: every message wakes another thread, which on a busy machine takes the
 * core from this one (a result and a tick per file were a fifth of a worker's time at 1,000
 * files). A batch of one file (the pane isolating the file that crashed or hung a worker) is
 * answered at once, so a crash always names its own file.
 */
const REPLY_FILES = 8;
const REPLY_MS = 50;

async function checkBatch(scope: WorkerScope, batch: CheckBatch, reads: Promise<Read>[], ahead: ReadAhead, sink: MessagePort | undefined): Promise<void> {
  const results: HubResult[] = [];
  let since = performance.now();
  for (const [i, f] of batch.files.entries()) {
    const read = await reads[i]!;
    let result: CheckedFile;
    try {
      if ("error" in read) throw read.error;
      result = await checkOne(f.name, new Uint8Array(read.bytes), batch.today);
    } catch (e) {
      result = unreadable(f.name, e);
    } finally {
      if (f.file) ahead.release(f.file);
    }
    if (!sink) {
      scope.postMessage({ type: "checked", index: f.index, result });
      continue;
    }
    // The consolidation needs no fixes: what crosses to the hub is kept small. Not packed
    // (core/consolidate/packed-file.ts) as the command line's workers send theirs: packing
    // costs these workers, the pane's slowest step, more than the browser's copy does
    // (1,000 files took 3.6 s packed against 3.3 s cloned, measured with bench/pane.js).
    results.push({ index: f.index, result: { ...result, fixes: [] } });
    if (results.length >= REPLY_FILES || i === batch.files.length - 1 || performance.now() - since >= REPLY_MS) {
      // The hub first: when the pane has every tick, the hub has every result on its way.
      sink.postMessage({ results } satisfies HubResults);
      scope.postMessage({ type: "checked-all", indexes: results.map((r) => r.index) });
      results.length = 0;
      since = performance.now();
    }
  }
}
