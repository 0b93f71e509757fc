/**
 * The worker pool, with workers that run the real check code: batches, order, transfer,
 * lazy reading, cancel and fallback. (The Worker itself is webpack's; this is everything around it.)
 */
import { checkOne } from "../../src/taskpane/services/check-one";
import { bytesToCheck, isAbort, withFallback, type FileToCheck } from "../../src/taskpane/services/checker";
import { inlineChecker } from "../../src/taskpane/services/inline-checker";
import { checkInto, workerChecker, type CheckBatch, type WorkerLike, type WorkerReply } from "../../src/taskpane/services/worker-checker";
import type { CheckedFile } from "../../src/core/check";
import { schoolValues, statsFile, TODAY } from "./forms";
import { describe as describe_ } from "../../src/core/problems";
import { message } from "../../src/core/messages";

/**
 * A worker in the same thread: messages are structured-cloned with their transfer list, as
 * postMessage does. Like the real one it says "ready" once loaded; a file named "vo…" makes
 * it crash (as out of memory would), one named "treo…" makes it hang.
 */
class SameThreadWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly batches: number[] = [];
  constructor(private readonly crash = false) {
    if (!crash) setTimeout(() => this.terminated || this.onmessage?.({ data: { type: "ready" } } as MessageEvent<WorkerReply>));
  }

  postMessage(message: CheckBatch, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer });
    this.batches.push(copy.files.length);
    setTimeout(async () => {
      if (this.terminated) return;
      if (this.crash) return this.onerror?.({ message: "worker script failed to load", preventDefault() {} } as ErrorEvent);
      for (const f of copy.files) {
        if (this.terminated) return;
        if (f.name.includes("treo")) return;
        if (f.name.includes("vo")) return this.onerror?.({ message: "Out of memory", preventDefault() {} } as ErrorEvent);
        const result = await checkOne(f.name, new Uint8Array(f.buffer!), copy.today);
        this.onmessage?.({ data: structuredClone({ type: "checked", index: f.index, result }) } as MessageEvent<WorkerReply>);
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

let template: Uint8Array;
beforeAll(async () => {
  template = await statsFile("Trường THCS Kim Đồng", schoolValues());
});

/** Files whose reads are counted. */
function countedFiles(n: number) {
  const counter = { reads: 0 };
  const files: FileToCheck[] = Array.from({ length: n }, (_, i) => ({
    name: `truong-${i + 1}.xlsx`,
    bytes: async () => (counter.reads++, template.slice().buffer),
  }));
  return { files, counter };
}

describe("workerChecker", () => {
  it("checks every file in workers, in batches, and returns the results in input order", async () => {
    const workers: SameThreadWorker[] = [];
    const checker = workerChecker(() => (workers.push(new SameThreadWorker()), workers.at(-1)!), { workers: 3, batchSize: 4 });
    const progress: number[] = [];
    const files = Array.from({ length: 23 }, (_, i) => bytesToCheck(`truong-${i + 1}.xlsx`, template));
    const results = await checker.checkFiles(files, (done, total) => progress.push(done / total), new AbortController().signal, { today: TODAY });

    expect(results.map((r) => r.file)).toEqual(files.map((f) => f.name));
    expect(results.every((r) => r.report?.unit === "Trường THCS Kim Đồng" && r.problems.length === 0)).toBe(true);
    expect(workers).toHaveLength(3);
    expect(workers.flatMap((w) => w.batches).sort((a, b) => a - b)).toEqual([3, 4, 4, 4, 4, 4]);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(progress).toEqual(Array.from({ length: 23 }, (_, i) => (i + 1) / 23));
  });

  it("hands the bytes over instead of copying them, and reads only a few batches ahead", async () => {
    const buffers: ArrayBuffer[] = [];
    const files: FileToCheck[] = Array.from({ length: 40 }, (_, i) => ({
      name: `f${i}.xlsx`,
      bytes: async () => (buffers.push(template.slice().buffer), buffers.at(-1)!),
    }));
    let maxAhead = 0;
    const checker = workerChecker(() => new SameThreadWorker(), { workers: 2, batchSize: 5 });
    await checker.checkFiles(
      files,
      (done) => (maxAhead = Math.max(maxAhead, buffers.length - done)),
      new AbortController().signal,
      { today: TODAY },
    );
    expect(buffers).toHaveLength(40);
    expect(buffers.every((b) => b.byteLength === 0)).toBe(true); // transferred: detached here
    expect(maxAhead).toBeLessThanOrEqual(2 * 5);
  });

  it("records a file that cannot be read and goes on", async () => {
    const files = [bytesToCheck("a.xlsx", template), { name: "gone.xlsx", bytes: () => Promise.reject(new Error("NotFoundError")) }, bytesToCheck("c.xlsx", template)];
    const results = await workerChecker(() => new SameThreadWorker(), { batchSize: 2 }).checkFiles(files, () => {}, new AbortController().signal, { today: TODAY });
    expect(results.map((r) => [r.file, r.problems.map((p) => [p.code, p.params.detail])])).toEqual([
      ["a.xlsx", []],
      ["gone.xlsx", [["read.cannot-open", "NotFoundError"]]],
      ["c.xlsx", []],
    ]);
  });

  it("stops on cancel: rejects with AbortError, terminates the workers, reads no more files", async () => {
    const workers: SameThreadWorker[] = [];
    const { files, counter } = countedFiles(200);
    const controller = new AbortController();
    const run = workerChecker(() => (workers.push(new SameThreadWorker()), workers.at(-1)!), { workers: 2, batchSize: 4 }).checkFiles(
      files,
      (done) => done >= 10 && controller.abort(),
      controller.signal,
      { today: TODAY },
    );
    const error = await run.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(workers.every((w) => w.terminated)).toBe(true);
    const reads = counter.reads;
    await new Promise((r) => setTimeout(r, 20));
    expect(counter.reads).toBe(reads);
    expect(reads).toBeLessThan(30);
  });

  it("falls back to the main thread when the workers cannot run", async () => {
    const checker = withFallback(workerChecker(() => new SameThreadWorker(true)), inlineChecker());
    const files = [bytesToCheck("a.xlsx", template), bytesToCheck("b.xlsx", template)];
    const results = await checker.checkFiles(files, () => {}, new AbortController().signal, { today: TODAY });
    expect(results.map((r) => [r.file, r.report?.unit])).toEqual([
      ["a.xlsx", "Trường THCS Kim Đồng"],
      ["b.xlsx", "Trường THCS Kim Đồng"],
    ]);
  });

  it("refuses a file that crashes its worker or hangs it, replaces the worker and checks the rest of the batch", async () => {
    const workers: SameThreadWorker[] = [];
    const names = ["a.xlsx", "b-vo.xlsx", "c.xlsx", "d-treo.xlsx", "e.xlsx", "f.xlsx"];
    const checker = workerChecker(() => (workers.push(new SameThreadWorker()), workers.at(-1)!), { workers: 1, batchSize: 3, fileMs: 200 });
    const results = await checker.checkFiles(
      names.map((n) => bytesToCheck(n, template)),
      () => {},
      new AbortController().signal,
      { today: TODAY },
    );
    expect(results.map((r) => [r.file, r.report?.unit ?? r.problems.map((p) => p.code).join()])).toEqual([
      ["a.xlsx", "Trường THCS Kim Đồng"],
      ["b-vo.xlsx", "read.internal"],
      ["c.xlsx", "Trường THCS Kim Đồng"],
      ["d-treo.xlsx", "read.timeout"],
      ["e.xlsx", "Trường THCS Kim Đồng"],
      ["f.xlsx", "Trường THCS Kim Đồng"],
    ]);
    expect(describe_(results[1]!.problems[0]!)).toBe(message("read.internal", { file: "b-vo.xlsx" }));
    expect(describe_(results[3]!.problems[0]!)).toBe(message("read.timeout", { file: "d-treo.xlsx", seconds: 0.2 }));
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it("sends chosen files as themselves, a batch a message and a batch a worker ahead of the answers, never their bytes", async () => {
    const files: FileToCheck[] = Array.from({ length: 30 }, (_, i) => {
      const file = new File([template as BlobPart], `f${i}.xlsx`);
      return { name: file.name, bytes: () => Promise.reject(new Error("read in the pane")), blob: file };
    });
    const sent: { files: CheckBatch["files"]; unanswered: number }[] = [];
    let answered = 0;
    /** Reads the file it is sent, as the real worker does, and answers after a pause. */
    class FileWorker implements WorkerLike {
      onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      private queue = Promise.resolve();
      postMessage(message: CheckBatch): void {
        sent.push({ files: message.files, unanswered: sent.reduce((n, m) => n + m.files.length, 0) - answered });
        this.queue = this.queue.then(async () => {
          await new Promise((r) => setTimeout(r, 1));
          for (const f of message.files) {
            const result = await checkOne(f.name, new Uint8Array(await f.file!.arrayBuffer()), TODAY);
            answered++;
            this.onmessage?.({ data: { type: "checked", index: f.index, result } } as MessageEvent<WorkerReply>);
          }
        });
      }
      terminate(): void {}
    }
    const results = await workerChecker(() => new FileWorker(), { workers: 2, batchSize: 10 }).checkFiles(files, () => {}, new AbortController().signal, { today: TODAY });
    expect(results.map((r) => r.report?.unit)).toEqual(files.map(() => "Trường THCS Kim Đồng"));
    expect(sent.every((m) => m.files.length === 10 && m.files.every((f) => f.file instanceof Blob && f.buffer === undefined))).toBe(true);
    expect(sent.flatMap((m) => m.files.map((f) => f.index)).sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    // Each of the two workers has its batch of 10 unanswered at most when the next goes.
    expect(Math.max(...sent.map((m) => m.unanswered))).toBeLessThanOrEqual(2 * 10);
  });

  it("with a sink, finds which file crashed or hung a worker that answers several files at once: each unanswered file alone to a fresh worker", async () => {
    const atHub = new Map<number, CheckedFile>();
    /** Sends the results of a whole message to the hub and one answer for them all, as the pane's worker does with a sink. */
    class CoalescingWorker implements WorkerLike {
      onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      terminated = false;
      constructor() {
        setTimeout(() => this.terminated || this.onmessage?.({ data: { type: "ready" } } as MessageEvent<WorkerReply>));
      }
      postMessage(message: CheckBatch, transfer: Transferable[]): void {
        const copy = structuredClone(message, { transfer });
        setTimeout(async () => {
          const done: { index: number; result: CheckedFile }[] = [];
          for (const f of copy.files) {
            if (this.terminated || f.name.includes("treo")) return;
            if (f.name.includes("vo")) return this.onerror?.({ message: "Out of memory", preventDefault() {} } as ErrorEvent);
            done.push({ index: f.index, result: await checkOne(f.name, new Uint8Array(f.buffer!), copy.today) });
          }
          if (this.terminated) return;
          for (const d of done) atHub.set(d.index, d.result);
          this.onmessage?.({ data: { type: "checked-all", indexes: done.map((d) => d.index) } } as MessageEvent<WorkerReply>);
        });
      }
      terminate(): void {
        this.terminated = true;
      }
    }
    const names = ["a.xlsx", "b.xlsx", "c-vo.xlsx", "d.xlsx", "e.xlsx", "f-treo.xlsx", "g.xlsx"];
    const fromPane = new Map<number, CheckedFile>();
    const sink = { attach: () => {}, deliver: (index: number, result: CheckedFile) => void fromPane.set(index, result) };
    const ticks: number[] = [];
    await checkInto(() => new CoalescingWorker(), { workers: 1, batchSize: 4, fileMs: 200 }, sink, names.map((n) => bytesToCheck(n, template)), (done) => ticks.push(done), new AbortController().signal, { today: TODAY });
    const outcome = names.map((n, i) => [n, atHub.get(i)?.report?.unit ?? fromPane.get(i)?.problems.map((p) => p.code).join()]);
    expect(outcome).toEqual([
      ["a.xlsx", "Trường THCS Kim Đồng"],
      ["b.xlsx", "Trường THCS Kim Đồng"],
      ["c-vo.xlsx", "read.internal"],
      ["d.xlsx", "Trường THCS Kim Đồng"],
      ["e.xlsx", "Trường THCS Kim Đồng"],
      ["f-treo.xlsx", "read.timeout"],
      ["g.xlsx", "Trường THCS Kim Đồng"],
    ]);
    expect(ticks.at(-1)).toBe(names.length);
  });

  it("resolves at once for no files", async () => {
    expect(await workerChecker(() => new SameThreadWorker()).checkFiles([], () => {}, new AbortController().signal, { today: TODAY })).toEqual([]);
  });
});
