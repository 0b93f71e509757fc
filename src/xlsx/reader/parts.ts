/**
 * Opening parts of the zip under the byte budget, and parsing XML parts as a stream:
 * inflate a slice, count what came out, decode it, hand it to saxes. No part is ever
 * held whole, and a part that inflates past a limit is abandoned mid-stream.
 */
import { Inflate, inflateSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { crc32 } from "./crc32";
import { fail, ReadFailure, STOP, StopReading } from "./failure";
import { megabytes, type ReadLimits } from "./limits";
import { entryData, type ZipDirectory, type ZipEntry } from "./zip";

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most ~1032:1, so one
 * push yields at most ~16 MB before the budget is checked again.
 */
const INFLATE_SLICE = 16 * 1024;
const FIRST_SLICE = 512;
/** Deflate's best case: 258 bytes from a 2-bit code, plus block overhead. */
const MAX_DEFLATE_RATIO = 1032;
/** Stored entries are handed on in slices too, so they go through the same checks. */
const STORED_SLICE = 256 * 1024;

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close?(tag: SaxesTagPlain): void;
  /** Text and CDATA alike. */
  text?(text: string): void;
}

/** `x:sheetData` → `sheetData`: Strict and prefixed writers name elements by local name only. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isFlateError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === "number" && !(e instanceof ReadFailure);
}

function pickDecoder(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  return new TextDecoder("utf-8", { fatal: true });
}

export class PartReader {
  private total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly zip: ZipDirectory,
    readonly limits: ReadLimits,
  ) {}

  find(name: string): ZipEntry | undefined {
    return this.zip.get(name.toLowerCase());
  }

  /**
   * Refuses at once what the directory admits would pass a limit once these entries are
   * read, so that a file too large in all is not first parsed in part.
   */
  admit(entries: readonly ZipEntry[]): void {
    const { maxPartBytes, maxTotalBytes } = this.limits;
    let total = this.total;
    for (const e of entries) {
      if (e.uncompressedSize > maxPartBytes) fail("read.part-too-large", { part: e.name, limit: megabytes(maxPartBytes) });
      total += e.uncompressedSize;
    }
    if (total > maxTotalBytes) fail("read.total-too-large", { limit: megabytes(maxTotalBytes) });
  }

  /**
   * Streams an entry's uncompressed bytes to `sink`, enforcing the part and total limits.
   * An entry that inflates to other than the size the directory declares is refused as
   * damaged: at once when it yields more, at its end when it yields less or when its
   * CRC-32 differs from the directory's.
   */
  stream(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
    const part = entry.name;
    // Bit 0: the zip itself is password-encrypted.
    if (entry.flags & 1) fail("read.encrypted");
    if (entry.method !== 0 && entry.method !== 8) fail("read.zip-method", { part });
    const data = entryData(this.bytes, entry);
    const { maxPartBytes, maxTotalBytes } = this.limits;
    const declared = entry.uncompressedSize;
    const tooLarge = (): never => fail("read.part-too-large", { part, limit: megabytes(maxPartBytes) });
    const tooLargeInAll = (): never => fail("read.total-too-large", { limit: megabytes(maxTotalBytes) });
    // What the directory admits to is refused before any inflating...
    if (declared > maxPartBytes) tooLarge();
    if (this.total + declared > maxTotalBytes) tooLargeInAll();
    let partBytes = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      partBytes += chunk.length;
      this.total += chunk.length;
      // ...and what it hides is caught at the first slice past the declared size, which is
      // itself within the limits. The limits are checked again all the same.
      if (partBytes > declared) fail("read.zip-corrupt", { part });
      if (partBytes > maxPartBytes) tooLarge();
      if (this.total > maxTotalBytes) tooLargeInAll();
      if (chunk.length > 0) {
        crc = crc32(crc, chunk);
        sink(chunk);
      }
    };
    const checkSize = (): void => {
      if (partBytes !== declared || crc !== entry.crc) fail("read.zip-corrupt", { part });
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += STORED_SLICE) take(data.subarray(at, at + STORED_SLICE));
      return checkSize();
    }
    try {
      if (data.length <= INFLATE_SLICE) {
        // Small enough to inflate in one call: one call can yield no more than one slice of
        // the stream would. Sizing the output from the directory (when plausible) spares
        // fflate's 128 KB working buffer; one byte more shows a directory that understates.
        const plausible = declared <= maxPartBytes && declared <= data.length * MAX_DEFLATE_RATIO;
        take(plausible ? inflateSync(data, { out: new Uint8Array(declared + 1) }) : inflateSync(data));
        return checkSize();
      }
      const inflater = new Inflate(take);
      // Slices start small and double: a hostile part is usually refused on its first few
      // kilobytes of XML, before a full slice could have inflated to megabytes.
      for (let at = 0, slice = FIRST_SLICE; at < data.length; at += slice, slice = Math.min(slice * 2, INFLATE_SLICE)) {
        inflater.push(data.subarray(at, at + slice), at + slice >= data.length);
      }
    } catch (e) {
      if (isFlateError(e)) fail("read.zip-corrupt", { part });
      throw e;
    }
    checkSize();
  }

  /** The first bytes of an entry (at most `max`), without inflating the rest. */
  head(entry: ZipEntry, max: number): Uint8Array {
    const out = new Uint8Array(max);
    let length = 0;
    try {
      this.stream(entry, (chunk) => {
        const n = Math.min(chunk.length, max - length);
        out.set(chunk.subarray(0, n), length);
        length += n;
        if (length >= max) throw STOP;
      });
    } catch (e) {
      if (!(e instanceof StopReading)) throw e;
    }
    return out.subarray(0, length);
  }

  /**
   * Parses an XML part through saxes. Returns false when a handler stopped early with
   * {@link StopReading}: the rest of the part is then inflated without being parsed, so
   * that its checksum is still verified. A DOCTYPE is refused outright: entity
   * declarations live only there, so refusing it closes both entity expansion and
   * external entities. Nesting is bounded, since saxes keeps every open element.
   */
  parseXml(entry: ZipEntry, handlers: XmlHandlers): boolean {
    const part = entry.name;
    const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
    parser.on("doctype", () => fail("read.doctype", { part }));
    parser.on("error", () => fail("read.malformed-xml", { part }));
    const { maxXmlDepth } = this.limits;
    const { open, close } = handlers;
    let depth = 0;
    parser.on("opentag", (tag) => {
      if (++depth > maxXmlDepth) fail("read.xml-too-deep", { part, limit: maxXmlDepth });
      open(tag);
    });
    parser.on("closetag", (tag) => {
      depth--;
      if (close) close(tag);
    });
    if (handlers.text) {
      parser.on("text", handlers.text);
      parser.on("cdata", handlers.text);
    }
    let decoder: TextDecoder | undefined;
    const decode = (chunk?: Uint8Array): string => {
      try {
        return chunk ? decoder!.decode(chunk, { stream: true }) : decoder!.decode();
      } catch {
        return fail("read.invalid-utf8", { part });
      }
    };
    let stopped = false;
    this.stream(entry, (chunk) => {
      if (stopped) return;
      decoder ??= pickDecoder(chunk);
      try {
        parser.write(decode(chunk));
      } catch (e) {
        if (!(e instanceof StopReading)) throw e;
        stopped = true;
      }
    });
    if (stopped) return false;
    try {
      // An empty part is not a document either: saxes reports it as such on close.
      if (decoder) parser.write(decode());
      parser.close();
      return true;
    } catch (e) {
      if (e instanceof StopReading) return false;
      throw e;
    }
  }
}
