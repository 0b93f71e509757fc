/**
 * The checker that runs in Web Workers. A few workers each take a small batch of files at a
 * time: the batch's bytes are read only then, and handed over (transferred, not copied), so
 * memory holds a few batches however many files were chosen. Cancel terminates the workers.
 *
 * No file can stop the run: a worker that crashes on a file (out of memory, a bug of ours)
 * or spends longer than the time budget on one is ended and replaced; that file is refused
 * with its own reason and the rest of its batch is read again and sent to the replacement.
 * Only a worker that fails before its script has loaded fails the run (the fallback then
 * checks in the pane's own thread).
 */
import type { CheckedFile } from "../../core/check";
import { AbortedError, throwIfAborted, unreadable, WorkerStartError, type Checker, type CheckRun, type FileToCheck, type OnProgress } from "./checker";
import { refused } from "../../xlsx/refused";

/** The messages between the pane and a check worker: a batch of files out, one result per file back. */
export interface CheckBatch {
  type: "check";
  today: string;
  /**
   * `index` is the file's place in the whole run, so results come back in input order. A chosen
   * file goes as itself (`file`, a handle the worker reads), so the pane's thread never reads it;
   * bytes already in memory go as `buffer`, transferred.
   */
  files: { index: number; name: string; buffer?: ArrayBuffer; file?: Blob }[];
}

/** Sent to a check worker started ahead of its run: rehearse checking while the user chooses the files (warm-checks.ts). */
export interface RehearseMessage {
  type: "rehearse";
}

/** From now on the worker sends each result to this port (the consolidation's worker), and the pane only a tick. */
export interface SinkMessage {
  type: "sink";
  port: MessagePort;
}

/** To a check worker whose files are all checked: deflate the summary's pieces that come on this port (deflate-serve.ts). */
export interface DeflateMessage {
  type: "deflate";
  port: MessagePort;
}

export type WorkerReply =
  /** The worker's script has loaded: from now on a failure is the fault of the file it is on. */
  | { type: "ready" }
  /** `result` is absent when it went to the sink. */
  | { type: "checked"; index: number; result?: CheckedFile }
  /** These files' results went to the sink. */
  | { type: "checked-all"; indexes: number[] }
  /** The worker could not start (its script or the reader failed to load). */
  | { type: "failed"; message: string };

