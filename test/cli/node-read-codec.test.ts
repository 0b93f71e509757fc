/**
 * Node's codec changes what reading costs, never what is read: every file of the hostile
 * inbox, every fixture, and damaged copies of a good form read the same with it as with
 * fflate, the reader's CRC-32 and TextDecoder (the task pane's).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import { NODE_READ_CODEC } from "../../src/cli/node-read-codec";
import { forgetKeptParts, readWorkbook } from "../../src/xlsx/reader";
import { writeReaderHostiles } from "../hostile/reader-corpus";

const codec = NODE_READ_CODEC;
const work = mkdtempSync(join(tmpdir(), "htsd-read-codec-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Both readings of `bytes`, each from scratch (nothing kept from a part read before). */
function both(bytes: Uint8Array) {
  forgetKeptParts();
  const plain = readWorkbook(bytes);
  forgetKeptParts();
  const fast = readWorkbook(bytes, { codec });
  // As on a Node with neither zlib.crc32 nor buffer.isAscii (18.x): native inflating alone.
  forgetKeptParts();
  expect(readWorkbook(bytes, { codec: { inflate: codec.inflate } })).toEqual(fast);
  return { plain, fast };
}

it("has every piece on the Node the tests run on", () => {
  expect([typeof codec.crc32, typeof codec.decodeUtf8]).toEqual(["function", "function"]);
});

it("reads the hostile inbox and every .xlsx fixture as the default reader does", async () => {
  await writeReaderHostiles(work);
  const files = [
    ...readdirSync(work).map((f) => join(work, f)),
    ...["readable", "unreadable"].flatMap((d) => readdirSync(join(__dirname, "../fixtures", d)).filter((f) => f.endsWith(".xlsx")).map((f) => join(__dirname, "../fixtures", d, f))),
  ];
  expect(files.length).toBeGreaterThan(30);
  for (const f of files) {
    const { plain, fast } = both(new Uint8Array(readFileSync(f)));
    expect([f, fast]).toEqual([f, plain]);
  }
}, 120_000);

it("refuses a damaged or cut copy of a good form as the default reader does", () => {
  const good = new Uint8Array(readFileSync(join(__dirname, "../fixtures/readable/libreoffice-saved.xlsx")));
  fc.assert(
    fc.property(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 }), fc.boolean(), (at, xor, cut) => {
      const bytes = cut ? good.slice(0, at) : good.slice();
      if (!cut) bytes[at]! ^= xor;
      const { plain, fast } = both(bytes);
      expect(fast).toEqual(plain);
    }),
    { seed: 1617, numRuns: 400 },
  );
});

it("inflates no more than it is allowed, and says so", () => {
  const { deflateRawSync } = jest.requireActual<typeof import("zlib")>("zlib");
  const data = new Uint8Array(deflateRawSync(Buffer.alloc(1000, 65)));
  expect(codec.inflate(data, 1001)?.length).toBe(1000);
  expect(codec.inflate(data, 999)).toBeUndefined();
  expect(codec.inflate(data.subarray(0, data.length - 2), 1001)).toBeUndefined();
});

it("decodes ASCII exactly as TextDecoder does and leaves anything else to it", () => {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const fast = codec.decodeUtf8!(bytes);
      if (bytes.every((b) => b < 0x80)) expect(fast).toBe(decoder.decode(bytes));
      else expect(fast).toBeUndefined();
    }),
    { seed: 1618, numRuns: 500 },
  );
});
