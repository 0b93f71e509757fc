/**
 * The summary written on two threads (deflate-relay.ts: the hub makes the XML; deflate-serve.ts:
 * another worker deflates and zips it). Whatever the pieces, the package is the bytes one thread
 * makes: with fflate, the writer's own bytes; with the browser's zlib, the bytes the hub makes
 * alone, the same XML in every part. It opens. A deflater that fails, goes or never answers
 * costs time, never a byte: the relay says so and the hub writes by itself.
 */
import fc from "fast-check";
import { unzipSync } from "fflate";
import type { CellDescription, SheetDescription } from "../../src/core/sheet";
import { writeWorkbook } from "../../src/xlsx/stream";
import { readWorkbook } from "../../src/xlsx/reader";
import type { FromDeflater, ToDeflater } from "../../src/taskpane/services/deflate-protocol";
import { DeflateRelay, localRelay, type RelayPort } from "../../src/taskpane/services/deflate-relay";
import { serveDeflate, type Engine, type ServePort } from "../../src/taskpane/services/deflate-serve";
import { openpyxlRead } from "../xlsx/stream/openpyxl";
import { summaryOfSchools } from "../xlsx/stream/schools-summary";

const SEED = Number(process.env.FC_SEED ?? 20261208);

/** Every timer real but the clock: a zip entry's date and the file's creation time are then the same on every path. */
beforeEach(() => {
  jest.useFakeTimers({
    now: new Date("2026-12-08T09:30:00"),
    doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
  });
});
afterEach(() => jest.useRealTimers());

interface Shape {
  rows: number;
  cols: number;
  /** Every how many cells a text rather than a number. */
  textEvery: number;
  /** Characters of one long text (3 bytes each), written whole: a piece larger than the writer's buffer. */
  long: number;
  seed: number;
}

/** Sheets of numbers and texts below a header, streamed from rows() as the summary's Chi tiết is; a fresh description each call. */
function sheetsOf(shapes: readonly Shape[]): SheetDescription[] {
  return shapes.map((s, i) => {
    const header: CellDescription[] = Array.from({ length: s.cols }, (_, c) => ({ row: 1, col: c + 1, value: `Cột ${c + 1}`, style: { font: { bold: true } } }));
    if (s.long > 0) header.push({ row: 1, col: s.cols + 1, value: "Đ".repeat(s.long) });
    function* rows(): Iterable<CellDescription> {
      for (let r = 0; r < s.rows; r++) {
        for (let c = 0; c < s.cols; c++) {
          const n = (s.seed * 7919 + r * 104729 + c * 31) % 100003;
          yield { row: r + 2, col: c + 1, value: (r * s.cols + c) % s.textEvery === 0 ? `Trường số ${n} – ${"ắ".repeat(n % 7)}` : n };
        }
      }
    }
    return { name: `Trang ${i + 1}`, columns: [{ col: 1, width: 30 }], cells: header, rows, merges: [] };
  });
}

const shapeArb = fc.record({ rows: fc.nat(4000), cols: fc.integer({ min: 1, max: 7 }), textEvery: fc.integer({ min: 1, max: 9 }), long: fc.constantFrom(0, 0, 0, 50_000), seed: fc.nat(1000) });
const shapesArb = fc.array(shapeArb, { minLength: 1, maxLength: 3 });

/** A relay and a deflater on the two ends of a real MessageChannel (structured clones, transfers, another turn of the loop), as two workers talk. */
async function overChannel<T>(engine: Engine, use: (relay: DeflateRelay) => Promise<T>): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  serveDeflate(port2 as unknown as ServePort, engine);
  try {
    return await use(new DeflateRelay(port1 as unknown as RelayPort));
  } finally {
    port1.close();
    port2.close();
  }
}

/** Each part's inflated bytes, in the zip's order. */
function parts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString("latin1")]);
}

