/**
 * The summary written on two cores: the hub makes the XML, piece by piece as the streaming
 * writer does, and hands each piece to a worker that deflates and zips it (deflate-serve.ts)
 * while the hub makes the next; deflating was about half of writing the summary, on the
 * hub's thread, with the check workers idle by then. The writer's codec is synchronous and
 * a page cannot block on another thread, so the hub's own package is thrown away: its
 * parts are empty, and the worker's package, made of the same pieces in the same order, is
 * the one kept.
 *
 * The hub keeps nothing it sent. A deflater that fails, goes away (`lose`) or says nothing
 * for `stallMs` is given up: `write` resolves undefined and the caller writes the summary
 * again by itself (`localRelay`: the same code in the hub's thread), the same bytes, only later.
 */
import type { SheetDescription } from "../../core/sheet";
import { streamWorkbook, type Codec } from "../../xlsx/stream";
import type { RenderOptions } from "../../xlsx/writer/options";
import type { DeflatePort, FromDeflater, ToDeflater } from "./deflate-protocol";
import { serveDeflate, type Engine, type ServePort } from "./deflate-serve";

export type RelayPort = DeflatePort<FromDeflater, ToDeflater>;

/** How long the hub waits for the deflater's next word before it writes the summary itself: a piece takes it a few milliseconds. */
const STALL_MS = 5_000;
/** Pieces sent and not yet deflated, at most (of the writer's 128 KB): memory stays flat should the deflater fall behind. */
const IN_FLIGHT = 8;

const NOTHING = new Uint8Array(0);

interface Job {
  id: number;
  sent: number;
  acked: number;
  done?: ArrayBuffer;
  failed?: boolean;
}

export class DeflateRelay {
  private jobs = 0;
  private gone = false;
  private job?: Job;
  private wake?: () => void;
  private watchdog?: ReturnType<typeof setTimeout>;
  /** When the hub last sent the deflater something, or heard from it. */
  private lastWord = 0;

  constructor(
    private readonly port: RelayPort,
    private readonly stallMs = STALL_MS,
  ) {
    port.onmessage = (event) => this.receive(event.data);
  }

  /** Whether the deflater is still used (false once it failed, stalled or went). */
  get usable(): boolean {
    return !this.gone;
  }

  /** The deflater's worker is gone: whatever waits for it gives up now, and nothing more is sent. */
  lose(): void {
    this.gone = true;
    this.wake?.();
  }

  /** The workbook's bytes, deflated by the other worker; undefined when that worker could not make them. */
  async write(sheets: readonly SheetDescription[], options: RenderOptions): Promise<Uint8Array | undefined> {
    if (this.gone) return undefined;
    const job: Job = { id: ++this.jobs, sent: 0, acked: 0 };
    this.job = job;
    const codec: Codec = {
      deflater: (level, part) => {
        if (part === undefined) throw new Error("the writer did not name the part");
        this.send({ type: "part", job: job.id, name: part, level, mtime: Date.now() });
        return (chunk, final) => {
          // The writer reuses its buffer: the piece is copied, and the copy moved.
          const piece = chunk.slice();
          this.send({ type: "piece", job: job.id, bytes: piece.buffer, final }, [piece.buffer]);
          job.sent++;
          return NOTHING;
        };
      },
      crc32: () => 0,
    };
    try {
      for (const _ of streamWorkbook(sheets, { ...options, codec }).chunks) {
        if (this.gone) return undefined;
        while (job.sent - job.acked >= IN_FLIGHT) if (!(await this.heard(job))) return undefined;
      }
      if (this.gone) return undefined;
      this.send({ type: "end", job: job.id });
      while (job.done === undefined) if (!(await this.heard(job))) return undefined;
      return new Uint8Array(job.done);
    } finally {
      this.job = undefined;
      clearTimeout(this.watchdog);
      this.watchdog = undefined;
    }
  }

  private send(message: ToDeflater, transfer: Transferable[] = []): void {
    if (this.gone) return;
    this.lastWord = performance.now();
    this.port.postMessage(message, transfer);
  }

  /** The deflater's next word on the job: false, and the deflater given up, when it failed, went, or kept silent too long. */
  private heard(job: Job): Promise<boolean> {
    if (job.failed || this.gone) return Promise.resolve(false);
    this.watch();
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = undefined;
        resolve(!job.failed && !this.gone);
      };
    });
  }

  /** One timer for every wait (a timer a wait cost the hub more than the waits): the deflater is given up once silent for `stallMs` while waited on. */
  private watch(): void {
    if (this.watchdog !== undefined) return;
    const check = () => {
      this.watchdog = undefined;
      if (!this.wake) return;
      const silent = performance.now() - this.lastWord;
      if (silent >= this.stallMs) this.lose();
      else this.watchdog = setTimeout(check, this.stallMs - silent);
    };
    this.watchdog = setTimeout(check, Math.max(0, this.stallMs - (performance.now() - this.lastWord)));
  }

  private receive(m: FromDeflater): void {
    const job = this.job;
    if (!job || m.job !== job.id) return;
    this.lastWord = performance.now();
    if (m.type === "ack") job.acked++;
    else if (m.type === "done") job.done = m.bytes;
    else {
      job.failed = true;
      this.gone = true;
    }
    this.wake?.();
  }
}

/** A deflater in this thread: the same code as the other worker's, so the same bytes, made here. */
export function localRelay(engine?: Engine): DeflateRelay {
  const here: RelayPort = { onmessage: null, postMessage: (m) => queueMicrotask(() => there.onmessage?.({ data: m } as MessageEvent<ToDeflater>)) };
  const there: ServePort = { onmessage: null, postMessage: (m) => queueMicrotask(() => here.onmessage?.({ data: m } as MessageEvent<FromDeflater>)) };
  serveDeflate(there, engine);
  return new DeflateRelay(here);
}