/** What the pool needs of a Worker; `new Worker(...)` fits, and so does a test double. */
export interface WorkerLike<In = CheckBatch | SinkMessage | RehearseMessage | DeflateMessage, Out = WorkerReply> {
  postMessage(message: In, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * Where results go instead of back to the pane: `attach` connects each new worker (the first
 * ones and every replacement), `deliver` takes a result the pane itself made (a file that
 * could not be read, crashed or hung its worker).
 */
export interface ResultSink {
  attach(worker: WorkerLike): void;
  deliver(index: number, result: CheckedFile): void;
  /**
   * Every file checked: one worker that checked without fault is handed over rather than
   * ended (the consolidation has its summary deflated there), its handlers cleared; the one
   * who adopts it ends it. A run cancelled or failed hands over none.
   */
  adopt?(worker: WorkerLike): void;
}

export interface WorkerCheckerOptions {
  /** How many workers at most; never more than there are batches. */
  workers?: number;
  /** Files per message to a worker. */
  batchSize?: number;
  /** Time one file may take to be read and checked, in milliseconds. */
  fileMs?: number;
}

/** As the command line's budget: generous for a real form on an old PC. */
const FILE_MS = 60_000;
/** Files per message by default: a worker reads a message's chosen files together (read-ahead.ts). */
export const BATCH_FILES = 16;

export function workerChecker(spawn: () => WorkerLike, options: WorkerCheckerOptions = {}): Checker {
  return {
    async checkFiles(files, onProgress, signal, run) {
      return (await runPool(spawn, options, files, onProgress, signal, run)) as CheckedFile[];
    },
  };
}

/** Checks the files in workers, every result going to `sink` rather than to the pane; progress still comes here. */
export async function checkInto(spawn: () => WorkerLike, options: WorkerCheckerOptions, sink: ResultSink, files: readonly FileToCheck[], onProgress: OnProgress, signal: AbortSignal, run: CheckRun): Promise<void> {
  await runPool(spawn, options, files, onProgress, signal, run, sink);
}

function runPool(spawn: () => WorkerLike, options: WorkerCheckerOptions, files: readonly FileToCheck[], onProgress: OnProgress, signal: AbortSignal, run: CheckRun, sink?: ResultSink): Promise<(CheckedFile | undefined)[]> {
  throwIfAborted(signal);
  const batchSize = Math.max(1, options.batchSize ?? BATCH_FILES);
  const maxWorkers = Math.max(1, options.workers ?? defaultWorkers());
  const connected = (): WorkerLike => {
    const worker = spawn();
    sink?.attach(worker);
    return worker;
  };
  return new Pool(connected, files, onProgress, signal, run, batchSize, Math.min(maxWorkers, Math.ceil(files.length / batchSize)), options.fileMs ?? FILE_MS, sink).run();
}

/** One worker per core (the pane's own thread only draws), within reason on a big machine. */
export function defaultWorkers(): number {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.min(8, Math.max(1, cores));
}

class Pool {
  private readonly results: (CheckedFile | undefined)[];
  /** 1 once a file has its result, wherever the result went. */
  private readonly recorded: Uint8Array;
  private readonly workers: WorkerLike[] = [];
  /** Workers whose script has loaded (they said so, or answered a file). */
  private readonly ready = new WeakSet<WorkerLike>();
  /** The watchdogs' timers, cleared when the run ends or is cancelled. */
  private readonly watches = new Set<ReturnType<typeof setTimeout>>();
  private next = 0;
  private done = 0;
  private finished = false;
  private resolve!: (r: (CheckedFile | undefined)[]) => void;
  private reject!: (e: unknown) => void;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly files: readonly FileToCheck[],
    private readonly onProgress: OnProgress,
    private readonly signal: AbortSignal,
    private readonly checkRun: CheckRun,
    private readonly batchSize: number,
    private readonly size: number,
    private readonly fileMs: number,
    private readonly sink?: ResultSink,
  ) {
    this.results = new Array(files.length);
    this.recorded = new Uint8Array(files.length);
  }

  run(): Promise<(CheckedFile | undefined)[]> {
    const promise = new Promise<(CheckedFile | undefined)[]>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (this.files.length === 0) {
      this.finish();
      return promise;
    }
    this.signal.addEventListener("abort", this.onAbort);
    for (let i = 0; i < this.size; i++) {
      let worker: WorkerLike;
      try {
        worker = this.spawn();
      } catch (e) {
        this.fail(new WorkerStartError(e instanceof Error ? e.message : String(e)));
        break;
      }
      this.workers.push(worker);
      void this.feed(worker);
    }
    return promise;
  }

  private readonly onAbort = () => this.fail(new AbortedError());

  /** Gives the worker batch after batch until none is left. */
  private async feed(worker: WorkerLike): Promise<void> {
    while (!this.finished && this.next < this.files.length) {
      const start = this.next;
      this.next = Math.min(this.files.length, start + this.batchSize);
      const batch = await this.read(Array.from({ length: this.next - start }, (_, i) => start + i));
      if (this.finished) return;
      if (batch.length > 0) {
        try {
          worker = await this.send(worker, batch);
        } catch (e) {
          this.fail(e);
          return;
        }
      }
    }
    if (!this.finished && this.done === this.files.length) this.finish();
  }

  /** The batch's files, or their bytes when they are not files; one that cannot be read is recorded at once and not sent. */
  private async read(indexes: readonly number[]): Promise<CheckBatch["files"]> {
    const out: CheckBatch["files"] = [];
    for (const index of indexes) {
      const file = this.files[index]!;
      if (file.blob) {
        out.push({ index, name: file.name, file: file.blob });
        continue;
      }
      try {
        out.push({ index, name: file.name, buffer: await file.bytes() });
      } catch (e) {
        this.record(index, unreadable(file.name, e));
      }
    }
    return out;
  }

  /**
   * Sends a batch and waits for all its answers. Resolves with the worker to go on with:
   * the same one, or a replacement when a file failed it.
   */
  private async send(worker: WorkerLike, files: CheckBatch["files"]): Promise<WorkerLike> {
    let rest = files;
    while (rest.length > 0 && !this.finished) {
      const outcome = await this.sendOnce(worker, rest);
      if (outcome === "done" || this.finished) return worker;
      const unanswered = rest.filter((f) => this.recorded[f.index] === 0);
      if (unanswered.length === 0) return worker;
      this.retire(worker);
      worker = this.spawn();
      this.workers.push(worker);
      // The bytes went to the worker that was ended: the unanswered files are read again.
      if (this.sink && unanswered.length > 1) {
        // A worker sending to a sink answers a few files at a time, so which of the unanswered
        // failed it is not known: each goes alone to a worker, which answers one file at once.
        for (const one of await this.read(unanswered.map((f) => f.index))) worker = await this.send(worker, [one]);
        return worker;
      }
      const [culprit, ...after] = unanswered;
      this.record(culprit!.index, refused(culprit!.name, outcome === "timeout" ? "read.timeout" : "read.internal", outcome === "timeout" ? { seconds: Math.round(this.fileMs / 100) / 10 } : {}));
      rest = await this.read(after.map((f) => f.index));
    }
    return worker;
  }

  private sendOnce(worker: WorkerLike, files: CheckBatch["files"]): Promise<"done" | "crashed" | "timeout"> {
    let waiting = files.length;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const watch = () => {
        this.stopWatch(timer);
        if (this.finished) return;
        timer = setTimeout(() => resolve("timeout"), this.fileMs);
        this.watches.add(timer);
      };
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.type === "failed") return (this.stopWatch(timer), reject(new WorkerStartError(reply.message)));
        if (reply.type === "ready") return void this.ready.add(worker);
        this.ready.add(worker);
        const indexes = reply.type === "checked-all" ? reply.indexes : [reply.index];
        for (const index of indexes) this.record(index, reply.type === "checked" ? reply.result : undefined);
        waiting -= indexes.length;
        if (waiting <= 0) {
          this.stopWatch(timer);
          resolve("done");
        } else watch();
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.stopWatch(timer);
        if (this.ready.has(worker)) resolve("crashed");
        else reject(new WorkerStartError(event.message || "check worker failed"));
      };
      watch();
      // The batch in one message, bytes transferred. Chosen files go as themselves: the browser
      // looks each up on the disk as it is sent (a synchronous call), which the pane does ahead
      // when they are chosen (stat-ahead.ts), so a message of many is not a long task.
      worker.postMessage({ type: "check", today: this.checkRun.today, files }, files.flatMap((f) => (f.buffer ? [f.buffer] : [])));
    });
  }

  private stopWatch(timer: ReturnType<typeof setTimeout> | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.watches.delete(timer);
  }

  private retire(worker: WorkerLike): void {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
  }

  private record(index: number, result: CheckedFile | undefined): void {
    if (this.finished || this.recorded[index] === 1) return;
    this.recorded[index] = 1;
    if (result && this.sink) this.sink.deliver(index, result);
    else this.results[index] = result;
    this.done++;
    this.onProgress(this.done, this.files.length);
  }

  private finish(): void {
    if (this.finished) return;
    const kept = this.sink?.adopt ? this.workers.find((w) => this.ready.has(w)) : undefined;
    if (kept) {
      this.workers.splice(this.workers.indexOf(kept), 1);
      kept.onmessage = null;
      kept.onerror = null;
    }
    this.stop();
    if (kept) this.sink!.adopt!(kept);
    this.resolve(this.results);
  }

  private fail(e: unknown): void {
    if (this.finished) return;
    this.stop();
    this.reject(e);
  }

  private stop(): void {
    this.finished = true;
    this.signal.removeEventListener("abort", this.onAbort);
    for (const t of this.watches) clearTimeout(t);
    this.watches.clear();
    for (const w of this.workers) w.terminate();
  }
}
