/**
 * Reading and checking many files, keeping only each file's checked report: memory
 * stays flat however many files a province sends. With jobs > 1 the files are spread
 * over worker threads (one per core by default), each reading and checking its own.
 */
import * as os from "node:os";
import * as path from "node:path";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { CheckedFile } from "../core/check/result";
import { checkOne } from "./commands/check";
import type { WorkerRequest } from "./worker";

export interface CheckManyOptions {
  /** Worker threads; default one per core when the built worker is there, else in-process. */
  jobs?: number;
  onProgress?(done: number): void;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(os.cpus().length, 8));
}

/** The bundled worker sits beside the bundled CLI; from sources (tests) there is none. */
function workerScript(): string | undefined {
  const script = path.join(__dirname, "worker.js");
  return existsSync(script) ? script : undefined;
}

export async function checkFiles(files: readonly string[], today: string, opts: CheckManyOptions = {}): Promise<{ results: CheckedFile[]; jobs: number }> {
  const script = workerScript();
  const jobs = Math.min(opts.jobs ?? defaultJobs(), Math.max(1, files.length));
  if (jobs <= 1 || !script) {
    const results: CheckedFile[] = [];
    for (const file of files) {
      results.push(await checkOne(file, today));
      opts.onProgress?.(results.length);
    }
    return { results, jobs: 1 };
  }
  return { results: await inWorkers(script, files, today, jobs, opts.onProgress), jobs };
}

function inWorkers(script: string, files: readonly string[], today: string, jobs: number, onProgress?: (done: number) => void): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const results: CheckedFile[] = new Array(files.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (e?: Error) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const req: WorkerRequest = { id: next, file: files[next]!, today };
      next++;
      w.postMessage(req);
    };
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(script);
      workers.push(w);
      w.on("message", (m: { id: number; result?: CheckedFile; error?: string }) => {
        if (failed) return;
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
