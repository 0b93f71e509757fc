/**
 * The summary's parts deflated on a thread of their own: the bytes of each part, in order,
 * are what the main thread would have made, whatever the thread does; a thread that fails
 * or never answers costs time, never a byte.
 */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { threadedCodec } from "../../src/cli/deflate-thread";
import { NODE_CODEC } from "../../src/cli/node-codec";
import type { Codec } from "../../src/xlsx/stream";

/** Sheet-like text: markup repeated with changing numbers, so that it compresses as a sheet does. */
function piece(seed: number, size: number): Uint8Array {
  let text = "";
  for (let i = 0; text.length < size; i++) text += `<c r="B${seed * 1000 + i}" s="29"><v>${(seed * 7919 + i * 104729) % 100003}</v></c>`;
  return new TextEncoder().encode(text.slice(0, size));
}

/** Each part's bytes, the pieces of several parts handed over in turn as the writer does (one part at a time, a reused buffer). */
function deflateParts(codec: Codec, parts: readonly Uint8Array[][]): Uint8Array[] {
  const reused = new Uint8Array(1 << 19);
  return parts.map((pieces) => {
    const deflate = codec.deflater(1);
    const out: Uint8Array[] = [];
    pieces.forEach((p, i) => {
      reused.set(p);
      out.push(deflate(reused.subarray(0, p.length), i === pieces.length - 1).slice());
      // The writer writes over its buffer as soon as the call returns.
      reused.fill(0x41);
    });
    return Buffer.concat(out);
  });
}

// Pieces up to the writer's buffer (128 KB), more in a part than the thread takes at once, and one larger (a long text written whole).
const PARTS = [[piece(1, 100)], [piece(2, 120_000), piece(3, 131_072), piece(4, 5)], [piece(5, 0)], Array.from({ length: 12 }, (_, i) => piece(10 + i, 60_000 + i * 1000)), [piece(30, 1000), piece(31, 300_000), piece(32, 131_072), piece(33, 7)]];

describe("deflating on a thread of its own", () => {
  test("each part's bytes are the main thread's own, and inflate to what was written", () => {
    const codec = threadedCodec()!;
    try {
      const threaded = deflateParts(codec, PARTS);
      const here = deflateParts(NODE_CODEC!, PARTS);
      threaded.forEach((bytes, i) => {
        expect(Buffer.from(bytes).equals(Buffer.from(here[i]!))).toBe(true);
        expect(zlib.inflateRawSync(bytes).equals(Buffer.concat(PARTS[i]!))).toBe(true);
      });
      expect(codec.threaded).toBe(true);
    } finally {
      codec.close();
    }
  });

  test("any parts of any pieces come back whole and in order", () => {
    const codec = threadedCodec()!;
    try {
      fc.assert(
        fc.property(fc.array(fc.array(fc.tuple(fc.nat(500), fc.nat(140_000)), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 4 }), (shape) => {
          const parts = shape.map((pieces) => pieces.map(([seed, size]) => piece(seed, size)));
          deflateParts(codec, parts).forEach((bytes, i) => expect(zlib.inflateRawSync(bytes).equals(Buffer.concat(parts[i]!))).toBe(true));
        }),
        { seed: 1617, numRuns: 25 },
      );
    } finally {
      codec.close();
    }
  });

  test("a thread that never answers: the pieces it owes are deflated here, nothing lost", () => {
    const codec = threadedCodec({ script: "require('node:worker_threads'); setInterval(() => undefined, 1000);", stallMs: 200 })!;
    try {
      const threaded = deflateParts(codec, PARTS);
      threaded.forEach((bytes, i) => expect(zlib.inflateRawSync(bytes).equals(Buffer.concat(PARTS[i]!))).toBe(true));
      // Given up at the first part's end: the rest was deflated here.
      expect(codec.threaded).toBe(false);
    } finally {
      codec.close();
    }
  });

  test("a thread that answers with an error: that piece is deflated here", () => {
    const failing = `
      const { workerData } = require("node:worker_threads");
      const count = new Int32Array(workerData.done);
      workerData.port.on("message", ({ id }) => {
        workerData.port.postMessage({ id, error: "hỏng" });
        Atomics.add(count, 0, 1);
        Atomics.notify(count, 0);
      });`;
    const codec = threadedCodec({ script: failing })!;
    try {
      const threaded = deflateParts(codec, PARTS);
      const here = deflateParts(NODE_CODEC!, PARTS);
      threaded.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(here[i]!))).toBe(true));
      expect(codec.threaded).toBe(true);
    } finally {
      codec.close();
    }
  });
});
