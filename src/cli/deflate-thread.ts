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

/** How long a part's last piece (or a piece waiting for a free slot) waits for the thread before this thread deflates what is owed: a piece takes the thread a few milliseconds. */
const STALL_MS = 5_000;
/** Pieces handed over at once: enough to keep the thread busy, few enough that memory stays flat. */
const SLOTS = 4;
/** A slot's size: the writer's buffer (src/xlsx/stream/zip.ts); a larger piece (a long text written whole) is deflated here. */
const SLOT_BYTES = 1 << 17;

/**
 * The thread (`deflatePiece` again): a message names a slot of the shared memory and the
 * piece's length; the answer is the deflated bytes, each answer counted in shared memory
 * for the side that waits.
 */
const SCRIPT = `
const { workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { port, done, slots, slotBytes } = workerData;
const count = new Int32Array(done);
port.on("message", ({ id, slot, length, level, final }) => {
  let out, error;
  try {
    const piece = new Uint8Array(slots, slot * slotBytes, length);
    // Its own memory, moved rather than copied: zlib's answer may sit in a larger buffer.
    out = new Uint8Array(zlib.deflateRawSync(piece, { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
  } catch (e) {
    error = String(e && e.message || e);
  }
  port.postMessage({ id, out, error }, out ? [out.buffer] : []);
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
  /** How long to wait for the thread. */
  stallMs?: number;
}

interface Owed {
  slot: number;
  length: number;
  level: ZipLevel;
  final: boolean;
}

class DeflateThread {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  /** The pieces handed over, each in its slot until its answer is back. */
  private readonly slots = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  private readonly free: number[] = Array.from({ length: SLOTS }, (_, i) => i);
  /** Answers taken so far (compared with `done` to know whether one is waiting). */
  private taken = 0;
  private nextId = 0;
  /** Pieces handed over and not answered yet, oldest first. */
  private readonly owed = new Map<number, Owed>();
  private readonly answers = new Map<number, Uint8Array>();
  private readonly stallMs: number;

  constructor(options: ThreadOptions) {
    this.stallMs = options.stallMs ?? STALL_MS;
    try {
      const { port1, port2 } = new MessageChannel();
      const workerData = { port: port2, done: this.done.buffer, slots: this.slots.buffer, slotBytes: SLOT_BYTES };
      this.worker = new Worker(options.script ?? SCRIPT, { eval: true, workerData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 1 } });
      // A small young generation: the thread allocates little beyond its answers, and a
      // country's summary is written at the run's peak of memory.
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
      const id = this.nextId++;
      ids.push(id);
      this.handOver(id, chunk, level, final);
      // The part's last piece: every piece of it is waited for (a large one may have been made here, ahead of the thread).
      if (final) for (const owed of ids) this.waitFor(owed);
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

  /** Copies the piece into a free slot (the writer reuses its buffer) and hands it over; a slot is waited for when all are taken. */
  private handOver(id: number, chunk: Uint8Array, level: ZipLevel, final: boolean): void {
    if (this.port && chunk.length <= SLOT_BYTES && this.free.length === 0) this.waitFor(this.owed.keys().next().value!);
    if (!this.port || chunk.length > SLOT_BYTES) {
      this.answers.set(id, deflatePiece(chunk, level, final));
      return;
    }
    const slot = this.free.pop()!;
    this.slots.set(chunk, slot * SLOT_BYTES);
    this.owed.set(id, { slot, length: chunk.length, level, final });
    this.port.postMessage({ id, slot, length: chunk.length, level, final });
  }

  /** Takes every answer already sent. */
  private collect(): void {
    if (!this.port) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) this.take(m.message as Answer);
  }

  /** Blocks until piece `id` is answered, or deflates here what the thread owes. */
  private waitFor(id: number): void {
    const deadline = Date.now() + this.stallMs;
    while (this.port && this.owed.has(id)) {
      this.collect();
      if (!this.owed.has(id)) return;
      const left = deadline - Date.now();
      if (left <= 0) return this.giveUp();
      Atomics.wait(this.done, 0, this.taken, left);
    }
  }

  private take(a: Answer): void {
    this.taken++;
    const owed = this.owed.get(a.id);
    if (!owed) return;
    // A piece the thread could not deflate is deflated here: an error then is the writer's to see.
    this.answers.set(a.id, a.out ? new Uint8Array(a.out.buffer, a.out.byteOffset, a.out.byteLength) : this.deflateHere(owed));
    this.owed.delete(a.id);
    this.free.push(owed.slot);
  }

  private deflateHere(o: Owed): Uint8Array {
    return deflatePiece(this.slots.subarray(o.slot * SLOT_BYTES, o.slot * SLOT_BYTES + o.length), o.level, o.final);
  }

  /** The thread is gone or stuck: what it owes is made here, and so is everything after. */
  private giveUp(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    for (const [id, o] of this.owed) {
      this.answers.set(id, this.deflateHere(o));
      this.free.push(o.slot);
    }
    this.owed.clear();
  }

  /** Whether pieces still go to the thread (false once it was given up, or could not start). */
  get alive(): boolean {
    return this.port !== undefined;
  }

  /** Lets the thread go: after the last part nothing is owed, and after a failed write nothing owed is wanted. */
  close(): void {
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
