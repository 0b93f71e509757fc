/**
 * What the reader does to bytes, replaceable by a faster native one where there is one:
 * the command line passes Node's zlib (src/cli/node-read-codec.ts), the task pane keeps
 * fflate and the reader's own CRC-32 and TextDecoder. A codec changes the cost, never the
 * verdict: every bound and check of the reader is applied to what it returns as to what
 * fflate returns, and what it cannot say (damage, non-ASCII text) it leaves to the reader.
 */
export interface ReadCodec {
  /**
   * Raw deflate `data` inflated whole, at most `max` bytes of it; undefined when the data
   * is damaged or would inflate to more than `max` (the reader then refuses the part as damaged).
   */
  inflate(data: Uint8Array, max: number): Uint8Array | undefined;
  /** Continues a CRC-32 over `data`, as the reader's own crc32 does; without it, that one is used. */
  crc32?(data: Uint8Array, crc: number): number;
  /**
   * UTF-8 bytes as text, exactly as a fatal TextDecoder would give it; undefined when the
   * codec leaves the bytes to that TextDecoder (text that is not plain ASCII, say).
   */
  decodeUtf8?(bytes: Uint8Array): string | undefined;
}
