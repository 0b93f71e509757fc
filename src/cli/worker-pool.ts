/**
 * Worker threads that read and check files under a budget. Each worker's heap is capped
 * (`resourceLimits`) and a watchdog times the file each one is on: a worker that runs out
 * of memory or over time is ended and replaced, its file is refused with its own reason,
 * and the files queued behind it go to the replacement. No file can stop the run.
 */
import { Worker } from "node:worker_threads";
import type { CheckedFile } from "../core/check";
import type { FormId } from "../core/forms";
import { refused } from "../xlsx/check-file";
import type { Source } from "./files";
import type { WorkerAnswer, WorkerRequest } from "./worker";

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
  budget: Budget;
  onProgress?(done: number): void;
  /** Told of every failure that was not the file's fault, stack and all, for `--debug`. */
  onInternalError?(file: string, detail: string): void;
}

/** Files sent to a worker ahead of the one it is on, so it never waits for the main thread. */
const AHEAD = 2;

interface Slot {
  worker: Worker;
  /** Indexes of the files sent to this worker, in the order it reads them. */
  queue: number[];
  timer?: NodeJS.Timeout;
  busyMs: number;
}

export function checkInWorkers(files: readonly Source[], o: PoolOptions): Promise<{ results: CheckedFile[]; busyMs: number }> {
  return new Promise((resolve) => {
    const results: CheckedFile[] = new Array(files.length);
    const slots = new Set<Slot>();
    const pending: number[] = files.map((_, i) => i);
    let done = 0;
    let retiredBusyMs = 0;

    const record = (index: number, result: CheckedFile) => {
      if (results[index] !== undefined) return;
      results[index] = result;
      done++;
      o.onProgress?.(done);
    };

    const finishIfDone = () => {
      if (done < files.length) return;
      let busyMs = retiredBusyMs;
      for (const s of slots) {
        busyMs += s.busyMs;
        clearTimeout(s.timer);
        void s.worker.terminate();
      }
      slots.clear();
      resolve({ results, busyMs });
    };

    const watch = (slot: Slot) => {
      clearTimeout(slot.timer);
      const head = slot.queue[0];
      if (head === undefined) return;
      slot.timer = setTimeout(() => {
        record(head, refused(files[head]!.name, "read.timeout", { seconds: Math.round(o.budget.fileMs / 100) / 10 }));
        retire(slot, head);
      }, o.budget.fileMs);
      slot.timer.unref?.();
    };

    const feed = (slot: Slot) => {
      while (slot.queue.length < AHEAD && pending.length > 0) {
        const index = pending.shift()!;
        const f = files[index]!;
        const req: WorkerRequest = { id: index, file: f.path, name: f.name, today: o.today, ...(o.form ? { form: o.form } : {}) };
        slot.queue.push(index);
        slot.worker.postMessage(req);
      }
    };

    /** Ends a worker whose file failed it; the files queued behind that one go back to the front. */
    const retire = (slot: Slot, culprit: number | undefined) => {
      if (!slots.delete(slot)) return;
      clearTimeout(slot.timer);
      retiredBusyMs += slot.busyMs;
      slot.worker.removeAllListeners();
      slot.worker.on("error", () => undefined);
      void slot.worker.terminate();
      pending.unshift(...slot.queue.filter((i) => i !== culprit && results[i] === undefined));
      finishIfDone();
      if (pending.length > 0) start();
    };

    const start = () => {
      const worker = new Worker(o.script, {
        // A worker holds one file at a time: a small young generation keeps its memory small too.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: o.budget.heapMb },
        stdout: false,
        stderr: false,
      });
      const slot: Slot = { worker, queue: [], busyMs: 0 };
      slots.add(slot);
      worker.on("message", (m: WorkerAnswer) => {
        slot.busyMs = m.busyMs;
        if (m.internal !== undefined) o.onInternalError?.(files[m.id]!.name, m.internal);
        record(m.id, m.result);
        slot.queue = slot.queue.filter((i) => i !== m.id);
        feed(slot);
        watch(slot);
        finishIfDone();
      });
      // Blame is laid at exit, not at the error: Node delivers every answer the worker sent
      // before it emits "exit", but an "error" can overtake them, and the file the worker
      // was on is only known once they are all in.
      let failure: Error | undefined;
      worker.on("error", (e) => (failure = e));
      worker.on("exit", () => {
        const head = slot.queue[0];
        if (head !== undefined) {
          const name = files[head]!.name;
          const oom = (failure as NodeJS.ErrnoException | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
          if (!oom) o.onInternalError?.(name, failure ? String(failure.stack ?? failure) : "the worker stopped");
          record(head, oom ? refused(name, "read.memory", { limit: o.budget.heapMb }) : refused(name, "read.internal"));
        }
        retire(slot, head);
      });
      feed(slot);
      watch(slot);
    };

    if (files.length === 0) return resolve({ results, busyMs: 0 });
    for (let i = 0; i < o.jobs && pending.length > 0; i++) start();
  });
}
