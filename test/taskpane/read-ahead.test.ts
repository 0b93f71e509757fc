/**
 * A check worker's reads ahead: the files waiting read together (a group at a time, the next
 * while this one is checked), never more than the budget holds (files and bytes, a single
 * larger file still read), each file's own bytes cut from the group's, and a group that cannot
 * be read whole read again file by file, a failed read handed over as a value, never a rejection.
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
    this.settle!.ok(new Uint8Array(this.size).fill(this.size % 256).buffer);
  }
  fail(e: unknown): void {
    this.settle!.fail(e);
  }
}

/** Group reads of SlowBlobs, each landed by hand with `land`: the members' bytes (each filled with its size), in order. */
class SlowGroups {
  readonly started: SlowBlob[][] = [];
  private readonly lands: (() => void)[] = [];
  readonly join = (files: Blob[]): Blob => {
    const members = files as unknown as SlowBlob[];
    this.started.push(members);
    let ok!: (b: ArrayBuffer) => void;
    const bytes = new Promise<ArrayBuffer>((r) => (ok = r));
    this.lands.push(() => {
      const out = new Uint8Array(members.reduce((n, b) => n + b.size, 0));
      let at = 0;
      for (const m of members) out.fill(m.size % 256, at, (at += m.size));
      ok(out.buffer);
    });
    return { arrayBuffer: () => bytes } as unknown as Blob;
  };
  /** Lands the group started last and lets its files settle. */
  async land(): Promise<void> {
    this.lands.at(-1)!();
    await tick();
  }
}

const blobs = (...sizes: number[]) => sizes.map((s) => new SlowBlob(s));
const asBlob = (b: SlowBlob) => b as unknown as Blob;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("ReadAhead", () => {
  it("reads the waiting files as groups, one group at a time, the next as one lands and while the budget has room for it", async () => {
    const groups = new SlowGroups();
    const ahead = new ReadAhead({ maxFiles: 6, maxBytes: 1000, groupFiles: 3, join: groups.join });
    const all = blobs(10, 11, 12, 13, 14, 15, 16, 17);
    const results = all.map((b) => ahead.read(asBlob(b)));
    await tick();
    expect(groups.started).toEqual([all.slice(0, 3)]);
    // The first group lands: its files get their own bytes, and the next group starts.
    await groups.land();
    expect(await results[0]).toEqual({ bytes: new Uint8Array(10).fill(10).buffer });
    expect(await results[2]).toEqual({ bytes: new Uint8Array(12).fill(12).buffer });
    expect(groups.started).toEqual([all.slice(0, 3), all.slice(3, 6)]);
    await groups.land();
    // Six held, the budget: the last two wait until the room for both is free.
    expect(groups.started).toHaveLength(2);
    ahead.release(asBlob(all[0]!));
    await tick();
    expect(groups.started).toHaveLength(2);
    ahead.release(asBlob(all[1]!));
    await tick();
    expect(groups.started[2]).toEqual(all.slice(6, 8));
    await groups.land();
    expect(await results[7]).toEqual({ bytes: new Uint8Array(17).fill(17).buffer });
  });

  it("holds no more bytes than its budget, except one file larger than the whole budget", async () => {
    const groups = new SlowGroups();
    const ahead = new ReadAhead({ maxFiles: 8, maxBytes: 100, groupFiles: 8, join: groups.join });
    const all = blobs(60, 50, 500, 10);
    all.forEach((b) => void ahead.read(asBlob(b)));
    await tick();
    // 60 + 50 is over the budget: the first alone.
    expect(all.map((b) => b.started)).toEqual([true, false, false, false]);
    expect(groups.started).toEqual([]);
  });

  it("reads a file larger than the budget alone, once nothing else is held", async () => {
    const ahead = new ReadAhead({ maxFiles: 8, maxBytes: 100, groupFiles: 8, join: () => new SlowBlob(0) as unknown as Blob });
    const all = blobs(60, 500, 10);
    const results = all.map((b) => ahead.read(asBlob(b)));
    await tick();
    all[0]!.finish();
    await results[0];
    await tick();
    expect(all[1]!.started).toBe(false);
    ahead.release(asBlob(all[0]!));
    await tick();
    expect(all.map((b) => b.started)).toEqual([true, true, false]);
    all[1]!.finish();
    await results[1];
    await tick();
    ahead.release(asBlob(all[1]!));
    await tick();
    expect(all[2]!.started).toBe(true);
  });

  it("cuts real Blobs read together into each file's own bytes", async () => {
    const contents = [new Uint8Array([1, 2, 3]), new Uint8Array([]), new Uint8Array([4, 5]), new Uint8Array(300).fill(7)];
    const ahead = new ReadAhead({ groupFiles: 4 });
    const reads = await Promise.all(contents.map((c) => ahead.read(new Blob([c]))));
    expect(reads.map((r) => ("bytes" in r ? Array.from(new Uint8Array(r.bytes)) : r))).toEqual(contents.map((c) => Array.from(c)));
  });

  it("reads a group that fails whole again file by file: the bad file gets its error, the others their bytes", async () => {
    const good = new Blob([new Uint8Array([9, 9])]);
    const why = new Error("NotReadableError");
    const bad = { size: 4, arrayBuffer: () => Promise.reject(why) } as unknown as Blob;
    const ahead = new ReadAhead({ groupFiles: 2, join: () => ({ arrayBuffer: () => Promise.reject(new Error("group")) }) as unknown as Blob });
    const [a, b] = await Promise.all([ahead.read(good), ahead.read(bad)]);
    expect(a).toEqual({ bytes: new Uint8Array([9, 9]).buffer });
    expect(b).toEqual({ error: why });
  });

  it("reads a group again file by file when its bytes are not the files' sizes (a file changed since chosen)", async () => {
    const files = [new Blob([new Uint8Array([1])]), new Blob([new Uint8Array([2, 2])])];
    const ahead = new ReadAhead({ groupFiles: 2, join: () => new Blob([new Uint8Array(5)]) });
    const reads = await Promise.all(files.map((f) => ahead.read(f)));
    expect(reads).toEqual([{ bytes: new Uint8Array([1]).buffer }, { bytes: new Uint8Array([2, 2]).buffer }]);
  });

  it("hands a failed read over as its error", async () => {
    const ahead = new ReadAhead();
    const [b] = blobs(10);
    const read: Promise<Read> = ahead.read(asBlob(b!));
    await tick();
    const why = new Error("NotReadableError");
    b!.fail(why);
    expect(await read).toEqual({ error: why });
  });
});
