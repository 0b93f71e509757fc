/**
 * Node's own zlib for the reader: it inflates a form's parts some 20–30 % faster than
 * fflate's JavaScript, computes CRC-32 natively, and a part that is plain ASCII (a sheet's
 * XML, mostly) is taken as Latin-1 bytes without UTF-8 decoding, which gives the same
 * string. Output is bounded as fflate's is: `maxOutputLength` stops the inflating at the
 * bound instead of after it. On a Node without zlib.crc32 or buffer.isAscii (the command
 * line runs on 18), the reader's own CRC-32 and TextDecoder do those parts.
 */
import * as zlib from "node:zlib";
import { isAscii } from "node:buffer";
import type { ReadCodec } from "../xlsx/reader";

function inflate(data: Uint8Array, max: number): Uint8Array | undefined {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: max });
  } catch {
    // Damaged, cut short, or more than `max`: the reader refuses the part as damaged, as it
    // does when fflate fails or yields more than the directory declares.
    return undefined;
  }
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (!isAscii(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** Each piece where this Node has it: zlib.crc32 came with 20.15, buffer.isAscii with 18.15. */
export const NODE_READ_CODEC: ReadCodec = {
  inflate,
  ...(typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array, crc: number) => zlib.crc32(data, crc) } : {}),
  ...(typeof isAscii === "function" ? { decodeUtf8 } : {}),
};
