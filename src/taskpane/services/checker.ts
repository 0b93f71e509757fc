/**
 * Reading and checking received files, behind one interface so the pane does not care
 * where the work runs: in Web Workers (the normal case, so a thousand files leave the
 * pane responsive) or on the main thread between paints (tests, hosts without Worker).
 */
import type { CheckedFile } from "../../core/check";
import { problem } from "../../core/problems";

/**
 * A file to check. Its bytes are read only when its turn comes, so choosing a thousand
 * files never holds a thousand files in memory.
 */
export interface FileToCheck {
  name: string;
  bytes(): Promise<ArrayBuffer>;
  /** The chosen file itself, when there is one: a worker reads it, so the pane's thread never does. */
  blob?: Blob;
}

export interface CheckRun {
  /** ISO date of today: the core has no clock. */
  today: string;
}

/** Called after each file with how many are done out of how many. */
export type OnProgress = (done: number, total: number) => void;

export interface Checker {
  /**
   * One CheckedFile per input, in input order. Rejects with an `AbortError` when
   * `signal` is aborted; a file that cannot be read is a result with a problem, not a rejection.
   */
  checkFiles(files: readonly FileToCheck[], onProgress: OnProgress, signal: AbortSignal, run: CheckRun): Promise<CheckedFile[]>;
}

/** A chosen `File` (from `<input type=file>`), read lazily. */
export function fileToCheck(file: File): FileToCheck {
  return { name: file.name, bytes: () => readFile(file), blob: file };
}

/** Bytes already in memory, e.g. in tests; each read gets its own copy, since a worker takes ownership. */
export function bytesToCheck(name: string, bytes: Uint8Array): FileToCheck {
  return { name, bytes: async () => bytes.slice().buffer };
}

/** `Blob.arrayBuffer()` where the browser has it, FileReader in older webviews (Office on old Windows). */
function readFile(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/** What a cancelled run rejects with; tell it apart with `isAbort`. */
export class AbortedError extends Error {
  override name = "AbortError";
  constructor() {
    super("Aborted");
  }
}

/**
 * What a run rejects with when its workers could not start (a strict policy, an old webview,
 * a script that did not load): the one failure the main thread can do better on.
 */
export class WorkerStartError extends Error {
  override name = "WorkerStartError";
}

export function isWorkerStartFailure(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "WorkerStartError";
}

export function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new AbortedError();
}

/**
 * A checker that falls back to another when the first fails for a reason other than
 * Cancel: a host may refuse Web Workers (a strict policy, an old webview) only at run time.
 */
export function withFallback(first: Checker, second: Checker): Checker {
  let broken = false;
  return {
    async checkFiles(files, onProgress, signal, run) {
      if (!broken) {
        try {
          return await first.checkFiles(files, onProgress, signal, run);
        } catch (e) {
          if (isAbort(e)) throw e;
          broken = true;
        }
      }
      return second.checkFiles(files, onProgress, signal, run);
    },
  };
}

/** A file that could not be read or checked at all, as a result: the run goes on without it. */
export function unreadable(name: string, e: unknown): CheckedFile {
  const detail = e instanceof Error ? e.message : String(e);
  return { file: name, problems: [problem("read.cannot-open", "error", { file: name }, { detail })], excluded: [], fixes: [] };
}
