/**
 * The consolidator that keeps the pane's thread free: check workers (one per core) read and
 * check the chosen files, each sending its results through its own MessagePort to one more
 * worker, the hub, which consolidates and renders the summary; the pane only counts ticks,
 * reads the workbook's sheets through Excel, and receives what it shows and the finished
 * workbook (transferred). The last check worker left deflates the summary while the hub
 * writes it (deflate-relay.ts). Cancel terminates every worker at once, whatever the phase.
 */
import type { CheckedFile } from "../../core/check";
import { AbortedError, throwIfAborted, WorkerStartError } from "./checker";
import type { Consolidated, ConsolidateJob, Consolidator, OnPhase } from "./consolidator";
import type { FromHub, ToHub } from "./hub-protocol";
import type { ConsolidationView } from "./result-view";
import type { SummaryRender } from "./summary-hub";
import { WarmWorkers } from "./warm-workers";
import { BATCH_FILES, checkInto, defaultWorkers, type ResultSink, type WorkerCheckerOptions, type WorkerLike } from "./worker-checker";

export type HubWorker = WorkerLike<ToHub, FromHub>;

/**
 * `spawn` starts the pane's worker script, which plays either role. Workers started ahead are
 * kept by role, and each rehearses its role while it waits (warm-hub.ts, warm-checks.ts).
 */
export function workerConsolidator(spawn: () => WorkerLike, options: WorkerCheckerOptions = {}): Consolidator {
  const hubs = new WarmWorkers(() => {
    const hub = spawn();
    (hub as unknown as HubWorker).postMessage({ type: "hub-load" }, []);
    return hub;
  });
  const checks = new WarmWorkers(() => {
    const worker = spawn();
    worker.postMessage({ type: "rehearse" }, []);
    return worker;
  });
  const most = options.workers ?? defaultWorkers();
  return {
    consolidate(job, onPhase, signal) {
      return new WorkerRun(hubs.take, checks.take, options, job, onPhase, signal).run();
    },
    // The hub and as many check workers as the run will start (checkInto's pool never starts
    // more than there are batches); with no count yet, as many as a large run starts.
    prepare(files) {
      hubs.warm(1);
      checks.warm(files === undefined ? most : Math.min(most, Math.ceil(files / Math.max(1, options.batchSize ?? BATCH_FILES))));
    },
  };
}

class WorkerRun {
  private hub?: HubWorker;
  /** A check worker kept, its files checked, to deflate the summary. */
  private deflater?: WorkerLike;
  private ready = false;
  private ended = false;
  /** The one request to the hub waiting for its answer. */
  private waiting?: { type: FromHub["type"]; resolve(reply: FromHub): void };
  private failWith!: (e: unknown) => void;
  /** Rejects when the hub fails or the run is cancelled: every wait races it. */
  private readonly failure = new Promise<never>((_, reject) => (this.failWith = reject));
  /** Stops the check workers when the hub fails; the pane's Cancel reaches them through it too. */
  private readonly stopChecks = new AbortController();

  constructor(
    private readonly spawnHubWorker: () => WorkerLike,
    private readonly spawn: () => WorkerLike,
    private readonly options: WorkerCheckerOptions,
    private readonly job: ConsolidateJob,
    private readonly onPhase: OnPhase,
    private readonly signal: AbortSignal,
  ) {
    // Never unhandled: whoever is waiting sees it through a race.
    this.failure.catch(() => undefined);
  }

