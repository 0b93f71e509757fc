/**
 * Reading and checking many files, keeping only each file's checked report: memory
 * stays flat however many files a province sends. With jobs > 1 the files are spread
 * over worker threads (one per core by default), each reading and checking its own.
 */
import * as os from "node:os";
import * as path from "node:path";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import type { CheckedFile } from "../core/check";
import { checkOne } from "./commands/check";
import type { FormId } from "../core/forms";
import type { WorkerAnswer, WorkerRequest } from "./worker";

export interface CheckManyOptions {
  /** Worker threads; default one per core (at most one per 100 files) when the built worker is there, else in-process. */
  jobs?: number;
  /** Read only this form in each workbook. */
  form?: FormId;
  onProgress?(done: number): void;
}

/** Files a worker thread must have to read to be worth its start (loading the checks, warming up: some 0.3 s). */
const FILES_PER_WORKER = 100;

export function defaultJobs(files = Infinity): number {
  return Math.max(1, Math.min(os.cpus().length, 8, Math.floor(files / FILES_PER_WORKER)));
}

/** The bundled worker sits beside the bundled CLI; from sources (tests) there is none. */
function workerScript(): string | undefined {
  const script = path.join(__dirname, "worker.js");
  return existsSync(script) ? script : undefined;
}

export interface CheckManyResult {
  results: CheckedFile[];
  /** Threads that read and checked the files (1: in this thread). */
  jobs: number;
  /** Milliseconds those threads were busy reading and checking, added up: CPU time, near enough. */
  busyMs: number;
}

export async function checkFiles(files: readonly string[], today: string, opts: CheckManyOptions = {}): Promise<CheckManyResult> {
  const script = workerScript();
  const jobs = Math.min(opts.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
  if (jobs <= 1 || !script) {
    const results: CheckedFile[] = [];
    let busyMs = 0;
    for (const file of files) {
      const start = performance.now();
      results.push(await checkOne(file, today, opts.form));
      busyMs += performance.now() - start;
      opts.onProgress?.(results.length);
    }
    return { results, jobs: 1, busyMs };
  }
  return { ...(await inWorkers(script, files, today, jobs, opts.onProgress, opts.form)), jobs };
}

function inWorkers(script: string, files: readonly string[], today: string, jobs: number, onProgress?: (done: number) => void, form?: FormId): Promise<{ results: CheckedFile[]; busyMs: number }> {
  return new Promise((resolve, reject) => {
    const results: CheckedFile[] = new Array(files.length);
    const workers: Worker[] = [];
    const busy = new Map<Worker, number>();
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (e?: Error) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve({ results, busyMs: [...busy.values()].reduce((a, b) => a + b, 0) });
    };
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const req: WorkerRequest = { id: next, file: files[next]!, today, ...(form ? { form } : {}) };
      next++;
      w.postMessage(req);
    };
    for (let i = 0; i < jobs; i++) {
      // A worker holds one file at a time: a small young generation keeps its memory small too.
      const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      workers.push(w);
      w.on("message", (m: WorkerAnswer) => {
        if (failed) return;
        busy.set(w, m.busyMs);
        if (m.error !== undefined || !m.result) {
          failed = true;
          finish(new Error(m.error ?? "worker gave no result"));
          return;
        }
        results[m.id] = m.result;
        done++;
        onProgress?.(done);
        if (done === files.length) finish();
        else feed(w);
      });
      w.on("error", (e) => {
        if (!failed) {
          failed = true;
          finish(e);
        }
      });
      feed(w);
      feed(w);
    }
  });
}
