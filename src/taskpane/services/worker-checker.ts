/**
 * The checker that runs in Web Workers. A few workers each take a small batch of files at a
 * time: the batch's bytes are read only then, and handed over (transferred, not copied), so
 * memory holds a few batches however many files were chosen. Cancel terminates the workers.
 */
import type { CheckedFile } from "../../core/check";
import { AbortedError, throwIfAborted, type Checker, type CheckRun, type FileToCheck, type OnProgress } from "./checker";
import type { CheckBatch, WorkerReply } from "./check-protocol";
import { unreadable } from "./unreadable";

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
}

export function workerChecker(spawn: () => WorkerLike, options: WorkerCheckerOptions = {}): Checker {
  const batchSize = Math.max(1, options.batchSize ?? 8);
  const maxWorkers = Math.max(1, options.workers ?? defaultWorkers());
  return {
    checkFiles(files, onProgress, signal, run) {
      throwIfAborted(signal);
      return new Pool(spawn, files, onProgress, signal, run, batchSize, Math.min(maxWorkers, Math.ceil(files.length / batchSize))).run();
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
      const batch = await this.read(start, this.next);
      if (this.finished) return;
      if (batch.length > 0) {
        try {
          await this.send(worker, batch);
        } catch (e) {
          this.fail(e);
          return;
        }
      }
    }
    if (!this.finished && this.done === this.files.length) this.finish();
  }

  /** The batch's bytes; a file that cannot be read is recorded at once and not sent. */
  private async read(start: number, end: number): Promise<CheckBatch["files"]> {
    const out: CheckBatch["files"] = [];
    for (let index = start; index < end; index++) {
      const file = this.files[index]!;
      try {
        out.push({ index, name: file.name, buffer: await file.bytes() });
      } catch (e) {
        this.record(index, unreadable(file.name, e));
      }
    }
    return out;
  }

  private send(worker: WorkerLike, files: CheckBatch["files"]): Promise<void> {
    let waiting = files.length;
    return new Promise<void>((resolve, reject) => {
      worker.onmessage = (event) => {
        const reply = event.data;
        if (reply.type === "failed") return reject(new Error(reply.message));
        this.record(reply.index, reply.result);
        if (--waiting === 0) resolve();
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        reject(new Error(event.message || "check worker failed"));
      };
      worker.postMessage({ type: "check", today: this.checkRun.today, files }, files.map((f) => f.buffer));
    });
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
    for (const w of this.workers) w.terminate();
  }
}