  async run(): Promise<Consolidated> {
    throwIfAborted(this.signal);
    const { files, port, today } = this.job;
    const sheets = port ? this.job.sheets : [];
    this.signal.addEventListener("abort", this.onAbort);
    try {
      const hub = (this.hub = this.spawnHub());
      hub.onmessage = (event) => this.onReply(event.data);
      hub.onerror = (event) => {
        event.preventDefault?.();
        this.fail(this.ready ? new Error(event.message || "consolidation worker failed") : new WorkerStartError(event.message || "consolidation worker did not start"));
      };
      this.post({ type: "hub-open", total: files.length + sheets.length });
      // Said at once: the first file's answer takes a moment more where the workers are still loading.
      if (files.length > 0) this.onPhase("reading", 0, files.length);
      await this.race(checkInto(this.spawn, this.options, this.sink(hub), files, (done, total) => this.onPhase("reading", done, total), this.stopChecks.signal, { today }));
      // Said before the first read: Excel may take a while to answer.
      if (sheets.length > 0) this.onPhase("sheets", 0, sheets.length);
      for (const [i, name] of sheets.entries()) {
        const raw = await this.race(port!.readSheets([name]));
        this.post({ type: "hub-sheet", index: files.length + i, name, raw, today });
        this.onPhase("sheets", i + 1, sheets.length);
      }
      this.onPhase("consolidating", 0, 0);
      const { view } = (await this.request({ type: "hub-consolidate", options: this.job.options, ...(this.job.expected ? { expected: this.job.expected } : {}) }, "hub-consolidated")) as { view: ConsolidationView };
      return { view, close: () => this.end(), bytes: (req) => this.render(req, "bytes") as Promise<Uint8Array>, base64: (req) => this.render(req, "base64") as Promise<string> };
    } catch (e) {
      this.end();
      this.stopChecks.abort();
      throw e;
    }
  }

  private spawnHub(): HubWorker {
    try {
      return this.spawnHubWorker() as unknown as HubWorker;
    } catch (e) {
      throw new WorkerStartError(e instanceof Error ? e.message : String(e));
    }
  }

  /** Each check worker gets a channel of its own to the hub; a result the pane made goes to the hub directly. */
  private sink(hub: HubWorker): ResultSink {
    return {
      attach: (worker) => {
        const channel = new MessageChannel();
        worker.postMessage({ type: "sink", port: channel.port1 }, [channel.port1]);
        hub.postMessage({ type: "hub-port", port: channel.port2 }, [channel.port2]);
      },
      deliver: (index: number, result: CheckedFile) => this.post({ type: "hub-result", index, result }),
      adopt: (worker) => this.adopt(hub, worker),
    };
  }

  /** The worker deflates the summary's pieces the hub sends it on a channel of their own; should it fail, the hub is told, and writes alone. */
  private adopt(hub: HubWorker, worker: WorkerLike): void {
    if (this.ended) return worker.terminate();
    this.deflater = worker;
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.onerror = null;
      worker.terminate();
      this.post({ type: "hub-deflater-lost" });
    };
    const channel = new MessageChannel();
    worker.postMessage({ type: "deflate", port: channel.port1 }, [channel.port1]);
    hub.postMessage({ type: "hub-deflater", port: channel.port2 }, [channel.port2]);
  }

  private async render(req: SummaryRender, encoding: "bytes" | "base64"): Promise<Uint8Array | string> {
    throwIfAborted(this.signal);
    const reply = (await this.request({ type: "hub-render", req, encoding }, "hub-rendered")) as { bytes?: ArrayBuffer; base64?: string };
    return encoding === "bytes" ? new Uint8Array(reply.bytes!) : reply.base64!;
  }

  private request(message: ToHub, answer: FromHub["type"]): Promise<FromHub> {
    if (this.ended) return Promise.reject(this.signal.aborted ? new AbortedError() : new Error("consolidation worker ended"));
    const reply = new Promise<FromHub>((resolve) => (this.waiting = { type: answer, resolve }));
    this.post(message);
    return this.race(reply);
  }

  private onReply(reply: FromHub): void {
    if (reply.type === "ready") this.ready = true;
    else if (reply.type === "hub-failed") this.fail(new Error(reply.message));
    else if (this.waiting?.type === reply.type) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve(reply);
    }
  }

  private post(message: ToHub): void {
    const transfer = message.type === "hub-port" || message.type === "hub-deflater" ? [message.port] : [];
    this.hub?.postMessage(message, transfer);
  }

  private race<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.failure]);
  }

  private readonly onAbort = () => this.fail(new AbortedError());

  private fail(e: unknown): void {
    this.end();
    // The failure first: a race then settles with it, not with the pool's own AbortError.
    this.failWith(e);
    this.stopChecks.abort();
  }

  /** Terminates the hub (the check workers end with their pool); idempotent. */
  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.signal.removeEventListener("abort", this.onAbort);
    if (this.deflater) {
      this.deflater.onerror = null;
      this.deflater.terminate();
    }
    if (!this.hub) return;
    this.hub.onmessage = null;
    this.hub.onerror = null;
    this.hub.terminate();
  }
}
