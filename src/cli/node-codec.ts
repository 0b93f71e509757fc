/**
 * Node's own zlib for the summary writer (src/xlsx/stream): it deflates some four times
 * faster than fflate's JavaScript, which the writer otherwise uses (and the task pane does).
 * Each piece is deflated on its own and ends on a byte boundary (a sync flush), the last
 * one ends the stream: pieces of 128 KB lose next to nothing of the ratio. Node before 20.15
 * has no zlib.crc32: there the writer keeps to fflate.
 */
import * as zlib from "node:zlib";
import type { Codec, ZipLevel } from "../xlsx/stream";

export const NODE_CODEC: Codec | undefined =
  typeof zlib.crc32 === "function"
    ? {
        deflater: (level) => (chunk, final) => deflatePiece(chunk, level, final),
        crc32: (data, crc) => zlib.crc32(data, crc),
      }
    : undefined;

/** One piece of a part, deflated on its own: a sync flush after it, the end of the stream after the last. */
export function deflatePiece(piece: Uint8Array, level: ZipLevel, final: boolean): Uint8Array {
  return zlib.deflateRawSync(piece, { level, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
}
