/**
 * Opening parts of the zip under the byte budget, and parsing XML parts: inflate a slice,
 * count what came out, go on only while within the limits. A part that inflates past a
 * limit is abandoned mid-stream; a large part is parsed as it streams, never held whole.
 */
import { Inflate, inflateSync } from "fflate";
import { parseXmlText, saxesInto, XmlSink, type XmlOptions } from "../xml/parse";
import type { MessageCode } from "../../core/messages";
import { NamespaceFilter, SPREADSHEETML, type NamespacedHandlers } from "../xml/namespaces";
import { crc32 } from "./crc32";
import type { ReadCodec } from "./codec";
import { fail, ReadFailure, STOP, StopReading } from "./failure";
import { megabytes, type ReadLimits } from "./limits";
import type { PartMemo } from "./part-memo";
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
/**
 * Parts up to this size are inflated and decoded whole, for the plain scanner: a form's
 * largest part is some 30 KB, a 2,000-row table under 1 MB.
 */
const WHOLE_PART_MAX = 2 * 1024 * 1024;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function isFlateError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === "number" && !(e instanceof ReadFailure);
}

function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** A decoder for one stream of chunks: it keeps a character cut between two. */
function streamDecoder(head: Uint8Array): TextDecoder {
  return new TextDecoder(encodingOf(head), { fatal: true });
}

/** Decoding whole parts keeps no state between calls, so one decoder per encoding serves all. */
const wholeDecoders = new Map<string, TextDecoder>();

function decodeWhole(bytes: Uint8Array, codec: ReadCodec | undefined): string {
  const encoding = encodingOf(bytes);
  const fast = encoding === "utf-8" ? codec?.decodeUtf8?.(bytes) : undefined;
  if (fast !== undefined) return fast;
  let decoder = wholeDecoders.get(encoding);
  if (!decoder) wholeDecoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  return decoder.decode(bytes);
}

export class PartReader {
  private total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly zip: ZipDirectory,
    readonly limits: ReadLimits,
    private readonly codec?: ReadCodec,
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
    const data = this.compressed(entry);
    const { maxPartBytes, maxTotalBytes } = this.limits;
    const declared = entry.uncompressedSize;
    const tooLarge = (): never => fail("read.part-too-large", { part, limit: megabytes(maxPartBytes) });
    const tooLargeInAll = (): never => fail("read.total-too-large", { limit: megabytes(maxTotalBytes) });
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
        crc = this.codec?.crc32 ? this.codec.crc32(chunk, crc) : crc32(crc, chunk);
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
        if (plausible && this.codec) {
          take(this.codec.inflate(data, declared + 1) ?? fail("read.zip-corrupt", { part }));
          return checkSize();
        }
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

  /**
   * An entry's compressed bytes, once what the directory admits to passes: the checks
   * made before any inflating, in the order {@link stream} makes them.
   */
  private compressed(entry: ZipEntry): Uint8Array {
    const part = entry.name;
    // Bit 0: the zip itself is password-encrypted.
    if (entry.flags & 1) fail("read.encrypted");
    if (entry.method !== 0 && entry.method !== 8) fail("read.zip-method", { part });
    const data = entryData(this.bytes, entry);
    const { maxPartBytes, maxTotalBytes } = this.limits;
    // What the directory admits to is refused before any inflating; what it hides is caught as the part inflates.
    if (entry.uncompressedSize > maxPartBytes) fail("read.part-too-large", { part, limit: megabytes(maxPartBytes) });
    if (this.total + entry.uncompressedSize > maxTotalBytes) fail("read.total-too-large", { limit: megabytes(maxTotalBytes) });
    return data;
  }

  /**
   * What `read` makes of an entry, or what it made of an earlier file's entry with the
   * very same bytes (see part-memo.ts). A part given again counts against the budget as
   * it would had it been inflated: by its size, which inflating it had shown true.
   */
  reuse<T>(memo: PartMemo<T>, entry: ZipEntry, context: string, read: () => T): T {
    const data = this.compressed(entry);
    const kept = memo.find(data, entry, context, this.limits);
    if (kept !== undefined) {
      this.total += entry.uncompressedSize;
      return kept;
    }
    const value = read();
    memo.keep(data, entry, context, this.limits, value);
    return value;
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
   * Parses an XML part. Returns false when a handler stopped early (by returning true,
   * or with {@link StopReading} from where returning cannot reach). A part of ordinary size is inflated whole (its checksum checked
   * before any of it is parsed) and read by the plain scanner, saxes taking over where
   * the XML is not plain; a larger one is streamed through saxes slice by slice, so that
   * it is never held whole. A DOCTYPE is refused outright, and nesting is bounded.
   * Only the elements of `vocabulary` reach the handlers (see {@link NamespaceFilter});
   * a root of another namespace is refused with `foreignRoot`.
   */
  parseXml(entry: ZipEntry, namespaced: NamespacedHandlers, vocabulary: readonly string[] = SPREADSHEETML, foreignRoot: MessageCode = "read.foreign-namespace"): boolean {
    const part = entry.name;
    const { maxXmlDepth, maxXmlAttributes } = this.limits;
    const options: XmlOptions = {
      maxDepth: maxXmlDepth,
      maxAttributes: maxXmlAttributes,
      fault(kind) {
        if (kind === "doctype") return fail("read.doctype", { part });
        if (kind === "too-deep") return fail("read.xml-too-deep", { part, limit: maxXmlDepth });
        if (kind === "too-many-attributes") return fail("read.xml-too-many-attributes", { part, limit: maxXmlAttributes });
        return fail("read.malformed-xml", { part });
      },
    };
    const handlers = new NamespaceFilter(namespaced, vocabulary, (kind) => {
      if (kind === "foreign-root") return fail(foreignRoot, { part });
      if (kind === "foreign") return fail("read.foreign-namespace", { part });
      if (kind === "markup") return fail("read.markup-compatibility", { part });
      return fail("read.malformed-xml", { part });
    });
    try {
      if (entry.uncompressedSize <= WHOLE_PART_MAX) return parseXmlText(this.text(entry), handlers, options);
      this.streamXml(entry, new XmlSink(handlers, options), options);
      return true;
    } catch (e) {
      if (e instanceof StopReading) return false;
      throw e;
    }
  }

  /** A whole part as text. */
  private text(entry: ZipEntry): string {
    const chunks: Uint8Array[] = [];
    // fflate hands out a fresh array per chunk, and stored chunks are views of the file: none is reused.
    this.stream(entry, (chunk) => chunks.push(chunk));
    const bytes = chunks.length === 1 ? chunks[0]! : concat(chunks);
    try {
      return decodeWhole(bytes, this.codec);
    } catch {
      return fail("read.invalid-utf8", { part: entry.name });
    }
  }

  /**
   * A large part, slice by slice into saxes. When a handler stops early, the rest of the
   * part is inflated and decoded without being parsed, so that its checksum and its
   * encoding are still verified: Excel refuses a part with bytes that are not UTF-8
   * wherever they are, and so does this reader.
   */
  private streamXml(entry: ZipEntry, sink: XmlSink, options: XmlOptions): void {
    const part = entry.name;
    const parser = saxesInto(sink, options);
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
      decoder ??= streamDecoder(chunk);
      const text = decode(chunk);
      if (stopped) return;
      try {
        parser.write(text);
      } catch (e) {
        if (!(e instanceof StopReading)) throw e;
        stopped = true;
      }
    });
    const rest = decoder ? decode() : "";
    if (stopped) throw STOP;
    parser.write(rest);
    parser.close();
  }
}
