/**
 * The deflating side of deflate-relay.ts: the hub's pieces are deflated and zipped here,
 * each part one deflate stream, in a check worker whose files are all checked (on the other
 * core, while the hub makes the next pieces), or in the hub itself when it writes alone. The
 * same code on either side, so the package's bytes are the same whichever thread made them.
 *
 * The deflate is the browser's own zlib (CompressionStream "deflate-raw": native code, never
 * waiting for the JIT, as fast as fflate at its fastest level when fflate is warm and twice as
 * fast when it is cold, as a check worker's fflate is; and it compresses better) where the
 * browser has it, else fflate's, as the writer uses it on one thread (src/xlsx/stream/zip.ts).
 */
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import type { ZipLevel } from "../../xlsx/stream";
import { crc32 } from "../../xlsx/reader/crc32";
import type { DeflatePort, FromDeflater, ToDeflater } from "./deflate-protocol";

export type ServePort = DeflatePort<ToDeflater, FromDeflater>;

/** Which deflate makes the parts: the browser's zlib, or fflate. */
export type Engine = "native" | "fflate";

/** The browser's zlib when it has a raw deflate stream (Chromium 103 on, Safari 16.4, Firefox 113), else fflate. */
export function bestEngine(): Engine {
  try {
    new CompressionStream("deflate-raw");
    return "native";
  } catch {
    return "fflate";
  }
}

export function serveDeflate(port: ServePort, engine: Engine = bestEngine()): void {
  let job: Package | undefined;
  /** Each message once the one before it is done with: a part's pieces are deflated in order. */
  let queue = Promise.resolve();
  const handle = async (m: ToDeflater): Promise<void> => {
    try {
      // A new job replaces one the hub gave up on.
      if (m.type === "part" && job?.id !== m.job) job = new Package(m.job, engine);
      if (!job || job.id !== m.job) return;
      if (m.type === "part") job.part(m.name, m.level, m.mtime);
      else if (m.type === "piece") {
        await job.piece(new Uint8Array(m.bytes), m.final);
        port.postMessage({ type: "ack", job: m.job }, []);
      } else {
        const bytes = job.end();
        job = undefined;
        port.postMessage({ type: "done", job: m.job, bytes }, [bytes]);
      }
    } catch (e) {
      job = undefined;
      port.postMessage({ type: "failed", job: m.job, message: e instanceof Error ? e.message : String(e) }, []);
    }
  };
  port.onmessage = (event) => {
    const m = event.data;
    queue = queue.then(() => handle(m));
  };
}

interface Entry extends ZipInputFile {
  push(piece: Uint8Array<ArrayBuffer>, final: boolean): void | Promise<void>;
}

/** One workbook's zip as its parts come. */
class Package {
  private readonly out: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.out.push(chunk);
  });
  private file?: Entry;

  constructor(
    readonly id: number,
    private readonly engine: Engine,
  ) {}

  part(name: string, level: ZipLevel, mtime: number): void {
    const file: Entry = this.engine === "native" ? new NativeEntry(name) : new ZipDeflate(name, { level });
    file.mtime = mtime;
    this.zip.add(file);
    this.file = file;
  }

  /** Resolves once the piece is deflated (the part's last, once the part is whole in the zip). */
  async piece(bytes: Uint8Array<ArrayBuffer>, final: boolean): Promise<void> {
    if (!this.file) throw new Error("a piece before its part");
    await this.file.push(bytes, final);
  }

  /** The package's bytes, in one buffer of their own: every part is whole by now. */
  end(): ArrayBuffer {
    this.zip.end();
    const whole = new Uint8Array(this.out.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.out) {
      whole.set(c, at);
      at += c.length;
    }
    return whole.buffer;
  }
}

const NOTHING = new Uint8Array(0);

/** A zip entry deflated by the browser's CompressionStream, in the shape fflate's Zip takes an entry in. */
class NativeEntry implements Entry {
  size = 0;
  crc = 0;
  readonly compression = 8;
  mtime?: number;
  ondata?: AsyncFlateStreamHandler;
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly reading: Promise<void>;

  constructor(readonly filename: string) {
    const stream = new CompressionStream("deflate-raw");
    this.writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    this.reading = (async () => {
      for (let r = await reader.read(); !r.done; r = await reader.read()) this.ondata!(null, r.value, false);
    })();
    // Seen by the part's last push; a stream that failed earlier fails its writes too.
    this.reading.catch(() => undefined);
  }

  async push(piece: Uint8Array<ArrayBuffer>, final: boolean): Promise<void> {
    this.crc = crc32(this.crc, piece);
    this.size += piece.length;
    await this.writer.write(piece);
    if (!final) return;
    await this.writer.close();
    await this.reading;
    this.ondata!(null, NOTHING, true);
  }
}
