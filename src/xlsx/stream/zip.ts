import { strToU8, Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

/**
 * The package as it is made: each part is deflated as its text comes, and the zip's bytes
 * wait in {@link take} for the caller, so neither a part's whole XML nor the whole file
 * ever has to exist at once.
 */
export class ZipSink {
  private out: Uint8Array[] = [];
  private readonly zip: Zip;

  constructor(
    private readonly level: ZipLevel,
    private readonly codec?: Codec,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.out.push(chunk);
    });
  }

  part(name: string): PartWriter {
    const file = this.codec ? new CodecFile(name, this.codec, this.level) : new ZipDeflate(name, { level: this.level });
    this.zip.add(file);
    return new PartWriter(file);
  }

  /** The bytes made since the last call. */
  take(): Uint8Array[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  end(): void {
    this.zip.end();
  }
}

/**
 * Raw deflate and CRC-32 from elsewhere than fflate, for a host that has them natively (Node's
 * zlib deflates several times faster than any JavaScript): fflate still makes the package.
 */
export interface Codec {
  /**
   * A raw deflate stream: each call takes the next piece and returns what it compressed so far.
   * The writer names the part (`part`), its parts coming one after another in the zip's order.
   */
  deflater(level: ZipLevel, part?: string): (chunk: Uint8Array, final: boolean) => Uint8Array;
  crc32(data: Uint8Array, crc: number): number;
}

/** A zip entry deflated by a {@link Codec}, in the shape fflate's Zip takes an entry in. */
class CodecFile implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  ondata?: AsyncFlateStreamHandler;
  private readonly deflate: (chunk: Uint8Array, final: boolean) => Uint8Array;

  constructor(
    readonly filename: string,
    private readonly codec: Codec,
    level: ZipLevel,
  ) {
    this.deflate = codec.deflater(level, filename);
  }

  push(chunk: Uint8Array, final: boolean): void {
    this.crc = this.codec.crc32(chunk, this.crc);
    this.size += chunk.length;
    this.ondata!(null, this.deflate(chunk, final) as Parameters<AsyncFlateStreamHandler>[1], final);
  }
}

export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * A part's bytes, encoded straight into one reused buffer that is handed to the compressor
 * (which copies what it keeps) whenever it fills: a sheet's millions of small pieces of
 * markup never become one long string, nor garbage beyond their own.
 */
export class PartWriter {
  private readonly buf = new Uint8Array(BUFFER);
  private pos = 0;

  constructor(private readonly file: Pick<ZipDeflate, "push">) {}

  /** Text known to be ASCII (markup, numbers, references). */
  ascii(s: string): void {
    const n = s.length;
    if (this.pos + n > BUFFER) {
      this.flush(false);
      if (n > BUFFER) return this.text(s);
    }
    this.pos = putAscii(this.buf, this.pos, s);
  }

  /** A number as the file holds it (as JavaScript prints it, as ExcelJS writes it); whole ones without a string made. */
  number(n: number): void {
    if (!isDigitsOnly(n)) return this.ascii(String(n));
    if (this.pos + 16 > BUFFER) this.flush(false);
    this.pos = putDigits(this.buf, this.pos, n);
  }

  /**
   * A cell's markup around a whole number, `open row mid n</v></c>`, put in at once: the
   * commonest markup of a summary (a million cells for 10,000 units), where a call and a
   * bounds check per piece cost more than the bytes.
   */
  valueCell(open: string, row: string, mid: string, n: number): void {
    const size = open.length + row.length + mid.length + 24;
    if (!isDigitsOnly(n) || size > BUFFER) {
      this.ascii(open);
      this.ascii(row);
      this.ascii(mid);
      this.number(n);
      this.ascii("</v></c>");
      return;
    }
    if (this.pos + size > BUFFER) this.flush(false);
    const buf = this.buf;
    let pos = putAscii(buf, this.pos, open);
    pos = putAscii(buf, pos, row);
    pos = putAscii(buf, pos, mid);
    pos = putDigits(buf, pos, n);
    this.pos = putAscii(buf, pos, CELL_CLOSE);
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    // A UTF-16 unit never takes more than 3 bytes.
    if (this.pos + s.length * 3 > BUFFER) {
      this.flush(false);
      if (s.length * 3 > BUFFER) {
        this.file.push(strToU8(s), false);
        return;
      }
    }
    this.pos += ENCODER.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.file.push(this.buf.subarray(0, this.pos), final);
    this.pos = 0;
  }
}

const BUFFER = 1 << 17;

/**
 * A whole number written digit by digit: one V8 holds as a small integer. A larger one
 * (a fund in đồng) is printed as JavaScript prints it, which is the same digits: met in the
 * digit loop, it made V8 drop that loop's fast code again at each such number.
 */
function isDigitsOnly(n: number): boolean {
  return (n | 0) === n && n >= 0;
}

/** ASCII text put into `buf` at `pos` (room made by the caller); returns where it ends. */
function putAscii(buf: Uint8Array, pos: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[pos++] = s.charCodeAt(i);
  return pos;
}

/** A whole number's digits (one {@link isDigitsOnly}) put into `buf` at `pos`; returns where they end. */
function putDigits(buf: Uint8Array, pos: number, n: number): number {
  let digits = 1;
  for (let t = n; t >= 10; t = Math.floor(t / 10)) digits++;
  const end = pos + digits;
  let at = end;
  for (; n >= 10; n = Math.floor(n / 10)) buf[--at] = 48 + (n % 10);
  buf[at - 1] = 48 + n;
  return end;
}
const CELL_CLOSE = "</v></c>";
const ENCODER = new TextEncoder();