const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe("the summary deflated by another worker", () => {
  it("with fflate: the very bytes the writer makes on one thread, whatever the parts and pieces", async () => {
    await fc.assert(
      fc.asyncProperty(shapesArb, async (shapes) => {
        const relayed = await overChannel("fflate", (relay) => relay.write(sheetsOf(shapes), { title: "Tổng hợp" }));
        expect(same(relayed, writeWorkbook(sheetsOf(shapes), { title: "Tổng hợp" }).bytes)).toBe(true);
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it("with the browser's zlib: the bytes the hub makes alone, every part the XML the writer makes", async () => {
    await fc.assert(
      fc.asyncProperty(shapesArb, async (shapes) => {
        const relayed = await overChannel("native", (relay) => relay.write(sheetsOf(shapes), { title: "Tổng hợp" }));
        const alone = await localRelay("native").write(sheetsOf(shapes), { title: "Tổng hợp" });
        expect(alone).toBeDefined();
        expect(same(relayed, alone!)).toBe(true);
        expect(parts(relayed!)).toEqual(parts(writeWorkbook(sheetsOf(shapes), { title: "Tổng hợp" }).bytes));
      }),
      { seed: SEED + 1, numRuns: 12 },
    );
  });

  it("makes a summary that opens: openpyxl (Python's zipfile checks every part's CRC) and our reader read what the one-thread writer's file holds", async () => {
    const sheets = await summaryOfSchools();
    const native = await overChannel("native", (relay) => relay.write(sheets, { title: "Tổng hợp" }));
    const fflate = await overChannel("fflate", (relay) => relay.write(sheets, { title: "Tổng hợp" }));
    const oneThread = writeWorkbook(sheets, { title: "Tổng hợp" }).bytes;
    const [fromNative, fromFflate, fromOne] = openpyxlRead([native!, fflate!, oneThread]);
    expect(fromNative).toEqual(fromOne);
    expect(fromFflate).toEqual(fromOne);
    const read = readWorkbook(native!);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  }, 120_000);

  it("lets the writer go on only while fewer than 8 pieces are out: memory stays flat when the deflater falls behind", async () => {
    let out = 0;
    let most = 0;
    const served: ServePort = { onmessage: null, postMessage: (m) => relaySide.onmessage?.({ data: m } as MessageEvent<FromDeflater>) };
    serveDeflate(served, "fflate");
    // Every message reaches the deflater late; a piece counts as out until its answer is back.
    const relaySide: RelayPort = {
      onmessage: null,
      postMessage: (m) => {
        if (m.type === "piece") most = Math.max(most, ++out);
        setTimeout(() => served.onmessage?.({ data: m } as MessageEvent<ToDeflater>), 2);
      },
    };
    const relay = new DeflateRelay(relaySide);
    const port = relaySide.onmessage!;
    relaySide.onmessage = (e) => {
      if (e.data.type === "ack") out--;
      port(e);
    };
    const shapes = [{ rows: 6000, cols: 7, textEvery: 3, long: 0, seed: 1 }];
    const bytes = await relay.write(sheetsOf(shapes), {});
    expect(same(bytes, writeWorkbook(sheetsOf(shapes)).bytes)).toBe(true);
    // The deflater fell behind, and the writer waited: a step of it (256 rows here, under a
    // piece) adds one piece, its last step a few small parts (the styles, the end of the strings).
    expect(most).toBeGreaterThanOrEqual(8);
    expect(most).toBeLessThanOrEqual(11);
  });
});

describe("a deflater that cannot make the summary", () => {
  const shapes = [{ rows: 3000, cols: 6, textEvery: 4, long: 0, seed: 7 }];

  /** A deflater's end that answers as `answer` says: the relay's own port is the other end. */
  function fake(answer: (m: ToDeflater, reply: (r: FromDeflater) => void) => void, stallMs?: number): DeflateRelay {
    const port: RelayPort = { onmessage: null, postMessage: (m) => answer(m, (r) => setTimeout(() => port.onmessage?.({ data: r } as MessageEvent<FromDeflater>))) };
    return new DeflateRelay(port, stallMs);
  }

  it("never answers: given up after its silence, then not asked again", async () => {
    let asked = 0;
    const relay = fake(() => void asked++, 100);
    expect(await relay.write(sheetsOf(shapes), {})).toBeUndefined();
    expect(relay.usable).toBe(false);
    // The first part and the pieces that may be out at once, nothing after.
    const first = asked;
    expect(first).toBeGreaterThan(8);
    expect(await relay.write(sheetsOf(shapes), {})).toBeUndefined();
    expect(asked).toBe(first);
  });

  it("fails on a piece: given up at once, not after a silence", async () => {
    let pieces = 0;
    const relay = fake((m, reply) => {
      if (m.type !== "piece") return;
      reply(++pieces === 3 ? { type: "failed", job: m.job, message: "hỏng" } : { type: "ack", job: m.job });
    }, 60_000);
    expect(await relay.write(sheetsOf(shapes), {})).toBeUndefined();
    expect(relay.usable).toBe(false);
  });

  it("goes away mid-write (its worker crashed): the write ends at once", async () => {
    let relay: DeflateRelay | undefined = undefined;
    let pieces = 0;
    relay = fake((m, reply) => {
      if (m.type !== "piece") return;
      if (++pieces === 2) setTimeout(() => relay!.lose());
      else reply({ type: "ack", job: m.job });
    }, 60_000);
    expect(await relay.write(sheetsOf(shapes), {})).toBeUndefined();
  });
});

it("a write the writer broke off (a description that failed midway) leaves nothing behind for the next", async () => {
  const shapes = [{ rows: 3000, cols: 6, textEvery: 4, long: 0, seed: 7 }];
  const broken = sheetsOf(shapes);
  const rows = broken[0]!.rows!;
  broken[0]!.rows = function* () {
    let n = 0;
    for (const c of rows()) {
      if (++n === 9000) throw new Error("a description's own bug");
      yield c;
    }
  };
  await overChannel("fflate", async (relay) => {
    await expect(relay.write(broken, {})).rejects.toThrow("a description's own bug");
    expect(relay.usable).toBe(true);
    expect(same(await relay.write(sheetsOf(shapes), {}), writeWorkbook(sheetsOf(shapes)).bytes)).toBe(true);
  });
});
