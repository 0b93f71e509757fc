/**
 * Node's zlib on a thread of its own, for the summary writer. The writer makes a part's
 * XML in a generator and asks for each piece's deflated bytes at once; here a piece is
 * handed to the thread and whatever the thread has finished comes back, so the summary's
 * XML is made on the main thread while the pieces before it are deflated beside it (the
 * check workers are idle by then). Only a part's last piece waits for the rest of that part.
 *
 * Each piece is deflated on its own, as `deflatePiece` in `node-codec.ts`, so the bytes are the same
 * whichever thread made them. A piece is kept until its bytes are back: should the thread
 * fail or stall, what it still owes is deflated here and the rest of the run stays here.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import * as zlib from "node:zlib";
import type { Codec, ZipLevel } from "../xlsx/stream";
import { deflatePiece } from "./node-codec";

/** How long a part's last piece waits for the thread before this thread deflates what is owed. */
const STALL_MS = 20_000;

/** The thread (`deflatePiece` again): one piece per message, answered on the port, each answer counted in shared memory for the waiting side. */
const SCRIPT = `
const { workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { port, done } = workerData;
const count = new Int32Array(done);
port.on("message", ({ id, piece, level, final }) => {
  let out, error;
  try {
    out = zlib.deflateRawSync(piece, { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
  } catch (e) {
    error = String(e && e.message || e);
  }
  port.postMessage({ id, out, error });
  Atomics.add(count, 0, 1);
  Atomics.notify(count, 0);
});
`;

interface Answer {
  id: number;
  out?: Uint8Array;
  error?: string;
}

interface ThreadOptions {
  /** The thread's script (tests give one that fails or never answers). */
  script?: string;
  /** How long a part's last piece waits for the thread. */
  stallMs?: number;
}

class DeflateThread {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  /** Answers taken so far (compared with `done` to know whether one is waiting). */
  private taken = 0;
  private nextId = 0;
  /** Pieces handed over and not answered yet, in order, with what each needs to be deflated again here. */
  private readonly owed = new Map<number, { piece: Uint8Array; level: ZipLevel; final: boolean }>();
  private readonly answers = new Map<number, Uint8Array>();

  private readonly stallMs: number;

  constructor(options: ThreadOptions) {
    this.stallMs = options.stallMs ?? STALL_MS;
    try {
      const { port1, port2 } = new MessageChannel();
      this.worker = new Worker(options.script ?? SCRIPT, { eval: true, workerData: { port: port2, done: this.done.buffer }, transferList: [port2] });
      // Never what keeps the process alive: the writing ends with its last piece.
      this.worker.unref();
      this.worker.on("error", () => undefined);
      this.port = port1;
    } catch {
      this.worker = undefined;
    }
  }

  /** A deflater for one part: each call hands a piece over and returns the part's bytes finished so far, in order. */
  deflater(level: ZipLevel): (chunk: Uint8Array, final: boolean) => Uint8Array {
    const ids: number[] = [];
    return (chunk, final) => {
      // The writer reuses its buffer: the piece is copied before it is handed over.
      const piece = chunk.slice();
      const id = this.nextId++;
      ids.push(id);
      if (this.port) {
        this.owed.set(id, { piece, level, final });
        this.port.postMessage({ id, piece, level, final });
      } else this.answers.set(id, deflatePiece(piece, level, final));
      if (final) this.waitFor(ids[ids.length - 1]!);
      else this.collect();
      const out: Uint8Array[] = [];
      while (ids.length > 0 && this.answers.has(ids[0]!)) {
        const first = ids.shift()!;
        out.push(this.answers.get(first)!);
        this.answers.delete(first);
      }
      return out.length === 1 ? out[0]! : Buffer.concat(out);
    };
  }

  /** Takes every answer already sent. */
  private collect(): void {
    if (!this.port) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) this.take(m.message as Answer);
  }

  /** Blocks until piece `id` (and so every piece before it) is answered, or deflates what is owed here. */
  private waitFor(id: number): void {
    const deadline = Date.now() + this.stallMs;
    while (this.port && !this.answers.has(id)) {
      this.collect();
      if (this.answers.has(id)) return;
      const left = deadline - Date.now();
      if (left <= 0) return this.giveUp();
      Atomics.wait(this.done, 0, this.taken, left);
    }
  }

  private take(a: Answer): void {
    this.taken++;
    const owed = this.owed.get(a.id);
    if (!owed) return;
    this.owed.delete(a.id);
    // A piece the thread could not deflate is deflated here: an error then is the writer's to see.
    this.answers.set(a.id, a.out ? new Uint8Array(a.out.buffer, a.out.byteOffset, a.out.byteLength) : deflatePiece(owed.piece, owed.level, owed.final));
  }

  /** The thread is gone or stuck: what it owes is made here, and so is everything after. */
  private giveUp(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    for (const [id, p] of this.owed) this.answers.set(id, deflatePiece(p.piece, p.level, p.final));
    this.owed.clear();
  }

  /** Whether pieces still go to the thread (false once it was given up, or could not start). */
  get alive(): boolean {
    return this.port !== undefined;
  }

  close(): void {
    this.collect();
    for (const id of [...this.owed.keys()]) this.waitFor(id);
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
  }
}

/**
 * A codec deflating on its own thread, for one workbook: `close` lets the thread go once
 * the workbook is written. Undefined where Node has no zlib.crc32 (before 20.15).
 */
export function threadedCodec(options: ThreadOptions = {}): (Codec & { close(): void; readonly threaded: boolean }) | undefined {
  if (typeof zlib.crc32 !== "function") return undefined;
  const thread = new DeflateThread(options);
  return {
    deflater: (level) => thread.deflater(level),
    crc32: (data, crc) => zlib.crc32(data, crc),
    close: () => thread.close(),
    get threaded() {
      return thread.alive;
    },
  };
}
