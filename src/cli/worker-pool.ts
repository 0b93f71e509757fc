/**
 * Worker threads that read and check files under a budget. Each worker's heap is capped
 * (`resourceLimits`) and a watchdog times the file each one is on: a worker that runs out
 * of memory or over time is ended and replaced, its file is refused with its own reason,
 * and the files queued behind it go to the replacement. No file can stop the run.
 *
 * Files go out in batches and come back as one transferred buffer per batch: the main
 * thread does nothing per file but keep its packed report. Which file a worker is on is
 * read from memory the worker shares (worker.ts), never inferred from the answers.
 */
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import type { CheckedFile } from "../core/check";
import type { FormId } from "../core/forms";
import { PackedFile } from "../core/consolidate/packed-file";
import { refused } from "../xlsx/check-file";
import type { Source } from "./files";
import type { WorkerAnswer, WorkerRequest, WorkerStart } from "./worker";
import { tuneGarbageCollection } from "./memory";

export interface Budget {
  /** Wall-clock time one file may take to be read and checked. */
  fileMs: number;
  /** Old-generation heap of one worker; a file needing more is refused. */
  heapMb: number;
}

/**
 * Generous for a real form on an old PC (a few hundred milliseconds, tens of megabytes),
 * tight enough that a hostile file costs the run little.
 */
export const DEFAULT_BUDGET: Readonly<Budget> = Object.freeze({ fileMs: 60_000, heapMb: 512 });

export interface PoolOptions {
  script: string;
  jobs: number;
  today: string;
  form?: FormId;
  /** Each report's content print made beside its check, for a consolidation (core/pipeline/content-print.ts). */
  contentPrints?: boolean;
  budget: Budget;
  onProgress?(done: number): void;
  /** Told of every failure that was not the file's fault, stack and all, for `--debug`. */
  onInternalError?(file: string, detail: string): void;
}

/** Batches sent to a worker ahead of the one it is on, so it never waits for the main thread. */
const AHEAD = 2;
/** Files per batch at most: few enough that the workers finish together, and that a crash re-reads little. */
const MAX_BATCH = 32;

interface Slot {
  worker: Worker;
  /** The id of the file the worker is reading (-1 between batches), written by the worker. */
  current: Int32Array;
  /** Indexes of the files sent to this worker and not yet answered, in the order it reads them. */
  queue: number[];
  batches: number;
  /** The file the watchdog last saw it on, and since when. */
  seen: number;
  since: number;
  busyMs: number;
}

export function batchSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.ceil(files / (jobs * 8))));
}

export function checkInWorkers(files: readonly Source[], o: PoolOptions): Promise<{ results: CheckedFile[]; busyMs: number }> {
  tuneGarbageCollection();
  return new Promise((resolve) => {
    const results: CheckedFile[] = new Array(files.length);
    const slots = new Set<Slot>();
    const pending: number[] = files.map((_, i) => i);
    const batch = batchSize(files.length, o.jobs);
    let done = 0;
    let retiredBusyMs = 0;

    const record = (index: number, result: CheckedFile) => {
      if (results[index] !== undefined) return false;
      results[index] = result;
      done++;
      return true;
    };

    const tick = Math.max(5, Math.min(250, o.budget.fileMs / 8));
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of [...slots]) {
        const on = Atomics.load(slot.current, 0);
        if (on !== slot.seen) {
          slot.seen = on;
          slot.since = now;
        } else if (now - slot.since >= o.budget.fileMs) {
          // On no file for that long with files waiting: a worker that never started (its
          // script hangs as it loads) costs the first file it was sent, so the run moves on.
          const late = on >= 0 ? on : slot.queue[0];
          if (late === undefined || results[late] !== undefined) continue;
          record(late, refused(files[late]!.name, "read.timeout", { seconds: Math.round(o.budget.fileMs / 100) / 10 }));
          o.onProgress?.(done);
          retire(slot, late);
        }
      }
    }, tick);
    watchdog.unref?.();

    const finishIfDone = () => {
      if (done < files.length) return;
      clearInterval(watchdog);
      let busyMs = retiredBusyMs;
      for (const s of slots) {
        busyMs += s.busyMs;
        void s.worker.terminate();
      }
      slots.clear();
      resolve({ results, busyMs });
    };

    const feed = (slot: Slot) => {
      while (slot.batches < AHEAD && pending.length > 0) {
        const ids = pending.splice(0, batch);
        const req: WorkerRequest = { files: ids.map((id) => ({ id, file: files[id]!.path, name: files[id]!.name })), today: o.today, ...(o.form ? { form: o.form } : {}), ...(o.contentPrints ? { contentPrints: true } : {}) };
        // Its time on no file counts from now: it had nothing to do before.
        if (slot.queue.length === 0) slot.since = performance.now();
        slot.queue.push(...ids);
        slot.batches++;
        slot.worker.postMessage(req);
      }
    };

    /** Ends a worker whose file failed it; the files it had not answered, but that one, go back to the front. */
    const retire = (slot: Slot, culprit: number | undefined) => {
      if (!slots.delete(slot)) return;
      retiredBusyMs += slot.busyMs;
      slot.worker.removeAllListeners();
      slot.worker.on("error", () => undefined);
      void slot.worker.terminate();
      pending.unshift(...slot.queue.filter((i) => i !== culprit && results[i] === undefined));
      finishIfDone();
      if (pending.length > 0) start();
    };

    const start = () => {
      const progress = new SharedArrayBuffer(4);
      const current = new Int32Array(progress);
      current[0] = -1;
      const worker = new Worker(o.script, {
        // A worker holds one file at a time: a small young generation keeps its memory small too.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: o.budget.heapMb },
        workerData: { progress } satisfies WorkerStart,
        stdout: false,
        stderr: false,
      });
      const slot: Slot = { worker, current, queue: [], batches: 0, seen: -1, since: 0, busyMs: 0 };
      slots.add(slot);
      worker.on("message", (m: WorkerAnswer) => {
        slot.busyMs = m.busyMs;
        slot.batches--;
        const bytes = new Uint8Array(m.bytes);
        const answered = new Set<number>();
        for (const a of m.answers) {
          answered.add(a.id);
          if (a.internal !== undefined) o.onInternalError?.(files[a.id]!.name, a.internal);
          record(a.id, new PackedFile(bytes.subarray(a.at, a.at + a.length)));
        }
        slot.queue = slot.queue.filter((i) => !answered.has(i));
        o.onProgress?.(done);
        feed(slot);
        finishIfDone();
      });
      // Blame is laid at exit, not at the error: Node delivers every answer the worker sent
      // before it emits "exit", but an "error" can overtake them.
      let failure: Error | undefined;
      worker.on("error", (e) => (failure = e));
      worker.on("exit", () => {
        const on = Atomics.load(current, 0);
        // Off every file (it died between batches, or at its start): the first it was sent pays, so the run always moves on.
        const culprit = on >= 0 && results[on] === undefined ? on : slot.queue.find((i) => results[i] === undefined);
        if (culprit !== undefined) {
          const name = files[culprit]!.name;
          const oom = (failure as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
          if (!oom) o.onInternalError?.(name, failure ? String(failure.stack ?? failure) : "the worker stopped");
          record(culprit, oom ? refused(name, "read.memory", { limit: o.budget.heapMb }) : refused(name, "read.internal"));
          o.onProgress?.(done);
        }
        retire(slot, culprit);
      });
      feed(slot);
    };

    if (files.length === 0) {
      clearInterval(watchdog);
      return resolve({ results, busyMs: 0 });
    }
    for (let i = 0; i < o.jobs && pending.length > 0; i++) start();
  });
}
