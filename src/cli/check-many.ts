/**
 * Reading and checking many files, keeping only each file's checked report: memory
 * stays flat however many files a province sends. The files are spread over worker
 * threads (one per core by default), each reading and checking its own under a budget.
 */
import * as os from "node:os";
import * as path from "node:path";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { CheckedFile } from "../core/check";
import { checkOne } from "./check-one";
import { PackedFile, packCheckedFile } from "../core/consolidate/packed-file";
import { withContentPrint } from "../core/pipeline/content-print";
import type { FormId } from "../core/forms";
import type { Source } from "./files";
import { checkInWorkers, DEFAULT_BUDGET, type Budget } from "./worker-pool";

export interface CheckManyOptions {
  /** Worker threads; default one per core (fewer for a handful of files). */
  jobs?: number;
  /** Read only this form in each workbook. */
  form?: FormId;
  /** Make each report's content print beside its check: the files are to be consolidated. */
  contentPrints?: boolean;
  /** Time and memory one file may take; only worker threads can enforce it. */
  budget?: Budget;
  /** The worker script; default the bundled one beside this file. */
  script?: string;
  onProgress?(done: number): void;
  /** Told of every failure that was not the file's fault, with its stack, for `--debug`. */
  onInternalError?(file: string, detail: string): void;
}

/**
 * Files a worker thread must have to read to be worth its start (loading the checks,
 * warming up, some 0.3 s of a core). Measured on 2 cores, a second worker was 5–15 %
 * slower than one at 100 and 300 files, even at 1,000 and 20 % faster at 3,000: it is
 * started from 500 files on, so the default is never slower than `--jobs 1`.
 */
const FILES_PER_WORKER = 500;

export function defaultJobs(files = Infinity): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8, Math.ceil(files / FILES_PER_WORKER)));
}

/** The bundled worker sits beside the bundled CLI; from sources (tests) there is none. */
function workerScript(): string | undefined {
  const script = path.join(__dirname, "worker.js");
  return existsSync(script) ? script : undefined;
}

export interface CheckManyResult {
  results: CheckedFile[];
  /** Threads that read and checked the files (1 also when this thread did, from the sources). */
  jobs: number;
  /** Milliseconds those threads were busy reading and checking, added up: CPU time, near enough. */
  busyMs: number;
}

/**
 * Whenever a worker script is there, files are read in worker threads, even with
 * `--jobs 1`: only a thread can be stopped when a file takes too long or too much memory.
 * From the sources (unit tests) files are read in this thread, without a budget, and
 * kept packed all the same.
 */
export async function checkFiles(files: readonly Source[], today: string, opts: CheckManyOptions = {}): Promise<CheckManyResult> {
  const script = opts.script ?? workerScript();
  const jobs = Math.min(opts.jobs ?? defaultJobs(files.length), Math.max(1, files.length));
  if (!script) {
    const results: CheckedFile[] = [];
    let busyMs = 0;
    for (const file of files) {
      const start = performance.now();
      const checked = await checkOne(file, today, opts.form, (e) => opts.onInternalError?.(file.name, String((e as Error).stack ?? e)));
      // Kept packed, as the workers' answers are: one path for what follows, whichever thread read the file.
      results.push(new PackedFile(packCheckedFile(opts.contentPrints ? withContentPrint(checked) : checked)));
      busyMs += performance.now() - start;
      opts.onProgress?.(results.length);
    }
    return { results, jobs: 1, busyMs };
  }
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const run = await checkInWorkers(files, { script, jobs, today, budget, ...(opts.form ? { form: opts.form } : {}), ...(opts.contentPrints ? { contentPrints: true } : {}), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.onInternalError ? { onInternalError: opts.onInternalError } : {}) });
  return { ...run, jobs };
}
