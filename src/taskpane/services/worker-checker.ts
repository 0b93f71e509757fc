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
import { AbortedError, throwIfAborted, unreadable, type Checker, type CheckRun, type FileToCheck, type OnProgress } from "./checker";
import { refused } from "../../xlsx/refused";

/** The messages between the pane and a check worker: a batch of files out, one result per file back. */
export interface CheckBatch {
  type: "check";
  today: string;
  /** `index` is the file's place in the whole run, so results come back in input order. */
  files: { index: number; name: string; buffer: ArrayBuffer }[];
}

export type WorkerReply =
  /** The worker's script has loaded: from now on a failure is the fault of the file it is on. */
  | { type: "ready" }
  | { type: "checked"; index: number; result: CheckedFile }
  /** The worker could not start (its script or the reader failed to load). */
  | { type: "failed"; message: string };

/** What the pool needs of a Worker; `new Worker(...)` fits, and so does a test double. */
export interface WorkerLike {
  postMessage(message: CheckBatch, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
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

export function workerChecker(spawn: () => WorkerLike, options: WorkerCheckerOptions = {}): Checker {
  const batchSize = Math.max(1, options.batchSize ?? 8);
  const maxWorkers = Math.max(1, options.workers ?? defaultWorkers());
  return {
    checkFiles(files, onProgress, signal, run) {
      throwIfAborted(signal);
      return new Pool(spawn, files, onProgress, signal, run, batchSize, Math.min(maxWorkers, Math.ceil(files.length / batchSize)), options.fileMs ?? FILE_MS).run();
    },
  };
}

function defaultWorkers(): number {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.min(4, Math.max(1, cores - 1));
}

class Pool {
  private readonly results: (CheckedFile | undefined)[];
  private readonly workers: WorkerLike[] = [];
  /** Workers whose script has loaded (they said so, or answered a file). */
  private readonly ready = new WeakSet<WorkerLike>();
  /** The watchdogs' timers, cleared when the run ends or is cancelled. */
  private readonly watches = new Set<ReturnType<typeof setTimeout>>();
  private next = 0;
  private done = 0;
  private finished = false;
  private resolve!: (r: CheckedFile[]) => void;
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
  ) {
    this.results = new Array(files.length);
  }

  run(): Promise<CheckedFile[]> {
    const promise = new Promise<CheckedFile[]>((resolve, reject) => {
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
        this.fail(e);
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

  /** The batch's bytes; a file that cannot be read is recorded at once and not sent. */
  private async read(indexes: readonly number[]): Promise<CheckBatch["files"]> {
    const out: CheckBatch["files"] = [];
    for (const index of indexes) {
      const file = this.files[index]!;
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
      const [culprit, ...after] = rest.filter((f) => this.results[f.index] === undefined);
      if (!culprit) return worker;
      this.record(culprit.index, refused(culprit.name, outcome === "timeout" ? "read.timeout" : "read.internal", outcome === "timeout" ? { seconds: Math.round(this.fileMs / 100) / 10 } : {}));
      this.retire(worker);
      worker = this.spawn();
      this.workers.push(worker);
      // The bytes went to the worker that was ended: the files behind the culprit are read again.
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
        if (reply.type === "failed") return (this.stopWatch(timer), reject(new Error(reply.message)));
        if (reply.type === "ready") return void this.ready.add(worker);
        this.ready.add(worker);
        this.record(reply.index, reply.result);
        if (--waiting === 0) {
          this.stopWatch(timer);
          resolve("done");
        } else watch();
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.stopWatch(timer);
        if (this.ready.has(worker)) resolve("crashed");
        else reject(new Error(event.message || "check worker failed"));
      };
      watch();
      worker.postMessage({ type: "check", today: this.checkRun.today, files }, files.map((f) => f.buffer));
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

  private record(index: number, result: CheckedFile): void {
    if (this.finished) return;
    this.results[index] = result;
    this.done++;
    this.onProgress(this.done, this.files.length);
  }

  private finish(): void {
    if (this.finished) return;
    this.stop();
    this.resolve(this.results as CheckedFile[]);
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
