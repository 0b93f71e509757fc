/**
 * A check worker's reads ahead: started as files arrive, never more than the budget holds
 * (files and bytes, a single larger file still read), the next one started as each is
 * released, and a failed read handed over as a value, never left as a rejection.
 */
import { ReadAhead, type Read } from "../../src/taskpane/services/read-ahead";

/** A Blob whose read the test settles by hand, counting when it starts. */
class SlowBlob {
  started = false;
  private settle?: { ok(b: ArrayBuffer): void; fail(e: unknown): void };
  constructor(readonly size: number) {}
  arrayBuffer(): Promise<ArrayBuffer> {
    this.started = true;
    return new Promise((ok, fail) => (this.settle = { ok, fail }));
  }
  finish(): void {
    this.settle!.ok(new ArrayBuffer(this.size));
  }
  fail(e: unknown): void {
    this.settle!.fail(e);
  }
}

const blobs = (...sizes: number[]) => sizes.map((s) => new SlowBlob(s));
const asBlob = (b: SlowBlob) => b as unknown as Blob;

describe("ReadAhead", () => {
  it("starts as many reads as the file budget allows, and one more for each file released", async () => {
    const ahead = new ReadAhead(3, 1000);
    const all = blobs(10, 10, 10, 10, 10);
    const reads = all.map((b) => ahead.read(asBlob(b)));
    expect(all.map((b) => b.started)).toEqual([true, true, true, false, false]);
    all[0]!.finish();
    expect(await reads[0]).toEqual({ bytes: new ArrayBuffer(10) });
    // Read but not yet released: still held, so nothing new starts.
    expect(all[3]!.started).toBe(false);
    ahead.release(asBlob(all[0]!));
    expect(all.map((b) => b.started)).toEqual([true, true, true, true, false]);
  });

  it("holds no more bytes than its budget, except one file larger than the whole budget", () => {
    const ahead = new ReadAhead(8, 100);
    const all = blobs(60, 50, 500, 10);
    all.forEach((b) => void ahead.read(asBlob(b)));
    expect(all.map((b) => b.started)).toEqual([true, false, false, false]);
    ahead.release(asBlob(all[0]!));
    expect(all.map((b) => b.started)).toEqual([true, true, false, false]);
    ahead.release(asBlob(all[1]!));
    // Alone, the large file is read all the same; the next waits for it.
    expect(all.map((b) => b.started)).toEqual([true, true, true, false]);
    ahead.release(asBlob(all[2]!));
    expect(all[3]!.started).toBe(true);
  });

  it("hands a failed read over as its error", async () => {
    const ahead = new ReadAhead();
    const [b] = blobs(10);
    const read: Promise<Read> = ahead.read(asBlob(b!));
    const why = new Error("NotReadableError");
    b!.fail(why);
    expect(await read).toEqual({ error: why });
  });
});
